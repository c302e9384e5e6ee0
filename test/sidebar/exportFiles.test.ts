import { describe, expect, it } from "vitest";
import { exportSection } from "../../src/core/export/section";
import { packExportSection } from "../../src/core/export/sectionPack";
import { buildYearReport } from "../../src/core/report/yearReport";
import { downloadFiles, fileBlob } from "../../src/sidebar/exportFiles";
import { journal } from "../core/valuation/journal";

const report = buildYearReport(journal([{ who: "Zoé", date: "2024-05-04", hours: 2, project: "Cœur €" }]), 2024, { valuationSettings: { siren: "123456789" } });

describe("the page's « Fichiers »", () => {
  it("writes each section's files with their MIME type, the A47 file's bytes in ISO 8859-15 and the others' in UTF-8", async () => {
    const files = downloadFiles([packExportSection(exportSection(report))]);
    expect(files.map((f) => [f.name, f.mimeType, f.charset])).toEqual([
      ["benevoles-2024.csv", "text/csv;charset=utf-8", undefined],
      ["comptabilite-2024.csv", "text/csv;charset=utf-8", undefined],
      ["ecritures-benevolat-123456789-20241231.txt", "text/plain;charset=iso-8859-15", "ISO-8859-15"],
      ["ecritures-benevolat-paheko-123456789-20241231.csv", "text/csv;charset=utf-8", undefined],
    ]);
    const bytes = await Promise.all(files.map(async (f) => new Uint8Array(await fileBlob(f).arrayBuffer())));
    // « Zoé »: é is 0xE9 in ISO 8859-15, 0xC3 0xA9 in UTF-8; € is 0xA4 in ISO 8859-15
    const entries = new TextDecoder("iso-8859-15").decode(bytes[2]);
    expect(entries).toBe(files[2]!.content);
    expect(entries).toContain("Cœur €");
    // the two lines of the entry (864, 875) each name the project: œ then €, one byte each
    expect([...bytes[2]!].filter((b) => b === 0xa4 || b === 0xbd)).toEqual([0xbd, 0xa4, 0xbd, 0xa4]);
    // the CSV files in UTF-8 with their BOM (which TextDecoder drops)
    expect(new TextDecoder("utf-8").decode(bytes[0])).toBe(files[0]!.content.slice(1));
    expect([...bytes[0]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fileBlob(files[2]!).type).toBe("text/plain;charset=iso-8859-15");
  });

  it("offers nothing for no section", () => {
    expect(downloadFiles([])).toEqual([]);
  });
});
