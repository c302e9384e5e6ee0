import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { fileExtension } from "../../../src/sidebar/import/fileExtension";

describe("fileExtension: a file's extension as the command line takes it from a path", () => {
  it("as node:path's extname, for every name a file picker gives", () => {
    const names = [
      "benevalo-export.csv", "Export.XLSX", "journal", ".csv", "..csv", ".a.csv", "a.", "..", "...", ".", "a..b", "a.b.c",
      "Réponses au formulaire 1.csv", "journal 2025 (copie).json", "archive.tar.gz", "", "dossier/a.csv", "dossier.v2/journal",
    ];
    for (const name of names) expect(fileExtension(name), name).toBe(posix.extname(name));
  });
});
