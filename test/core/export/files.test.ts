import { tableLayout } from "../../../src/core/report/layout";
import { dayOfIso } from "../../../src/core/values/calendar";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { latin9Bytes } from "../../../src/core/text/latin9";
import { reportTextFiles } from "../../../src/core/export/files";
import { exportSection } from "../../../src/core/export/section";
import { FORMATS, reportSheets } from "../../../src/core/report/sheets";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { journal } from "../valuation/journal";

const j = journal([
  { who: "Alice", date: "2024-10-15", hours: 10, project: "Fête", category: "Gouvernance", km: 12.5 },
  { who: "=Bob", date: "2024-11-15", hours: 10, project: "Jardin", category: "Événements" },
  { who: "Bob", date: "2024-11-16", hours: -1 },
]);

describe("report sheets and files", () => {
  const report = buildYearReport(j, 2024, { valuationSettings: { siren: "123456789" } });
  const sheets = reportSheets(report);

  it("carries the valuation and the accounting in the yearly report, JSON-ready", () => {
    expect(report.valuation.cents).toBe(23530);
    expect(report.accounting!.lines[1]!.account.number).toBe("875");
    expect(JSON.parse(JSON.stringify(report)).valuation.cents).toBe(23530);
  });
  it("has the five sheets, one format per column", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Bénévoles", "CEC", "Valorisation", "Comptabilité", "Anomalies"]);
    for (const s of sheets) {
      expect(s.formats).toHaveLength(s.headers.length);
      for (const row of s.rows) expect(row).toHaveLength(s.headers.length);
    }
    const volunteers = sheets[0]!;
    expect(volunteers.formats[volunteers.headers.indexOf("Valorisation")]).toBe(FORMATS.euros);
    // money stays in cents and days stay days until a renderer writes them
    expect(volunteers.rows.map((r) => [r[0], r[1], r[4], r[8]])).toEqual([
      ["=Bob", 10, { cents: 11880 }, { day: dayOfIso("2024-11-15") }],
      ["Alice", 10, { cents: 11650 }, { day: dayOfIso("2024-10-15") }],
    ]);
    // 15/10/2024 as a spreadsheet serial date, 116,50 € in euros, once laid out for Sheets
    expect(tableLayout(volunteers).rows[2]!.slice(4, 9)).toEqual([116.5, 12.5, 0, 0, 45580]);
    expect(sheets[4]!.rows).toHaveLength(1);
  });
  it("writes the CSV files and the two entries files", () => {
    const files = reportTextFiles(exportSection(report, sheets));
    expect(files.map((f) => f.name)).toEqual([
      "benevoles-2024.csv", "comptabilite-2024.csv", "ecritures-benevolat-123456789-20241231.txt", "ecritures-benevolat-paheko-123456789-20241231.csv",
    ]);
    const text = (i: number) => files[i]!.content as string;
    const volunteers = Papa.parse<string[]>(text(0).slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(volunteers[0]).toEqual([
      "Bénévole", "Heures", "Actions", "ETP", "Valorisation (€)", "Distance (km)", "Frais kilométriques (€)", "Réduction d'impôt (€)",
      "Première action", "Dernière action", "Catégories",
    ]);
    expect(volunteers[2]!.slice(0, 6)).toEqual(["Alice", "10", "1", "0,01", "116,50", "12,5"]);
    expect(volunteers[2]![8]).toBe("15/10/2024");
    expect(volunteers[1]![0]).toBe("'=Bob");
    const accounting = Papa.parse<string[]>(text(1).slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(accounting.slice(1, 3).map((r) => [r[1], r[2], r[6], r[7]])).toEqual([
      ["864", "Personnel bénévole", "235,30", ""],
      ["875", "Bénévolat", "", "235,30"],
    ]);
    expect(files[2]!.charset).toBe("ISO-8859-15");
    const entries = new TextDecoder("iso-8859-15").decode(latin9Bytes(files[2]!.content));
    expect(entries.split("\r\n")).toHaveLength(6);
    expect(text(3).split("\r\n")).toHaveLength(6);
  });
  it("writes the A47 file in ISO 8859-15: accents, € and œ kept, what the set lacks transliterated", () => {
    const r = buildYearReport(
      journal([{ who: "Zoé", date: "2024-05-04", hours: 2, project: "Cœur – « été » “2024”…" }, { date: "2024-05-05", hours: 1, project: "Jardin" }]),
      2024,
      { valuationSettings: { rateMode: "forfait", flatRate: "12.5" } },
    );
    const [file] = reportTextFiles(exportSection(r)).slice(2);
    expect(file!.name).toBe("ecritures-benevolat-20241231.txt");
    expect(file!.charset).toBe("ISO-8859-15");
    const bytes = latin9Bytes(file!.content);
    const lines = new TextDecoder("iso-8859-15").decode(bytes).split("\r\n");
    expect(lines[1]!.split("\t")[10]).toBe("Valorisation du bénévolat 2024 (taux forfaitaire de 12,5 €/h) - Cœur - « été » \"2024\"...");
    expect(lines[1]!.split("\t")[11]).toBe("25,00");
    // each of é € œ « » is one byte
    expect(bytes.indexOf(0xa4)).toBeGreaterThan(0);
    expect(bytes.indexOf(0xbd)).toBeGreaterThan(0);
    expect([...bytes].some((b) => b >= 0x80 && b < 0xa0)).toBe(false);
  });
});
