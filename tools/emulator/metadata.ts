// Developer metadata attached to a sheet or to the spreadsheet.

import { asApi, type Execution } from "./execution";
import type { MetadataModel, SpreadsheetModel } from "./model";

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type MetadataApi = Pick<DeveloperMetadata, "getId" | "getKey" | "getValue" | "getVisibility" | "setKey" | "setValue" | "remove">;

/** Handles the addDeveloperMetadata(key[, value][, visibility]) overloads. */
export function addMetadata(spreadsheet: SpreadsheetModel, list: MetadataModel[], key: string, valueOrVisibility?: unknown, visibility?: unknown): void {
  const isVisibility = (v: unknown) => v === "DOCUMENT" || v === "PROJECT";
  const value = typeof valueOrVisibility === "string" && !isVisibility(valueOrVisibility) ? valueOrVisibility : null;
  const chosen = isVisibility(valueOrVisibility) ? valueOrVisibility : isVisibility(visibility) ? visibility : "DOCUMENT";
  list.push({ id: spreadsheet.newObjectId(), key, value, visibility: chosen as MetadataModel["visibility"] });
}

export function metadataApis(execution: Execution, list: MetadataModel[]): DeveloperMetadata[] {
  return list.map((model) => asApi<DeveloperMetadata>(execution.track(new FakeDeveloperMetadata(list, model), "DeveloperMetadata")));
}

export class FakeDeveloperMetadata implements MetadataApi {
  constructor(
    private readonly list: MetadataModel[],
    readonly model: MetadataModel,
  ) {}

  getId(): number {
    return this.model.id;
  }

  getKey(): string {
    return this.model.key;
  }

  getValue(): string | null {
    return this.model.value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return asApi(this.model.visibility);
  }

  setKey(key: string): DeveloperMetadata {
    this.model.key = key;
    return asApi<DeveloperMetadata>(this);
  }

  setValue(value: string): DeveloperMetadata {
    this.model.value = value;
    return asApi<DeveloperMetadata>(this);
  }

  remove(): void {
    const index = this.list.indexOf(this.model);
    if (index >= 0) this.list.splice(index, 1);
  }
}
