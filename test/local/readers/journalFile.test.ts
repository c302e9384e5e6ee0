// The shared reading of a journal file, whatever holds its bytes: which errors are the file's
// (French, named after it), which are the system's, and which are the caller's.
import { describe, expect, it } from "vitest";
import { bytesSource } from "../../../src/local/readers/byteSource";
import { ReaderError } from "../../../src/local/readers/errors";
import { type JournalSource, formatOfExtension, readSourceFile, readSourceRows } from "../../../src/local/readers/journalFile";
import { nodePlatform } from "../../../src/local/readers/nodePlatform";
import { utf8 } from "./bytes";

const source = (name: string, bytes: Uint8Array, extra: Partial<JournalSource> = {}): JournalSource => ({
  name,
  format: formatOfExtension(name.slice(name.lastIndexOf(".")), name),
  bytes: bytesSource(bytes),
  platform: nodePlatform,
  ...extra,
});

describe("readSourceRows and readSourceFile", () => {
  it("name the file in the refusal of its bytes", async () => {
    await expect(readSourceFile(source("a.json", utf8("[1,")))).rejects.toThrow(/^a\.json : Fichier JSON illisible/);
  });

  it("tell a failure of the system reading the bytes through systemError, and pass any other error as it is", async () => {
    const failing = { size: 10, read: () => Promise.reject(Object.assign(new Error("EIO: i/o error"), { code: "EIO" })), chunks: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(Object.assign(new Error("EIO"), { code: "EIO" })) }) }) };
    const systemError = (error: unknown) => ((error as { code?: string }).code ? new ReaderError("Erreur de lecture du disque") : undefined);
    await expect(readSourceFile({ ...source("a.csv", new Uint8Array()), bytes: failing, systemError })).rejects.toThrow(/^Erreur de lecture du disque$/);
    await expect(readSourceFile({ ...source("a.csv", new Uint8Array()), bytes: failing })).rejects.toThrow(/^EIO$/);
  });

  it("pass the caller's own error through, even a French one, without the file's name", async () => {
    const refusal = new ReaderError("Colonne « Date » absente.");
    const read = readSourceRows(source("a.csv", utf8("Nom\nZoé\n")), {}, () => {
      throw refusal;
    });
    await expect(read).rejects.toBe(refusal);
  });

  it("name the file in the refusal of a workbook", async () => {
    await expect(readSourceFile(source("a.xlsx", utf8("pas un classeur")), { sheet: "Journal" })).rejects.toThrow(/^a\.xlsx : Ce fichier n'est pas un classeur Excel lisible/);
  });
});

describe("formatOfExtension", () => {
  it("reads the extension whatever its case, and refuses the others naming the file", () => {
    expect([".csv", ".TSV", ".Txt", ".XLSX", ".json"].map((ext) => formatOfExtension(ext, "f"))).toEqual(["csv", "csv", "csv", "xlsx", "json"]);
    expect(() => formatOfExtension(".ods", "journal.ods")).toThrow(
      "Format de fichier non pris en charge (« .ods ») : journal.ods. Enregistrez-le au format .xlsx ou .csv depuis votre tableur. Formats acceptés : .csv, .tsv, .txt, .xlsx, .json.",
    );
    expect(() => formatOfExtension("", "journal")).toThrow(/^Format de fichier non pris en charge \(fichier sans extension\) : journal\./);
  });
});
