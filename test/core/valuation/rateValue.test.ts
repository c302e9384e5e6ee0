// A rate written as a multiple of the SMIC ("2 x SMIC") follows the SMIC in force on each action's date.
import { describe, expect, it } from "vitest";
import { checkSettings, defaultSettings } from "../../../src/core/settings/index";
import { fieldMessage } from "../../../src/core/settings/messages";
import { methodText } from "../../../src/core/valuation/method";
import { rateTableFromGrid } from "../../../src/core/valuation/rateTable";
import { parseRate } from "../../../src/core/valuation/rateValue";
import { valueActions } from "../../../src/core/valuation/valuation";
import { journal } from "./journal";

const multipleOf = (text: string | number) => {
  const r = parseRate(text);
  return r?.kind === "smic" ? `${r.multiple.num}/${r.multiple.den}` : r;
};

describe("parseRate", () => {
  it("reads each written form of a SMIC multiple, whatever the case, the spaces and the decimal separator", () => {
    const forms: [string, string][] = [
      ["2 x SMIC", "2/1"], ["2x SMIC", "2/1"], ["2×SMIC", "2/1"], ["2 X smic", "2/1"], ["2 * SMIC", "2/1"],
      ["SMIC x 1,5", "3/2"], ["SMIC×1.5", "3/2"], ["smic x 1,5", "3/2"], ["1,5 × SMIC", "3/2"], [" 1.5x\u00a0Smic ", "3/2"],
      ["150 % SMIC", "3/2"], ["150% SMIC", "3/2"], ["150 % du SMIC", "3/2"], ["150%du smic", "3/2"], ["112,5 % SMIC", "9/8"],
      ["SMIC", "1/1"], ["smic", "1/1"],
    ];
    for (const [text, multiple] of forms) expect(multipleOf(text), text).toBe(multiple);
  });
  it("still reads euros per hour", () => {
    expect(parseRate("12,50")).toEqual({ kind: "euros", eurosPerHour: { num: 25n, den: 2n } });
    expect(parseRate(15)).toEqual({ kind: "euros", eurosPerHour: { num: 15n, den: 1n } });
    expect(parseRate("11.88 €")?.kind).toBe("euros");
  });
  it("refuses anything else", () => {
    for (const text of ["x2 SMIC", "2 x SMIC x 3", "2 SMIC", "deux SMIC", "2 x SMOC", "SMIC horaire", "0 x SMIC", "-2 x SMIC", "150 SMIC", "%150 SMIC", "2 x", "SMIC +1", "-3", "cher", ""]) {
      expect(parseRate(text), text).toBeUndefined();
    }
  });
});

describe("valuation at a multiple of the SMIC", () => {
  const crossing = [
    { who: "Alice", date: "2024-10-15", hours: 0.5, level: "Expert" },
    { who: "Bob", date: "2024-11-15", hours: 2.75, level: "Exécution" },
  ];
  it("values 2 x SMIC at 23,30 €/h before 01/11/2024 and 23,76 €/h after, with lines adding up to the total", () => {
    const v = valueActions(journal(crossing).actions, { rateMode: "forfait", flatRate: "2 x SMIC", coefficient: "1.45" }, 2024);
    // 0.5 x 23.30 x 1.45 = 16.8925 and 2.75 x 23.76 x 1.45 = 94.743: 111.6355 rounded once; the
    // cent the lines' roundings miss goes to the larger remainder
    expect(v.cents).toBe(11164);
    expect(v.rates.map((r) => [r.source, r.label, r.eurosPerHour, r.hours, r.cents])).toEqual([
      ["forfait", "Taux forfaitaire de 2 × SMIC horaire brut au 01/01/2024", 23.3, 0.5, 1689],
      ["forfait", "Taux forfaitaire de 2 × SMIC horaire brut au 01/11/2024", 23.76, 2.75, 9475],
    ]);
    expect(v.rates.reduce((s, r) => s + r.cents, 0)).toBe(v.cents);
    expect(v.byVolunteer.reduce((s, r) => s + r.cents, 0)).toBe(v.cents);
    expect(methodText(v)).toBe("taux forfaitaire de 2 × SMIC horaire brut en vigueur à la date de chaque action, coefficient 1,45");
  });
  it("follows the Mayotte SMIC for that territory", () => {
    const v = valueActions(journal([{ date: "2025-02-01", hours: 2 }]).actions, { rateMode: "forfait", flatRate: "150 % SMIC", territory: "mayotte" });
    // 2 h x 1.5 x 8.98
    expect(v.cents).toBe(2694);
    expect(v.rates.map((r) => r.label)).toEqual(["Taux forfaitaire de 1,5 × SMIC horaire brut au 01/11/2024"]);
  });
  it("mixes euro rows and a 150 % SMIC row in a rate table", () => {
    const rows = [...crossing, { who: "Chloé", date: "2024-11-20", hours: 2, level: "Expert" }, { who: "Dan", date: "2024-11-21", hours: 1, level: "" }];
    const table = rateTableFromGrid([["Niveau", "Taux"], ["Exécution", "12,50"], ["Expert", "150 % SMIC"]]);
    expect(table.rows[1]).toEqual({ label: "Expert", eurosPerHour: "150 % SMIC" });
    const v = valueActions(journal(rows).actions, { rateTable: table }, 2024);
    // 2.75 x 12.50 + 0.5 x 17.475 + 2 x 17.82 + 1 x 11.88 (SMIC) = 34.375 + 8.7375 + 35.64 + 11.88
    expect(v.cents).toBe(9063);
    expect(v.rates.map((r) => [r.label, r.eurosPerHour, r.cents])).toEqual([
      ["Niveau « Exécution »", 12.5, 3437],
      ["Niveau « Expert » : 1,5 × SMIC horaire brut au 01/01/2024", 17.475, 874],
      ["Niveau « Expert » : 1,5 × SMIC horaire brut au 01/11/2024", 17.82, 3564],
      ["SMIC horaire brut au 01/11/2024", 11.88, 1188],
    ]);
    expect(v.rates.reduce((s, r) => s + r.cents, 0)).toBe(v.cents);
    expect(v.unmatchedRates).toEqual([]);
    expect(methodText(v)).toBe(
      "taux horaire par niveau (2 taux, dont 1 en multiple du SMIC horaire brut à la date de chaque action), à défaut SMIC horaire brut en vigueur à la date de chaque action",
    );
  });
  it("leaves actions before the SMIC table unvalued at a SMIC multiple, as at the SMIC", () => {
    const v = valueActions(journal([{ date: "2019-06-01", hours: 3 }, { date: "2025-01-02", hours: 1 }]).actions, { rateMode: "forfait", flatRate: "SMIC x 2" });
    expect(v.cents).toBe(2376);
    expect(v.unvalued.actions).toBe(1);
  });
  it("refuses an unreadable rate in French, naming it and giving an example", () => {
    expect(() => rateTableFromGrid([["Niveau", "Taux"], ["Expert", "2 x SMOC"]])).toThrow(
      "Table de taux, ligne 2 : taux illisible « 2 x SMOC » pour « Expert » (attendu des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC))",
    );
    expect(() => valueActions(journal(crossing).actions, { rateMode: "forfait", flatRate: "x2 SMIC" })).toThrow(
      "Taux forfaitaire : « x2 SMIC » n'est pas un taux : attendu des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC)",
    );
  });
  it("accepts a SMIC multiple in the sidebar settings and marks a bad one on its field", () => {
    const settings = defaultSettings();
    const ok = checkSettings({ ...settings, valuation: { ...settings.valuation, rateMode: "forfait", flatRate: "2 x SMIC", rateTable: { key: "niveau", rows: [{ label: "Expert", eurosPerHour: "150 % du SMIC" }] } } });
    expect(ok.ok).toBe(true);
    const bad = checkSettings({ ...settings, valuation: { ...settings.valuation, rateMode: "forfait", flatRate: "2 SMIC", rateTable: { key: "niveau", rows: [{ label: "Expert", eurosPerHour: "SMIC x" }] } } }, fieldMessage);
    expect(bad).toEqual({
      ok: false,
      errors: {
        "valuation.flatRate": "Taux forfaitaire attendu : des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC).",
        "valuation.rateTable.rows.0.eurosPerHour": "Taux attendu : des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC).",
      },
    });
  });
});
