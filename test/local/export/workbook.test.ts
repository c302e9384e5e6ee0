import ExcelJS from "exceljs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FORMATS } from "../../../src/core/report/sheets";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { writeReportFiles } from "../../../src/local/export/files";
import { journal } from "../../core/valuation/journal";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("report files", () => {
  it("writes rapport-N.xlsx with formatted sheets, the CSV files and the entries files", async () => {
    dir = await mkdtemp(join(tmpdir(), "valorise-export-"));
    const j = journal([
      { who: "Alice", date: "2024-10-15", hours: 10, project: "Fête", category: "Gouvernance" },
      { who: "Bob", date: "2024-11-15", hours: 10.5, project: "Jardin", category: "Événements" },
    ]);
    const report = buildYearReport(j, 2024, { valuationSettings: { siren: "123456789", coefficient: "1.45" } });
    const paths = await writeReportFiles(report, dir);
    expect(paths.map((p) => p.slice(dir!.length + 1))).toEqual([
      "rapport-2024.xlsx", "benevoles-2024.csv", "comptabilite-2024.csv",
      "ecritures-benevolat-123456789-20241231.txt", "ecritures-benevolat-paheko-123456789-20241231.csv",
    ]);
    expect((await readdir(dir)).sort()).toHaveLength(5);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(paths[0]!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Synthèse", "Bénévoles", "CEC", "Valorisation", "Comptabilité", "Anomalies"]);
    const volunteers = wb.getWorksheet("Bénévoles")!;
    expect(volunteers.getRow(1).getCell(1).value).toBe("Bénévole");
    expect(volunteers.getRow(1).font?.bold).toBe(true);
    const bob = volunteers.getRow(2);
    expect(bob.getCell(1).value).toBe("Bob");
    expect(bob.getCell(2).value).toBe(10.5);
    expect(bob.getCell(2).numFmt).toBe(FORMATS.hours);
    // 10.5 x 11.88 x 1.45 = 180.873 -> 180.87
    expect(bob.getCell(5).value).toBe(180.87);
    expect(bob.getCell(5).numFmt).toBe(FORMATS.euros);
    expect(bob.getCell(9).numFmt).toBe(FORMATS.date);
    const accounting = wb.getWorksheet("Comptabilité")!;
    expect([1, 2, 3, 4].map((c) => accounting.getRow(2).getCell(c).value)).toEqual(["Comptes 86/87", "864", "Personnel bénévole", 20.5]);
    expect(accounting.getRow(2).getCell(7).value).toBe(report.accounting!.lines[0]!.debitCents / 100);
    expect(accounting.getRow(3).getCell(8).value).toBe(report.accounting!.lines[1]!.creditCents / 100);

    // the A47 file in ISO 8859-15: "Opérations" and "bénévole" with one byte 0xE9 for é
    const entries = await readFile(paths[3]!);
    expect(entries.toString("latin1").startsWith("JournalCode\tJournalLib\t")).toBe(true);
    expect(new TextDecoder("iso-8859-15").decode(entries).split("\r\n")[1]).toContain("\tOpérations diverses\t1\t20241231\t864\tPersonnel bénévole\t");
    expect(entries.includes(Buffer.from("é", "utf8"))).toBe(false);
    const paheko = await readFile(paths[4]!, "utf8");
    expect(paheko.startsWith("\ufeffNuméro pièce comptable;Date;Libellé;")).toBe(true);
    const csv = await readFile(paths[1]!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
