// PropertiesService with Apps Script's quotas: 9 KB per value, 500 KB per store.

import { asApi, type Execution } from "./execution";
import type { StoreName } from "./world";

type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesApi = Pick<Properties, "getProperty" | "setProperty" | "setProperties" | "getProperties" | "getKeys" | "deleteProperty" | "deleteAllProperties">;

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

function storeBytes(store: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += bytes(key) + bytes(value);
  return total;
}

export class FakeProperties implements PropertiesApi {
  constructor(private readonly store: Map<string, string>) {}

  /** Applies the entries only if the store stays within quota, like one service call. */
  private write(entries: Array<[string, string]>, deleteAllOthers = false): Properties {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, raw] of entries) {
      const value = String(raw);
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error("Argument too large: value");
      next.set(String(key), value);
    }
    if (storeBytes(next) > MAX_STORE_BYTES) {
      throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return asApi<Properties>(this);
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    return this.write([[key, value]]);
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    return this.write(Object.entries(properties), deleteAllOthers);
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return asApi<Properties>(this);
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return asApi<Properties>(this);
  }
}

type PropertiesServiceApi = Pick<GoogleAppsScript.Properties.PropertiesService, "getDocumentProperties" | "getScriptProperties" | "getUserProperties">;

export class FakePropertiesService implements PropertiesServiceApi {
  constructor(private readonly execution: Execution) {}

  private open(name: StoreName): Properties {
    return asApi(this.execution.track(new FakeProperties(this.execution.world.properties[name]), "Properties"));
  }

  getDocumentProperties(): Properties {
    return this.open("document");
  }

  getScriptProperties(): Properties {
    return this.open("script");
  }

  getUserProperties(): Properties {
    return this.open("user");
  }
}
