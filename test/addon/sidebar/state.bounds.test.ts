// The sidebar's server functions (dist/Code.js in the emulator) against the bounds of
// src/core/values/limits.ts: a field in error comes back under the path the page shows it at, and
// nothing is stored nor written; the property store's own refusal is said in French.
import { beforeAll, describe, expect, it } from "vitest";
import { SETTINGS, call, requireBuild, sampleWorld } from "./harness";
import { shownErrors } from "./shownErrors";

beforeAll(requireBuild);

const withValuation = (valuation: object) => ({ ...SETTINGS, valuation: { ...SETTINGS.valuation, ...valuation } });
const TO_FIX = "Des réglages sont à corriger (voir les champs en rouge).";

describe("values out of their bounds, through google.script.run", () => {
  it("refuses a coefficient of 99 999 999 999 or 1e308 on its field, stores nothing, and Générer writes nothing", () => {
    for (const coefficient of ["99999999999", "1e308"]) {
      const world = sampleWorld();
      const saved = call(world, "saveSettings", withValuation({ coefficient })).value;
      expect(saved).toEqual({ ok: false, errors: { "valuation.coefficient": "" }, message: TO_FIX });
      expect(shownErrors(saved.errors)).toEqual({ "valuation.coefficient": "Coefficient attendu : un nombre de 0,1 à 10, par exemple 1 ou 1,45." });
      const generated = call(world, "generateReport", { year: 2025, settings: withValuation({ coefficient }) }).value;
      expect(generated).toEqual({ ok: false, message: TO_FIX, errors: { "valuation.coefficient": "" } });
      expect(call(world, "getDownloads", { year: 2025, settings: withValuation({ coefficient }) }).value).toEqual({ ok: false, message: TO_FIX });
      expect(world.properties.document.size).toBe(0);
      expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Journal", "Rôles"]);
    }
  });

  it("refuses an ETP base of 0,000001 h, a flat rate of 1e15 and a rate per km of 1e308, each on its field", () => {
    const world = sampleWorld();
    const bad = withValuation({ etpBase: 0.000001, rateMode: "forfait", flatRate: "1e15", mileage: { mode: "taux", eurosPerKm: "1e308" } });
    const { value } = call(world, "saveSettings", bad);
    expect(shownErrors(value.errors)).toEqual({
      "valuation.etpBase": "Base ETP attendue : un nombre d'heures de 100 à 2500, par exemple 1607 ou 1820.",
      "valuation.mileage.eurosPerKm": "Taux kilométrique attendu : des euros par km de 0,01 à 2, par exemple 0,32.",
      "valuation.flatRate": "Taux forfaitaire attendu : des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC).",
    });
    expect(world.properties.document.size).toBe(0);
  });

  it("refuses duplicate rate labels on every path: saving, generating and downloading with the form's settings", () => {
    const world = sampleWorld();
    const rateTable = { key: "niveau", rows: [{ label: "Expertise", eurosPerHour: "25" }, { label: "expertise ", eurosPerHour: "30" }] };
    const errors = { "valuation.rateTable.rows.1.label": "« expertise » figure déjà ligne 1." };
    expect(call(world, "saveSettings", withValuation({ rateTable })).value).toEqual({ ok: false, errors, message: TO_FIX });
    expect(call(world, "generateReport", { year: 2025, settings: withValuation({ rateTable }) }).value).toEqual({ ok: false, message: TO_FIX, errors });
    expect(call(world, "getDownloads", { year: 2025, settings: withValuation({ rateTable }) }).value).toEqual({ ok: false, message: TO_FIX });
    expect(world.properties.document.size).toBe(0);
  });

  it("refuses a deeply nested object in French instead of overflowing the stack", () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 100_000; i++) node = (node.a = {}) as Record<string, unknown>;
    const world = sampleWorld();
    const { value } = call(world, "saveSettings", { ...SETTINGS, association: { ...SETTINGS.association, name: deep } });
    expect(value).toEqual({ ok: false, errors: { "association.name": "" }, message: TO_FIX });
    expect(shownErrors(value.errors)).toEqual({ "association.name": "Nom trop long (200 caractères au plus)." });
    expect(call(world, "generateReport", { year: 2025, settings: deep }).value.message).toBe(TO_FIX);
    expect(world.properties.document.size).toBe(0);
  });

  it("refuses settings past the stored-size budget, and says the property store's own refusal in French", () => {
    const world = sampleWorld();
    const roles = Array.from({ length: 200 }, (_, i) => `${i} ${"é".repeat(95)}`);
    expect(call(world, "saveSettings", { ...SETTINGS, cec: { qualifyingRoles: roles, unclearRoles: roles } }).value).toEqual({
      ok: false, errors: { "valuation.rateTable": "Réglages trop volumineux (118 Ko, 100 Ko au plus) : raccourcissez la table de taux ou lisez-la depuis une feuille." }, message: TO_FIX,
    });
    expect(world.properties.document.size).toBe(0);
    // Settings within the budget, in a store another property has nearly filled (500 KB a store).
    for (let i = 0; i < 55; i++) world.properties.document.set(`autre.${i}`, "x".repeat(9000));
    const big = withValuation({ rateTable: { key: "niveau", rows: Array.from({ length: 200 }, (_, i) => ({ label: `Niveau ${i} ${"é".repeat(80)}`, eurosPerHour: "12" })) } });
    const { value } = call(world, "saveSettings", big);
    expect(value).toEqual({
      ok: false, errors: {},
      message: "Réglages non enregistrés : Google Sheets refuse de les stocker dans ce classeur (quota atteint ou service indisponible). Réessayez plus tard.",
    });
    expect([...world.properties.document.keys()].filter((k) => k.startsWith("valorise"))).toEqual([]);
    const generated = call(world, "generateReport", { year: 2025, settings: big }).value;
    expect(generated).toEqual({ ok: false, message: value.message });
  });
});
