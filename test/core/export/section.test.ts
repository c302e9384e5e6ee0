import { describe, expect, it } from "vitest";
import { exportSection } from "../../../src/core/export/section";
import { reportSheets } from "../../../src/core/report/sheets";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { dayOfIso } from "../../../src/core/values/calendar";
import { journal } from "../valuation/journal";

const j = journal([
  { who: "Alice", date: "2024-10-15", hours: 10, project: "Fête", km: 12.5 },
  { who: "Bob", date: "2024-11-15", hours: 4, project: "Jardin" },
]);

describe("exportSection: what a yearly report's text files are made of", () => {
  it("takes the « Bénévoles » and « Comptabilité » tables without their links, the closing day and the entries", () => {
    const report = buildYearReport(j, 2025, { valuationSettings: { siren: "123456789", closingDate: "06-30" } });
    const sheets = reportSheets(report);
    const section = exportSection(report, sheets);
    const table = (name: string) => {
      const { headers, rows, formats } = sheets.find((s) => s.name === name)!;
      return { headers, rows, formats };
    };
    expect(section).toStrictEqual({
      association: { name: "", title: report.association.title },
      period: { short: "2024-2025" },
      siren: "123456789",
      volunteers: table("Bénévoles"),
      accounting: { table: table("Comptabilité"), closingDay: dayOfIso("2025-06-30"), entries: report.accounting!.entries },
    });
    expect(section.accounting!.entries.map((e) => e.lines.length)).toEqual([4]);
    // the same tables when it builds the sheets itself
    expect(exportSection(report)).toStrictEqual(section);
  });

  it("has no SIREN without one, and no accounting over a free period", () => {
    const report = buildYearReport(j, 2024, { period: { from: dayOfIso("2024-10-01"), to: dayOfIso("2024-10-31") } });
    const section = exportSection(report);
    expect([section.siren, section.accounting, section.period.short]).toEqual(["", null, report.period.short]);
    expect(section.volunteers.rows.map((r) => r[0])).toEqual(["Alice"]);
  });
});
