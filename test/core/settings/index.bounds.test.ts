// The sidebar's settings against the bounds of src/core/values/limits.ts: each field in error named by
// the path the page shows it at, with its French message (messages.ts), and nothing accepted.
import { describe, expect, it } from "vitest";
import { type Settings, checkSettings, defaultSettings } from "../../../src/core/settings";
import { fieldMessage } from "../../../src/core/settings/messages";
import { parseValuationSettings } from "../../../src/core/settings/valuation";

const base = defaultSettings();
const withValuation = (valuation: object) => ({ ...base, valuation: { ...base.valuation, ...valuation } });
/** The errors as the page shows them: its own message for a fixed one (the server sends ""). */
const shown = (input: unknown) => {
  const check = checkSettings(input, fieldMessage);
  return check.ok ? "accepté" : check.errors;
};
const RATE = "des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC)";

describe("bounds of the valuation settings", () => {
  it("refuses a coefficient of 99 999 999 999, 1e308 or 0,05, and accepts 0,1 to 10", () => {
    for (const coefficient of ["99999999999", 99_999_999_999, "1e308", 1e308, "0,05", "10,5", "", "Infinity"]) {
      expect(shown(withValuation({ coefficient })), String(coefficient)).toEqual({ "valuation.coefficient": "Coefficient attendu : un nombre de 0,1 à 10, par exemple 1 ou 1,45." });
    }
    for (const coefficient of ["0,1", "1,45", 10, "10"]) expect(checkSettings(withValuation({ coefficient })).ok, String(coefficient)).toBe(true);
  });

  it("refuses an ETP base of 0,000001 h and a rate per km of 1e308", () => {
    expect(shown(withValuation({ etpBase: 0.000001 }))).toEqual({ "valuation.etpBase": "Base ETP attendue : un nombre d'heures de 100 à 2500, par exemple 1607 ou 1820." });
    expect(shown(withValuation({ etpBase: 1820 }))).toBe("accepté");
    expect(shown(withValuation({ mileage: { mode: "taux", eurosPerKm: "1e308" } }))).toEqual({
      "valuation.mileage.eurosPerKm": "Taux kilométrique attendu : des euros par km de 0,01 à 2, par exemple 0,32.",
    });
  });

  it("refuses a flat rate of 1e15 and rate-table rows past the bounds, row by row", () => {
    expect(shown(withValuation({ rateMode: "forfait", flatRate: "1e15" }))).toEqual({ "valuation.flatRate": `Taux forfaitaire attendu : ${RATE}.` });
    expect(shown(withValuation({ rateMode: "forfait", flatRate: "80 x SMIC" }))).toBe("accepté");
    const rows = [{ label: "Expert", eurosPerHour: "1001" }, { label: "Bureau", eurosPerHour: "81 x SMIC" }, { label: "x".repeat(101), eurosPerHour: "12" }];
    expect(shown(withValuation({ rateTable: { key: "niveau", rows } }))).toEqual({
      "valuation.rateTable.rows.0.eurosPerHour": `Taux attendu : ${RATE}.`,
      "valuation.rateTable.rows.1.eurosPerHour": `Taux attendu : ${RATE}.`,
      "valuation.rateTable.rows.2.label": "Libellé manquant ou trop long (100 caractères au plus).",
    });
  });

  it("refuses duplicate rate labels (case and spaces folded) naming the first row", () => {
    const rows = [{ label: "Expert", eurosPerHour: "30" }, { label: " EXPERT", eurosPerHour: "31" }];
    expect(checkSettings(withValuation({ rateTable: { key: "niveau", rows } }))).toEqual({ ok: false, errors: { "valuation.rateTable.rows.1.label": "« EXPERT » figure déjà ligne 1." } });
  });

  it("keeps the engine from valuing out-of-bound settings that reach it by another way", () => {
    expect(() => parseValuationSettings({ coefficient: "99999999999" })).toThrow("Réglage de valorisation invalide : coefficient");
    expect(() => parseValuationSettings({ etpBase: 0.000001 })).toThrow("Réglage de valorisation invalide : base ETP");
  });
});

describe("texts, lists, depth and size of the settings", () => {
  it("bounds every text field", () => {
    const long = (n: number) => "é".repeat(n);
    expect(shown({ ...base, source: { ...base.source, rateSheet: long(101) } })).toEqual({ "source.rateSheet": "Nom de feuille trop long (100 caractères au plus)." });
    expect(shown({ ...base, source: { ...base.source, range: "A1:O123456789" } })).toEqual({
      "source.range": "Plage invalide : écrivez par exemple A1:O500 ou A:O, ou laissez vide pour toute la feuille.",
    });
    expect(shown({ ...base, source: { ...base.source, range: "A1:O12345678" } })).toBe("accepté");
    expect(shown(withValuation({ rateTable: { key: "niveau", header: long(201), rows: [] } }))).toEqual({ "valuation.rateTable.header": "En-tête de la table de taux trop long (200 caractères au plus)." });
    expect(shown(withValuation({ closingDate: "3".repeat(100_000) }))).toEqual({ "valuation.closingDate": "Date de clôture attendue au format JJ/MM (par exemple 31/12)." });
    expect(shown(withValuation({ flatRate: " ".repeat(41) }))).toEqual({ "valuation.flatRate": `Taux forfaitaire attendu : ${RATE}.` });
  });

  it("bounds the CEC lists and their texts", () => {
    const message = "Réglages CEC invalides : 200 éléments au plus par liste, rôles de 100 caractères au plus, noms d'association de 200.";
    expect(shown({ ...base, cec: { qualifyingRoles: Array.from({ length: 201 }, (_, i) => `Rôle ${i}`) } })).toEqual({ "cec.qualifyingRoles": message });
    expect(shown({ ...base, cec: { unclearRoles: ["x".repeat(101)] } })).toEqual({ "cec.unclearRoles.0": message });
    expect(shown({ ...base, cec: { associations: [{ name: "x".repeat(201) }] } })).toEqual({ "cec.associations.0.name": message });
    expect(shown({ ...base, cec: { qualifyingRoles: Array.from({ length: 200 }, (_, i) => `Rôle ${i}`) } })).toBe("accepté");
  });

  it("refuses a rate table or a list of a million items at once, before reading them", () => {
    const rows = Array.from({ length: 1_000_000 }, () => ({ label: "A", eurosPerHour: 1 }));
    const roles = Array.from({ length: 1_000_000 }, () => "Président");
    expect(shown(withValuation({ rateTable: { key: "niveau", rows } }))).toEqual({ "valuation.rateTable": "Table de taux trop longue (200 lignes au plus) : lisez-la depuis une feuille." });
    expect(shown({ ...base, cec: { qualifyingRoles: roles } })).toEqual({
      "cec.qualifyingRoles": "Réglages CEC invalides : 200 éléments au plus par liste, rôles de 100 caractères au plus, noms d'association de 200.",
    });
  });

  it("refuses a deeply nested object in French instead of overflowing the stack", () => {
    const deep = (levels: number) => {
      const root: Record<string, unknown> = {};
      let node = root;
      for (let i = 0; i < levels; i++) node = (node.a = {}) as Record<string, unknown>;
      return root;
    };
    expect(shown({ ...base, source: { ...base.source, sheet: deep(100_000) } })).toEqual({ "source.sheet": "Nom de feuille trop long (100 caractères au plus)." });
    expect(shown({ ...base, association: { ...base.association, name: [deep(100_000)] } })).toEqual({ "association.name": "Nom trop long (200 caractères au plus)." });
    // Under a key no field reads, it is dropped, as any unknown key.
    const check = checkSettings({ ...base, extra: deep(100_000) });
    expect(check.ok && "extra" in check.settings).toBe(false);
    expect(shown(deep(100_000))).toEqual({ version: "Version de réglages inconnue : rechargez le panneau.", source: "Valeur invalide (source).", association: "Valeur invalide (association).", valuation: "Valeur invalide (valuation)." });
  });

  it("keeps a full sidebar of accented text under the stored-size budget, and refuses settings over it", () => {
    const full: Settings = {
      ...base,
      source: { ...base.source, sheet: "é".repeat(100), rolesSheet: "é".repeat(100), aliasSheet: "é".repeat(100), rateSheet: "é".repeat(100), associationSheet: "é".repeat(100) },
      association: { ...base.association, name: "é".repeat(200) },
      valuation: { ...base.valuation, rateTable: { key: "niveau", rows: Array.from({ length: 200 }, (_, i) => ({ label: `${i} ${"é".repeat(95)}`, eurosPerHour: `${"1".repeat(38)} ` })) } },
    };
    // every column chosen, with a header of 200 accented characters
    full.source.columns = Object.fromEntries(["volunteer", "firstName", "lastName", "pseudo", "email", "date", "endDate", "timestamp", "decimalHours", "duration", "startTime", "endTime",
      "category", "project", "level", "distance", "association", "role", "title", "description", "pending"].map((f) => [f, "é".repeat(200)]));
    full.valuation.rateTable!.rows.forEach((r, i) => (r.eurosPerHour = `${i + 1},5 ${" ".repeat(34)}`));
    const check = checkSettings(full);
    expect(check.ok).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(check.ok && check.settings))).toBeLessThan(100_000);
    // Lists the page never writes, each within its own bounds, add up past it.
    const roles = Array.from({ length: 200 }, (_, i) => `${i} ${"é".repeat(95)}`);
    const heavy = { ...base, cec: { qualifyingRoles: roles, unclearRoles: roles } };
    expect(checkSettings(heavy)).toEqual({ ok: false, errors: { "(racine)": "Réglages trop volumineux (117 Ko, 100 Ko au plus) : raccourcissez la table de taux ou lisez-la depuis une feuille." } });
    const withTable = { ...heavy, valuation: { ...base.valuation, rateTable: { key: "niveau", rows: [{ label: "Expert", eurosPerHour: "30" }] } } };
    expect(Object.keys((checkSettings(withTable) as { errors: object }).errors)).toEqual(["valuation.rateTable"]);
  });
});
