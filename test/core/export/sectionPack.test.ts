import { describe, expect, it } from "vitest";
import { reportTextFiles } from "../../../src/core/export/files";
import { type ExportSection, exportSection } from "../../../src/core/export/section";
import { packExportSection, unpackExportSection } from "../../../src/core/export/sectionPack";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { dayOfIso } from "../../../src/core/values/calendar";
import { journal } from "../valuation/journal";

const j = journal([
  { who: "Alice", date: "2024-10-15", hours: 10, project: "Fête", category: "Gouvernance", km: 12.5 },
  { who: "=Bob \u2028 😀 \udc00", date: "2024-11-15", hours: 4.25, project: "Jardin « été »", km: "3,2" },
  { who: "Bob", date: "2024-11-16", hours: -1 },
]);
const waived = { mileage: { mode: "taux", eurosPerKm: "0.3", waived: true } } as const;

/** Sections of every shape: entries for the hours and the mileage given up, CRC 99-01, no accounting, nothing to enter. */
const SECTIONS: [string, ExportSection][] = [
  ["ANC 2018-06, mileage given up", exportSection(buildYearReport(j, 2024, { valuationSettings: { siren: "123456789", ...waived } }))],
  ["CRC 99-01", exportSection(buildYearReport(j, 2024, { valuationSettings: { chart: "CRC 99-01", ...waived } }))],
  ["free period", exportSection(buildYearReport(j, 2024, { period: { from: dayOfIso("2024-10-01"), to: dayOfIso("2024-11-30") } }))],
  ["nothing to enter", exportSection(buildYearReport(journal([{ date: "2024-05-04", hours: 0, km: 10 }]), 2024))],
];

/** Every key of every object in a value. */
function keys(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keys(v, found);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) keys(v, found.add(k));
  return found;
}

describe("packExportSection / unpackExportSection", () => {
  it("have the shapes the tests rely on", () => {
    const [withEntries, crc, free, none] = SECTIONS.map(([, s]) => s.accounting);
    expect(withEntries!.entries.map((e) => e.lines.length)).toEqual([4, 4]);
    expect(crc!.entries[1]!.lines.map((l) => l.account.number)).toContain("754");
    expect([free, none!.entries]).toEqual([null, []]);
  });

  it.each(SECTIONS)("give back the section as it was, through JSON too: %s", (_, section) => {
    const packed = packExportSection(section);
    expect(unpackExportSection(packed)).toStrictEqual(section);
    const sent = JSON.parse(JSON.stringify(packed));
    expect(unpackExportSection(sent)).toStrictEqual(section);
    expect(reportTextFiles(unpackExportSection(sent))).toStrictEqual(reportTextFiles(section));
  });

  it("carry no field name but the cells' cents and day: the Apps Script bundle shortens the entries' (debitCents, pieceRef…)", () => {
    for (const [name, section] of SECTIONS) expect([...keys(packExportSection(section))].filter((k) => k !== "cents" && k !== "day"), name).toEqual([]);
    expect([...keys(packExportSection(SECTIONS[0]![1]))].sort()).toEqual(["cents", "day"]);
    expect([...keys(SECTIONS[0]![1])]).toEqual(expect.arrayContaining(["debitCents", "creditCents", "pieceRef", "pieceDay", "lines", "account"]));
  });
});
