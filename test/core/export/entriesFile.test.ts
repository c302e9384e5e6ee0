import { describe, expect, it } from "vitest";
import { buildAccounting } from "../../../src/core/accounting/summary";
import { A47_FIELDS, entriesFileName, entriesImportContent } from "../../../src/core/export/entriesFile";
import { valueActions } from "../../../src/core/valuation/valuation";
import { journal } from "../valuation/journal";

function entriesFile(settings: object = {}) {
  const v = valueActions(journal([
    { who: "Alice", date: "2024-10-15", hours: 10, project: "Fête", km: 100 },
    { who: "Bob", date: "2024-11-15", hours: 20, project: "Jardin\tbio" },
  ]).actions, settings, 2024);
  const a = buildAccounting(v, 2024);
  return { a, text: entriesImportContent(a.entries, a.closingDay) };
}

describe("entries import file (A47 A-1 layout)", () => {
  it("names the 18 fields in order on the first line, tab separated", () => {
    const [header] = entriesFile().text.split("\r\n");
    expect(header!.split("\t")).toEqual([
      "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
      "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ]);
    expect(A47_FIELDS).toHaveLength(18);
  });
  it("writes each line field by field", () => {
    const { text } = entriesFile({ mileage: { mode: "taux", eurosPerKm: "0.3", waived: true } });
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n").slice(1, -1).map((l) => l.split("\t"));
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l).toHaveLength(18);
    const record = (l: string[]) => Object.fromEntries(A47_FIELDS.map((f, i) => [f, l[i]]));
    const method = "SMIC horaire brut en vigueur à la date de chaque action";
    expect(record(lines[0]!)).toEqual({
      JournalCode: "OD", JournalLib: "Opérations diverses", EcritureNum: "1", EcritureDate: "20241231",
      CompteNum: "864", CompteLib: "Personnel bénévole", CompAuxNum: "", CompAuxLib: "",
      PieceRef: "VAL2024", PieceDate: "20241231", EcritureLib: `Valorisation du bénévolat 2024 (${method}) - Jardin bio`,
      Debit: "237,60", Credit: "0,00", EcritureLet: "", DateLet: "", ValidDate: "20241231", Montantdevise: "", Idevise: "",
    });
    expect(record(lines[1]!)).toMatchObject({ EcritureNum: "1", CompteNum: "875", CompteLib: "Bénévolat", Debit: "0,00", Credit: "237,60" });
    expect(record(lines[2]!)).toMatchObject({ CompteNum: "864", Debit: "116,50", EcritureLib: `Valorisation du bénévolat 2024 (${method}) - Fête` });
    expect(record(lines[4]!)).toMatchObject({
      EcritureNum: "2", CompteNum: "6251", CompteLib: "Voyages et déplacements", PieceRef: "ABF2024", Debit: "30,00", Credit: "0,00",
      EcritureLib: "Abandon de frais kilométriques 2024 - Alice",
    });
    expect(record(lines[5]!)).toMatchObject({ CompteNum: "75412", CompteLib: "Abandons de frais par les bénévoles", Credit: "30,00" });
    // no thousands separator, decimal comma, no dot anywhere in amounts
    for (const l of lines) for (const amount of [l[11]!, l[12]!]) expect(amount).toMatch(/^\d+,\d{2}$/);
    // balanced
    const cents = (s: string) => Number(s.replace(",", ""));
    expect(lines.reduce((s, l) => s + cents(l[11]!), 0)).toBe(lines.reduce((s, l) => s + cents(l[12]!), 0));
  });
  it("dates everything at the closing date", () => {
    const { text } = entriesFile({ closingDate: "06-30" });
    const line = text.split("\r\n")[1]!.split("\t");
    expect([line[3], line[9], line[15]]).toEqual(["20240630", "20240630", "20240630"]);
  });
  it("is named as the volunteer entries of the closing, not as the SirenFECAAAAMMJJ FEC", () => {
    const { a } = entriesFile({ closingDate: "06-30" });
    expect(entriesFileName(a.closingDay, "123456789")).toBe("ecritures-benevolat-123456789-20240630.txt");
    expect(entriesFileName(a.closingDay)).toBe("ecritures-benevolat-20240630.txt");
  });
  it("holds no control character: a line break or tab is a space, the others are removed", () => {
    const v = valueActions(journal([
      { who: "Alice\u001b[2J\u0007", date: "2024-10-15", hours: 10, project: "Fête\u001b]0;titre\u0007\r\nd'été\u009b\u202e", km: 100 },
    ]).actions, { mileage: { mode: "taux", eurosPerKm: "0.3", waived: true } }, 2024);
    const a = buildAccounting(v, 2024);
    const lines = entriesImportContent(a.entries, a.closingDay).split("\r\n").slice(1, -1).map((l) => l.split("\t"));
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(l).toHaveLength(18);
      for (const field of l) expect(field).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const method = "SMIC horaire brut en vigueur à la date de chaque action";
    expect(lines[0]![10]).toBe(`Valorisation du bénévolat 2024 (${method}) - Fête]0;titre d'été`);
    expect(lines[2]![10]).toBe("Abandon de frais kilométriques 2024 - Alice[2J");
  });
  it("uses the CRC 99-01 accounts under that chart", () => {
    const { text } = entriesFile({ chart: "CRC 99-01", mileage: { mode: "taux", eurosPerKm: "0.3", waived: true } });
    const lines = text.split("\r\n").slice(1, -1).map((l) => l.split("\t"));
    expect(lines.map((l) => [l[4], l[5]])).toEqual([
      ["864", "Personnel bénévole"], ["870", "Bénévolat"], ["864", "Personnel bénévole"], ["870", "Bénévolat"],
      ["625", "Déplacements, missions et réceptions"], ["754", "Collectes"],
    ]);
  });
});
