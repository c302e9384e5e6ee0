// Utilities: formatDate, a minimal Blob, sleep (no wait: the emulator is synchronous).

import { randomUUID } from "node:crypto";
import { asApi, type Execution } from "./execution";
import { formatDate } from "./formatDate";

type Blob = GoogleAppsScript.Base.Blob;
type BlobApi = Pick<Blob, "getBytes" | "getDataAsString" | "getContentType" | "setContentType" | "getName" | "setName">;
type UtilitiesApi = Pick<GoogleAppsScript.Utilities.Utilities, "formatDate" | "newBlob" | "sleep" | "getUuid">;

export class FakeBlob implements BlobApi {
  constructor(
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    return [...this.data].map((b) => (b > 127 ? b - 256 : b));
  }

  getDataAsString(charset?: string): string {
    return this.data.toString(charset?.toLowerCase() === "iso-8859-1" ? "latin1" : "utf8");
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return asApi<Blob>(this);
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return asApi<Blob>(this);
  }
}

export class FakeUtilities implements UtilitiesApi {
  constructor(private readonly execution: Execution) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  newBlob(data: string | number[] | Uint8Array, contentType?: string, name?: string): Blob {
    const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(Array.from(data, (b) => b & 0xff));
    return asApi(this.execution.track(new FakeBlob(buffer, contentType ?? null, name ?? null), "Blob"));
  }

  sleep(_milliseconds: number): void {}

  getUuid(): string {
    return randomUUID();
  }
}
