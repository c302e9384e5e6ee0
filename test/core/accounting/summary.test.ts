import { describe, expect, it } from "vitest";
import { accountsTable, buildAccounting } from "../../../src/core/accounting/summary";
import { valueActions } from "../../../src/core/valuation/valuation";
import { isoDate } from "../../../src/core/values/calendar";
import { journal } from "../valuation/journal";

const rows2024 = [
  { date: "2024-10-15", hours: 10, project: "Fête" },
  { date: "2024-11-15", hours: 10, project: "Jardin" },
];

function summary(rows: Parameters<typeof journal>[0], settings: object = {}, year = 2024) {
  return buildAccounting(valueActions(journal(rows).actions, settings, year), year);
}

describe("86/87 table", () => {
  it("debits 864 and credits 875 for equal amounts (ANC 2018-06 by default)", () => {
    const s = summary(rows2024);
    expect(s.lines.map((l) => [l.account.number, l.account.label, l.debitCents, l.creditCents])).toEqual([
      ["864", "Personnel bénévole", 23530, 0],
      ["875", "Bénévolat", 0, 23530],
    ]);
    expect(accountsTable(s)).toEqual([
      ["Compte", "Libellé", "Débit", "Crédit"],
      ["864", "Personnel bénévole", 235.3, ""],
      ["875", "Bénévolat", "", 235.3],
    ]);
  });
  it("credits 870 with the CRC 99-01 chart", () => {
    const s = summary(rows2024, { chart: "CRC 99-01" });
    expect(s.lines.map((l) => l.account.number)).toEqual(["864", "870"]);
    expect(s.entries[0]!.lines.map((l) => l.account.number)).toEqual(["864", "870", "864", "870"]);
    expect(s.note).toContain("870 « Bénévolat » (règlement CRC 99-01)");
  });
  it("breaks the amount down by category and by project, with hours and ETP", () => {
    const s = summary(rows2024);
    expect(s.byProject.map((p) => [p.label, p.hours, p.cents])).toEqual([["Fête", 10, 11650], ["Jardin", 10, 11880]]);
    expect(s.byProject[0]!.etp).toBeCloseTo(10 / 1607, 12);
  });
});

describe("closing entry", () => {
  it("is dated 31 December N, one line pair per project, label naming the year and the method", () => {
    const s = summary(rows2024, { coefficient: "1.45" });
    expect(isoDate(s.closingDay)).toBe("2024-12-31");
    expect(s.entries).toHaveLength(1);
    const e = s.entries[0]!;
    expect(e).toMatchObject({ num: 1, journal: { code: "OD", label: "Opérations diverses" }, pieceRef: "VAL2024" });
    expect(e.label).toBe("Valorisation du bénévolat 2024 (SMIC horaire brut en vigueur à la date de chaque action, coefficient 1,45)");
    expect(e.lines.map((l) => [l.account.number, l.label.split(" - ")[1], l.debitCents, l.creditCents])).toEqual([
      ["864", "Fête", 16893, 0],
      ["875", "Fête", 0, 16893],
      ["864", "Jardin", 17226, 0],
      ["875", "Jardin", 0, 17226],
    ]);
  });
  it("takes the closing date from the settings", () => {
    expect(isoDate(summary(rows2024, { closingDate: "06-30" }).closingDay)).toBe("2024-06-30");
    expect(isoDate(summary(rows2024, { closingDate: "2024-03-31" }).closingDay)).toBe("2024-03-31");
  });
  it("refuses a full closing date that does not close the exercice asked for, in French", () => {
    expect(() => summary(rows2024, { closingDate: "1999-12-31" })).toThrow("La clôture du 31/12/1999 ne ferme pas l'exercice 2024");
  });
  it("writes one pair without projects", () => {
    const s = summary([{ date: "2024-10-15", hours: 10 }]);
    expect(s.entries[0]!.lines.map((l) => l.label)).toEqual([
      "Valorisation du bénévolat 2024 (SMIC horaire brut en vigueur à la date de chaque action)",
      "Valorisation du bénévolat 2024 (SMIC horaire brut en vigueur à la date de chaque action)",
    ]);
  });
  it("allocates cents so that project lines add up to the rounded total", () => {
    // 3 projects of 10 min at 11.88 x 1.1: 2.178 each, 6.534 in all -> 6.53 = 2.18 + 2.18 + 2.17
    const s = summary(["A", "B", "C"].map((p) => ({ date: "2025-01-10", hours: "0:10", project: p })), { coefficient: "1.1" }, 2025);
    expect(s.byProject.map((p) => p.exactCents)).toEqual(["1089/5", "1089/5", "1089/5"]);
    const debits = s.entries[0]!.lines.filter((l) => l.debitCents).map((l) => l.debitCents);
    expect(debits).toEqual([218, 218, 217]);
    expect(debits.reduce((a, b) => a + b, 0)).toBe(s.lines[0]!.debitCents);
  });
  it("breaks the 864 amount down by category and by project in lines that add up to it and match the entries", () => {
    // 3 actions of 0.1 h at a flat 11.85: 1.185 each, 3.555 in all -> 3.56; each alone would round to 1.19 (3.57)
    const rows = ["A", "B", "C"].map((x) => ({ date: "2025-01-10", hours: 0.1, category: `Cat ${x}`, project: `Projet ${x}` }));
    const s = summary(rows, { rateMode: "forfait", flatRate: "11.85" }, 2025);
    expect(s.lines[0]!.debitCents).toBe(356);
    const sum = (list: { cents: number }[]) => list.reduce((a, t) => a + t.cents, 0);
    expect(s.byCategory.map((t) => t.cents)).toEqual([119, 119, 118]);
    expect(sum(s.byCategory)).toBe(356);
    expect(sum(s.byProject)).toBe(356);
    const debits = s.entries[0]!.lines.filter((l) => l.debitCents).map((l) => l.debitCents);
    expect(s.byProject.map((t) => t.cents)).toEqual(debits);
  });
  it("adds the mileage given up as its own entry only when the volunteers waived it", () => {
    const rows = [{ who: "Alice", date: "2025-05-01", hours: 1, km: 100 }, { who: "Bob", date: "2025-05-02", hours: 1, km: 10 }];
    const valued = { mode: "taux" as const, eurosPerKm: "0.5" };
    expect(summary(rows, { mileage: valued }, 2025).entries).toHaveLength(1);
    const s = summary(rows, { mileage: { ...valued, waived: true }, article200: "oui" }, 2025);
    expect(s.entries).toHaveLength(2);
    const e = s.entries[1]!;
    expect(e).toMatchObject({ num: 2, pieceRef: "ABF2025", label: "Abandon de frais kilométriques 2025" });
    expect(e.lines.map((l) => [l.account.number, l.label, l.debitCents, l.creditCents])).toEqual([
      ["6251", "Abandon de frais kilométriques 2025 - Alice", 5000, 0],
      ["75412", "Abandon de frais kilométriques 2025 - Alice", 0, 5000],
      ["6251", "Abandon de frais kilométriques 2025 - Bob", 500, 0],
      ["75412", "Abandon de frais kilométriques 2025 - Bob", 0, 500],
    ]);
    expect(s.note).toContain("Cerfa 11580");
    expect(s.note).toContain("66 %");
    expect(s.note).toContain("au débit du compte 6251 « Voyages et déplacements » et au crédit du compte 75412 « Abandons de frais par les bénévoles »");
    // the same entry for an association not within CGI art. 200, but no receipt nor reduction announced
    const outside = summary(rows, { mileage: { ...valued, waived: true }, article200: "non" }, 2025);
    expect(outside.entries).toHaveLength(2);
    expect(outside.note).not.toContain("Cerfa 11580");
    expect(outside.note).toContain("Frais abandonnés sans reçu fiscal ni réduction d'impôt");
  });
  it("enters the mileage given up on 625 / 754 under CRC 99-01, which has no 6251 nor 75412", () => {
    const rows = [{ who: "Alice", date: "2025-05-01", hours: 1, km: 100 }, { who: "Bob", date: "2025-05-02", hours: 1, km: 10 }];
    const s = summary(rows, { chart: "CRC 99-01", mileage: { mode: "taux", eurosPerKm: "0.5", waived: true } }, 2025);
    expect(s.entries[1]!.lines.map((l) => [l.account.number, l.account.label, l.debitCents, l.creditCents])).toEqual([
      ["625", "Déplacements, missions et réceptions", 5000, 0],
      ["754", "Collectes", 0, 5000],
      ["625", "Déplacements, missions et réceptions", 500, 0],
      ["754", "Collectes", 0, 500],
    ]);
    expect(s.note).toContain("au débit du compte 625 « Déplacements, missions et réceptions » et au crédit du compte 754 « Collectes »");
  });
  it("writes no entry when nothing is valued", () => {
    expect(summary([], {}, 2025).entries).toEqual([]);
  });
});

describe("method note", () => {
  it("names the basis, coefficient, hours, ETP, accounts and chart", () => {
    const s = summary(rows2024, { coefficient: "1.45", etpBase: 1820 });
    expect(s.note).toContain("au SMIC horaire brut en vigueur à la date de chaque action, coefficient 1,45");
    expect(s.note).toContain("20 heures, soit 0,01 ETP (base 1820 heures par an)");
    expect(s.note).toContain("341,19 €");
    expect(s.note).toContain("864 « Personnel bénévole »");
    expect(s.note).toContain("875 « Bénévolat » (règlement ANC 2018-06)");
    expect(s.note).not.toContain("CRC 99-01");
  });
  it("says under CRC 99-01 that the chart no longer applies to exercices opened from 1 January 2020", () => {
    const rule = "Le règlement CRC 99-01 ne s'applique plus aux exercices ouverts à compter du 1er janvier 2020";
    const applies = "le règlement ANC 2018-06 s'impose à ces exercices.";
    expect(summary(rows2024, { chart: "CRC 99-01" }).note).toContain(`(règlement CRC 99-01), sans effet sur le résultat. ${rule}, dont celui-ci : ${applies}`);
    // the exercice closing on 30/06/2020 opened on 01/07/2019; the 2019 calendar exercice too
    const rows2020 = [{ date: "2020-03-15", hours: 10 }];
    expect(summary(rows2020, { chart: "CRC 99-01", closingDate: "06-30" }, 2020).note).toContain(`${rule} : ${applies}`);
    expect(summary([{ date: "2019-03-15", hours: 10 }], { chart: "CRC 99-01" }, 2019).note).toContain(`${rule} : ${applies}`);
    expect(summary(rows2020, { chart: "CRC 99-01" }, 2020).note).toContain(`${rule}, dont celui-ci : ${applies}`);
  });
});
