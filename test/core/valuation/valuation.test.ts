import { describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";
import { rateTableFromGrid } from "../../../src/core/valuation/rateTable";
import { valueActions } from "../../../src/core/valuation/valuation";
import { methodText } from "../../../src/core/valuation/method";
import { journal } from "./journal";

describe("valuation at the SMIC on each action's date", () => {
  it("applies the 1 November 2024 change: 10 h at 11.65 + 10 h at 11.88 = 235.30 EUR", () => {
    const j = journal([
      { date: "2024-10-15", hours: 10 },
      { date: "2024-11-15", hours: 10 },
    ]);
    const v = valueActions(j.actions, {}, 2024);
    expect(v.cents).toBe(23530);
    expect(v.rates.map((r) => [r.eurosPerHour, r.hours, r.cents])).toEqual([[11.65, 10, 11650], [11.88, 10, 11880]]);
    expect(methodText(v)).toBe("SMIC horaire brut en vigueur à la date de chaque action");
  });
  it("applies the coefficient to the exact sum: 235.30 x 1.45 = 341.185 -> 341.19", () => {
    const j = journal([{ date: "2024-10-15", hours: 10 }, { date: "2024-11-15", hours: 10 }]);
    const v = valueActions(j.actions, { coefficient: "1.45" }, 2024);
    expect(v.cents).toBe(34119);
    expect(v.coefficient).toBe("1,45");
    expect(valueActions(j.actions, { coefficient: 1.45 }, 2024).cents).toBe(34119);
    expect(methodText(v)).toBe("SMIC horaire brut en vigueur à la date de chaque action, coefficient 1,45");
    expect(() => valueActions(j.actions, { coefficient: 0 })).toThrow(/coefficient/);
  });
  it("uses the Mayotte series when asked", () => {
    const j = journal([{ date: "2025-02-01", hours: 2 }]);
    expect(valueActions(j.actions, { territory: "mayotte" }).cents).toBe(1796);
  });
  it("values Mayotte 2023 at the SMIC of each action's date: 8,50 then 8,70 from 01/05/2023", () => {
    const j = journal([
      { date: "2023-04-30", hours: 10 },
      { date: "2023-05-01", hours: 10 },
      { date: "2023-12-31", hours: 2 },
    ]);
    const v = valueActions(j.actions, { territory: "mayotte" }, 2023);
    expect(v.cents).toBe(8500 + 8700 + 1740);
    expect(v.rates.map((r) => [r.eurosPerHour, r.hours, r.cents])).toEqual([[8.5, 10, 8500], [8.7, 12, 10440]]);
  });
  it("says a Mayotte action before its series has no SMIC, naming Mayotte", () => {
    const j = journal([{ date: "2021-12-31", hours: 3 }, { date: "2022-01-01", hours: 1 }]);
    const v = valueActions(j.actions, { territory: "mayotte" });
    expect(v.cents).toBe(798);
    expect(v.unvalued).toEqual({ actions: 1, durationMs: 3 * 3_600_000, reason: "aucun SMIC connu à Mayotte avant le 01/01/2022" });
  });
  it("leaves actions dated before the table unvalued and says why", () => {
    const j = journal([{ date: "2019-06-01", hours: 3 }, { date: "2025-01-02", hours: 1 }]);
    const v = valueActions(j.actions);
    expect(v.cents).toBe(1188);
    expect(v.unvalued).toEqual({ actions: 1, durationMs: 3 * 3_600_000, reason: "aucun SMIC connu avant le 01/01/2020" });
  });
});

describe("flat rate and rate tables", () => {
  const rows = [
    { who: "Alice", date: "2025-03-01", hours: 2, level: "Expert", category: "Formation" },
    { who: "Bob", date: "2025-03-02", hours: 3, level: "Exécution", category: "Événements" },
    { who: "Chloé", date: "2025-03-03", hours: 1.5, level: "", category: "Gouvernance" },
  ];
  it("values every hour at a flat rate", () => {
    const v = valueActions(journal(rows).actions, { rateMode: "forfait", flatRate: "20" });
    expect(v.cents).toBe(13000);
    expect(() => valueActions(journal(rows).actions, { rateMode: "forfait" })).toThrow(/Taux forfaitaire manquant/);
  });
  it("reads a table keyed by level, falling back to the SMIC", () => {
    const table = rateTableFromGrid([["Niveau", "Taux"], ["expert", 35], ["Exécution", "12,50"]]);
    expect(table.key).toBe("niveau");
    const v = valueActions(journal(rows).actions, { rateTable: table });
    // 2 x 35 + 3 x 12.50 + 1.5 x 11.88 (SMIC) = 70 + 37.50 + 17.82
    expect(v.cents).toBe(12532);
    expect(v.rates.map((r) => r.source)).toEqual(["table", "table", "smic"]);
    expect(v.unmatchedRates).toEqual([]);
    expect(v.unratedLabels).toEqual([{ label: "", actions: 1, durationMs: 1.5 * 3_600_000, hours: 1.5 }]);
  });
  it("reads a table keyed by category, falling back to the flat rate, then applies the coefficient", () => {
    const table = rateTableFromGrid([["Catégorie", "€/h"], ["Formation", 40], ["", ""], ["Gouvernance", 30]]);
    expect(table.rows).toHaveLength(2);
    const v = valueActions(journal(rows).actions, { rateTable: table, rateMode: "forfait", flatRate: 15, coefficient: 2 });
    // (2 x 40 + 3 x 15 + 1.5 x 30) x 2 = 340
    expect(v.cents).toBe(34000);
    expect(methodText(v)).toBe("taux horaire par catégorie (2 taux), à défaut taux forfaitaire de 15 €/h, coefficient 2");
    const byCategory = Object.fromEntries(v.byCategory.map((c) => [c.label, c.cents]));
    expect(byCategory).toEqual({ Formation: 16000, Événements: 9000, Gouvernance: 9000 });
  });
  it("keys a table by volunteer or role, and refuses bad tables", () => {
    const byVolunteer = rateTableFromGrid([["Bénévole", "Taux"], ["  alice ", 50]]);
    expect(valueActions(journal(rows).actions, { rateTable: byVolunteer, rateMode: "forfait", flatRate: 10 }).cents).toBe(10000 + 4500);
    expect(rateTableFromGrid([["Rôle", "Taux"]]).key).toBe("role");
    expect(() => rateTableFromGrid([["Couleur", "Taux"], ["Bleu", 2]])).toThrow(/Niveau, Catégorie, Rôle ou Bénévole/);
    expect(() => rateTableFromGrid([["Niveau", "Taux"], ["A", "cher"]])).toThrow(/taux illisible/);
    expect(() => rateTableFromGrid([["Niveau", "Taux"], ["A", 1], ["a", 2]])).toThrow(/deux fois/);
  });
});

describe("exact sums", () => {
  it("has no float drift over 100,000 rows of 0.1 h (each breakdown rounded once)", () => {
    const n = 100_000;
    const grid: unknown[][] = [["Bénévole", "Date", "Durée (en heures)", "Catégorie", "Projet"]];
    for (let i = 0; i < n; i++) grid.push([`B${i % 97}`, "2025-06-01", 0.1, `C${i % 7}`, `P${i % 3}`]);
    const j = readJournal(grid, { wallClock: (d) => d.getTime() });
    const v = valueActions(j.actions, {}, 2025);
    // 10,000 h x 11.88 = 118,800.00 EUR exactly
    expect(v.cents).toBe(11_880_000);
    expect(v.hours).toBe(10_000);
    const withCoefficient = valueActions(j.actions, { coefficient: "1.45" }, 2025);
    expect(withCoefficient.cents).toBe(17_226_000);
    // what naive float code gets: adding 0.1 h x 11.88 row by row
    // and what rounding each row to the cent gets: 1.188 -> 1.19, 200 EUR too much
    let naive = 0;
    let perRow = 0;
    for (let i = 0; i < n; i++) {
      naive += 0.1 * 11.88;
      perRow += Math.round(0.1 * 11.88 * 100) / 100;
    }
    const drift = Math.abs(naive - 118_800);
    console.info(
      `100 000 lignes de 0,1 h : ${v.cents / 100} € exact ; somme flottante naïve ${naive} ` +
        `(écart ${drift.toExponential(2)} €) ; arrondi par ligne ${perRow.toFixed(2)} €`,
    );
    expect(drift).toBeGreaterThan(0);
    expect(Math.round(perRow)).toBe(119_000);
    // 3,333.4 h and 2 x 3,333.3 h: each rounded alone they would add up to 1 cent less than the total;
    // the breakdown splits the total by largest remainder instead (see accounting tests)
    expect(v.byProject.map((p) => p.cents)).toEqual([3_960_079, 3_959_961, 3_959_960]);
    expect(v.byProject.reduce((s, p) => s + p.cents, 0)).toBe(v.cents);
  });
  it("breaks the total down by association, blank association included, lines adding up to it", () => {
    const grid = [
      ["Bénévole", "Date", "Durée (en heures)", "Association"],
      ["A", "2025-01-10", "0:10", "Les Amis"],
      ["B", "2025-01-10", "0:10", "Le Club"],
      ["C", "2025-01-10", "0:10", ""],
    ];
    const v = valueActions(readJournal(grid, { wallClock: (d) => d.getTime() }).actions, { coefficient: "1.1" });
    expect(v.byAssociation.map((a) => [a.key, a.label, a.cents])).toEqual([["", "", 218], ["Le Club", "Le Club", 218], ["Les Amis", "Les Amis", 217]]);
    expect(v.byAssociation.reduce((s, a) => s + a.cents, 0)).toBe(v.cents);
  });
  it("rounds each breakdown once from its exact value", () => {
    // 3 actions of 10 min at 11.88: 1.98 each, 5.94 in total
    const j = journal([
      { who: "A", date: "2025-01-10", hours: "0:10" },
      { who: "B", date: "2025-01-10", hours: "0:10" },
      { who: "C", date: "2025-01-10", hours: "0:10" },
    ]);
    const v = valueActions(j.actions, { coefficient: "1.1" });
    // each: 1.98 x 1.1 = 2.178, rounded alone 2.18; total 6.534 -> 6.53: the lines share it, 2.18 + 2.18 + 2.17
    expect(v.cents).toBe(653);
    expect(v.byVolunteer.map((b) => b.exactCents)).toEqual(["1089/5", "1089/5", "1089/5"]);
    expect(v.byVolunteer.map((b) => b.cents)).toEqual([218, 218, 217]);
    expect(v.rates.map((r) => r.cents)).toEqual([653]);
  });
});
