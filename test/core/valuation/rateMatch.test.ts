import { describe, expect, it } from "vitest";
import { buildAccounting } from "../../../src/core/accounting/summary";
import { reportSheets } from "../../../src/core/report/sheets";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { checkSettings, defaultSettings } from "../../../src/core/settings";
import { editDistance, nearestText } from "../../../src/core/text/nearest";
import { actionsOfYear } from "../../../src/core/totals/volunteers";
import { methodText, rateTableWarnings, unratedLabelsText } from "../../../src/core/valuation/method";
import { rateTableFromGrid } from "../../../src/core/valuation/rateTable";
import { valueActions } from "../../../src/core/valuation/valuation";
import { journal } from "./journal";

const rows = [
  { who: "Alice", date: "2025-03-01", hours: 2, level: "Expertise", category: "Gouvernance (CA, bureau)" },
  { who: "Bob", date: "2025-03-02", hours: 3, level: "Exécution", category: "Événements" },
  { who: "Chloé", date: "2025-03-03", hours: 1.5, level: "", category: "Gouvernance (CA, bureau)" },
  { who: "Alice", date: "2024-03-04", hours: 4, level: "Débutant", category: "Autre" },
];
const j = journal(rows);
const byLevel = (...table: [string, number][]) => ({ rateTable: rateTableFromGrid([["Niveau", "Taux"], ...table]) });
const value = (settings: object, year = 2025) => valueActions(actionsOfYear(j, year), settings, year);

describe("matching rate-table rows to journal labels (identity rule)", () => {
  it("folds case, spaces and invisible characters but keeps accents", () => {
    const v = value(byLevel([" EXPERTISE ", 30], ["Exe\u200bcution", 20]));
    // 2 h x 30, the rest at the SMIC: 3 h + 1.5 h x 11.88
    expect(v.cents).toBe(6000 + 5346);
    expect(v.rates.map((r) => r.label)).toEqual(["Niveau « EXPERTISE »", "SMIC horaire brut au 01/11/2024"]);
    expect(v.unmatchedRates).toEqual([{ label: "Exe\u200bcution", suggestion: "Exécution" }]);
  });
  it("reports a row that matches no label, with the journal label it probably meant, and the labels left at the fallback rate", () => {
    const v = value(byLevel(["Expertize", 30], ["Exécution", 20]));
    expect(v.unmatchedRates).toEqual([{ label: "Expertize", suggestion: "Expertise" }]);
    expect(v.unratedLabels).toEqual([
      { label: "Expertise", actions: 1, durationMs: 2 * 3_600_000, hours: 2 },
      { label: "", actions: 1, durationMs: 1.5 * 3_600_000, hours: 1.5 },
    ]);
    // 3 h x 20, then 3.5 h at the SMIC
    expect(v.cents).toBe(6000 + 4158);
  });
  it("suggests nothing when no label is close, nor a label another row already prices", () => {
    expect(value(byLevel(["Confirmé", 30], ["Expertise", 25])).unmatchedRates).toEqual([{ label: "Confirmé" }]);
    expect(value(byLevel(["Expertise", 25], ["Expertize", 30])).unmatchedRates).toEqual([{ label: "Expertize" }]);
  });
  it("counts only the valued actions: a row for a label used in another year matches nothing", () => {
    const v = value(byLevel(["Débutant", 15], ["Expertise", 30]));
    expect(v.unmatchedRates).toEqual([{ label: "Débutant" }]);
    expect(value(byLevel(["Débutant", 15]), 2024).unmatchedRates).toEqual([]);
  });
  it("matches categories written with other punctuation only as a suggestion", () => {
    const v = value({ rateTable: rateTableFromGrid([["Catégorie", "Taux"], ["Gouvernance CA bureau", 40]]) });
    expect(v.unmatchedRates).toEqual([{ label: "Gouvernance CA bureau", suggestion: "Gouvernance (CA, bureau)" }]);
  });
  it("matches volunteers by the identity rule and suggests a name within two edits", () => {
    const v = value({ rateTable: rateTableFromGrid([["Bénévole", "Taux"], ["  alice ", 50], ["Chloe", 40], ["Bobby", 10]]) });
    expect(v.rates[0]).toMatchObject({ label: "Bénévole « alice »", hours: 2 });
    expect(v.unmatchedRates).toEqual([{ label: "Chloe", suggestion: "Chloé" }, { label: "Bobby" }]);
  });
  it("refuses a label written twice in the table, by the same rule", () => {
    expect(() => rateTableFromGrid([["Niveau", "Taux"], ["Expert", 1], [" EXPERT ", 2]])).toThrow(/« EXPERT » figure deux fois/);
    expect(rateTableFromGrid([["Niveau", "Taux"], ["Exécution", 1], ["Execution", 2]]).rows).toHaveLength(2);
  });
  it("reports nothing without a rate table", () => {
    const v = value({});
    expect([v.unmatchedRates, v.unratedLabels]).toEqual([[], []]);
    expect(rateTableWarnings(v)).toEqual([]);
  });
});

describe("what the method says of the rate table", () => {
  it("counts only the rows applied, names the rows not found and the hours valued at the fallback rate", () => {
    const v = value(byLevel(["Expertize", 30], ["Exécution", 20]));
    expect(methodText(v)).toBe("taux horaire par niveau (1 taux), à défaut SMIC horaire brut en vigueur à la date de chaque action");
    const note = buildAccounting(v, 2025).note;
    expect(note).toContain(
      "La ligne « Expertize » de la table de taux ne correspond à aucune valeur de la colonne « Niveau » des actions valorisées : son taux n'a été appliqué à aucune heure.",
    );
    expect(note).toContain(
      "Les heures sans taux dans la table sont valorisées au SMIC horaire brut en vigueur à la date de chaque action (« Expertise » : 2 heures ; sans niveau : 1,5 heures).",
    );
    expect(rateTableWarnings(v)).toEqual([
      "La ligne « Expertize » de la table de taux ne correspond à aucune valeur de la colonne « Niveau » du journal (vouliez-vous dire « Expertise » ?) : son taux n'est appliqué à aucune heure.",
      "Heures sans taux dans la table, valorisées au SMIC horaire brut en vigueur à la date de chaque action : « Expertise » (2 h), sans niveau (1,5 h).",
    ]);
  });
  it("does not claim the table was used when none of its rows matched, and names the flat rate used instead", () => {
    const v = value({ ...byLevel(["Expertize", 30], ["Confirmé", 20]), rateMode: "forfait", flatRate: "15" });
    expect(v.cents).toBe(6.5 * 1500);
    expect(methodText(v)).toBe("taux forfaitaire de 15 €/h");
    const note = buildAccounting(v, 2025).note;
    expect(note).not.toContain("taux horaire par");
    expect(note).toContain(
      "La table de taux n'a pas été appliquée : aucune de ses lignes (« Expertize », « Confirmé ») ne correspond à une valeur de la colonne « Niveau » des actions valorisées ; " +
        "toutes les heures sont valorisées au taux forfaitaire de 15 €/h.",
    );
    expect(rateTableWarnings(v)).toHaveLength(3);
  });
  it("says which labels fall back to the SMIC even when every row matched", () => {
    const v = value(byLevel(["Expertise", 30]));
    expect(buildAccounting(v, 2025).note).toContain("Les heures sans taux dans la table sont valorisées au SMIC");
    expect(buildAccounting(v, 2025).note).toContain("« Exécution » : 3 heures");
    expect(rateTableWarnings(v)).toEqual([`${unratedLabelsText(v)}.`]);
    expect(unratedLabelsText(v)).toBe(
      "Heures sans taux dans la table, valorisées au SMIC horaire brut en vigueur à la date de chaque action : « Exécution » (3 h), sans niveau (1,5 h)",
    );
  });
});

describe("nearest text", () => {
  it("measures edits by code point", () => {
    expect(editDistance("expertize", "expertise")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("chef", "chefs")).toBe(1);
    expect(editDistance("👍a", "👍b")).toBe(1);
  });
  it("prefers a text that differs only by accents, case or punctuation, then the closest within two edits", () => {
    expect(nearestText("animateur rice", ["Animat⋅eur⋅rice", "Animateur"])).toBe("Animat⋅eur⋅rice");
    expect(nearestText("Encadremant", ["Encadrement", "Expertise"])).toBe("Encadrement");
    expect(nearestText("Expretise", ["Expertise"])).toBe("Expertise");
    expect(nearestText("Bénévole", ["Dirigeant"])).toBeUndefined();
  });
  it("allows fewer edits for short texts", () => {
    expect(nearestText("CA", ["AG"])).toBeUndefined();
    expect(nearestText("Alicia", ["Alice"])).toBeUndefined();
    expect(nearestText("Alise", ["Alice"])).toBe("Alice");
  });
});

describe("the rate table in the report sheets and the sidebar's settings", () => {
  it("lists the rows not found and the labels valued at the fallback rate in the Valorisation sheet", () => {
    const report = buildYearReport(j, 2025, { valuationSettings: byLevel(["Expertize", 30], ["Exécution", 20]) });
    const sheet = reportSheets(report).find((s) => s.name === "Valorisation")!;
    const rows = sheet.rows.filter((r) => r[0] === "Taux sans correspondance" || r[0] === "Sans taux de la table");
    expect(rows).toEqual([
      ["Taux sans correspondance", expect.stringContaining("La ligne « Expertize » de la table de taux ne correspond à aucune valeur"), "", "", "", ""],
      ["Sans taux de la table", "« Expertise » : SMIC horaire brut en vigueur à la date de chaque action", 2, "", "", ""],
      ["Sans taux de la table", "sans niveau : SMIC horaire brut en vigueur à la date de chaque action", 1.5, "", "", ""],
    ]);
    expect(rows[0]![1]).toContain("(vouliez-vous dire « Expertise » ?)");
  });
  it("refuses in the sidebar's settings a label written twice, on the later row", () => {
    const settings = defaultSettings();
    const rows = [{ label: "Expert", eurosPerHour: "30" }, { label: "Exécution", eurosPerHour: "20" }, { label: " EXPERT", eurosPerHour: "25" }];
    const check = checkSettings({ ...settings, valuation: { ...settings.valuation, rateTable: { key: "niveau", rows } } });
    expect(check).toEqual({ ok: false, errors: { "valuation.rateTable.rows.2.label": "« EXPERT » figure déjà ligne 1." } });
    rows[2]!.label = "Execution";
    expect(checkSettings({ ...settings, valuation: { ...settings.valuation, rateTable: { key: "niveau", rows } } }).ok).toBe(true);
  });
});
