import { shownErrors } from "./shownErrors";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorld, sheetFromRows } from "../../../tools/emulator";
import { sampleSheets } from "../../../tools/preview/document";
import { SETTINGS, call, requireBuild, sampleWorld } from "./harness";

beforeAll(requireBuild);

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

describe("settings through google.script.run (dist/Code.js in the emulator)", () => {
  it("shows defaults and the detected journal on a fresh document", () => {
    const world = sampleWorld();
    const { value } = call(world, "getSidebarState");
    expect(value.saved).toBe(false);
    expect(value.settings.version).toBe(1);
    expect(value.settings.source.rolesSheet).toBe("Rôles"); // offered, saved only when the user saves
    expect(value.source.roles).toEqual({ sheet: "Rôles", entries: 41, issues: 0, details: [], error: "" });
    expect(value.sheets).toEqual([
      { name: "Journal", report: false, journal: true },
      { name: "Rôles", report: false, journal: false },
    ]);
    expect(value.source).toMatchObject({ ok: true, sheet: "Journal", range: "A1:O2208", rows: 2207, years: [2025, 2024], missing: [], absent: ["Rôle"] });
    expect(value.source.columns.find((c: { label: string }) => c.label === "Date")).toEqual({ field: "date", label: "Date", header: "Date", column: "G", example: "01/01/2024", manual: false });
    expect(value.source).toMatchObject({ ignored: [], notices: [] });
    expect(value.source.headers).toHaveLength(15);
  });

  it("previews the roles-table rows that match nothing in the journal, by row and name", () => {
    const rolesRows = [
      ["Bénévole", "Rôle", "Association"],
      ["Hélène Durand", "Présidente", "Les Jardins Partagés de Belleville"],
      ["Helene Durand", "Présidente", "Les Jardins Partagés de Belleville"],
      ["Hélène Durand", "Présidente", "Les Jardins Partages de Belleville"],
    ];
    const world = createWorld({ timeZone: "Europe/Paris", sheets: sampleSheets({ rolesRows }) });
    const preview = call(world, "previewSource", { sheet: "Journal", rolesSheet: "Rôles" }).value;
    expect(preview.roles).toEqual({
      sheet: "Rôles",
      entries: 3,
      issues: 2,
      details: [
        "ligne 3, colonne « Bénévole » : « Helene Durand » ne correspond à aucun bénévole du journal ; « Hélène Durand » y figure",
        "ligne 4, colonne « Association » : « Les Jardins Partages de Belleville » ne correspond à aucune association du journal ; « Les Jardins Partagés de Belleville » y figure",
      ],
      error: "",
    });
  });

  it("says what is missing when no sheet looks like a journal", () => {
    const world = createWorld({ sheets: [sheetFromRows("Notes", [["Nom", "Commentaire"], ["Alice", "ok"]])] });
    const { value } = call(world, "getSidebarState");
    expect(value.source).toMatchObject({ ok: false, years: [], message: expect.stringContaining("Aucune feuille ne ressemble à un journal") });
    const preview = call(world, "previewSource", { sheet: "Notes" }).value;
    expect(preview).toMatchObject({ ok: false, sheet: "Notes", missing: ["Date", "Durée (ou Heures, ou Heure de début et Heure de fin)"] });
    expect(preview.message).toContain("il manque Date, Durée (ou Heures, ou Heure de début et Heure de fin)");
    expect(preview.columns.map((c: { label: string }) => c.label)).toEqual(["Nom", "Description"]);
    expect(call(world, "previewSource", { sheet: "Absente" }).value.message).toBe("Feuille « Absente » introuvable : choisissez la feuille du journal.");
  });

  it("saves settings and reads them back", () => {
    const world = sampleWorld();
    const saved = call(world, "saveSettings", SETTINGS).value;
    expect(saved).toMatchObject({ ok: true, message: "Réglages enregistrés pour ce classeur." });
    const state = call(world, "getSidebarState").value;
    expect(state.saved).toBe(true);
    expect(state.settings).toEqual(saved.settings);
    expect(state.settings.association).toEqual(SETTINGS.association);
    expect(state.settings.valuation.rateTable).toEqual(SETTINGS.valuation.rateTable);
    expect(state.source.roles).toMatchObject({ sheet: "Rôles", error: "" });
    expect([...world.properties.document.keys()].sort()).toEqual(["valorise.settings", "valorise.settings.1"]);
  });

  it("refuses invalid settings field by field, in French, and stores nothing", () => {
    const world = sampleWorld();
    const bad = {
      ...SETTINGS,
      association: { ...SETTINGS.association, identifier: "12AB", declaredOn: "2015-13-45" },
      valuation: { ...SETTINGS.valuation, coefficient: "beaucoup", etpBase: -3, rateTable: { key: "niveau", rows: [{ label: "Expertise", eurosPerHour: "x" }] } },
    };
    const { value } = call(world, "saveSettings", bad);
    expect(value.ok).toBe(false);
    expect(shownErrors(value.errors)).toEqual({
      "association.identifier": "SIREN (9 chiffres) ou numéro RNA (W suivi de 9 caractères) attendu.",
      "association.declaredOn": "Date invalide : choisissez une date (AAAA-MM-JJ).",
      "valuation.coefficient": "Coefficient attendu : un nombre de 0,1 à 10, par exemple 1 ou 1,45.",
      "valuation.etpBase": "Base ETP attendue : un nombre d'heures de 100 à 2500, par exemple 1607 ou 1820.",
      "valuation.rateTable.rows.0.eurosPerHour": "Taux attendu : des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC).",
    });
    expect(world.properties.document.size).toBe(0);
  });

  it("refuses a closing day that does not exist every year, naming it and why", () => {
    const world = sampleWorld();
    const closing = (closingDate: string) => call(world, "saveSettings", { ...SETTINGS, valuation: { ...SETTINGS.valuation, closingDate } }).value;
    // The page sends "02-29" for an older setting, and what it cannot read ("29/02", "31/13") as typed.
    for (const [value, message] of [
      ["02-29", "« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03."],
      ["29/02", "« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03."],
      ["31/13", "« 31/13 » n'existe pas : il n'y a pas de mois 13."],
      ["31-12", "« 31-12 » n'est pas une date de clôture : écrivez JJ/MM, par exemple 31/12 ou 30/06."],
    ]) expect(closing(value!)).toMatchObject({ ok: false, errors: { "valuation.closingDate": message } });
    expect(world.properties.document.size).toBe(0);
    expect(closing("06-30").ok).toBe(true);
  });

  it("reads null as a value not given (google.script.run may send one for undefined)", () => {
    const world = sampleWorld();
    const withNulls = { ...SETTINGS, source: { ...SETTINGS.source, range: null }, valuation: { ...SETTINGS.valuation, flatRate: null, mileage: { ...SETTINGS.valuation.mileage, eurosPerKm: null } } };
    expect(call(world, "saveSettings", withNulls).value.ok).toBe(true);
  });

  it("treats every argument as untrusted input", () => {
    const world = sampleWorld();
    for (const input of [undefined, null, 42, "réglages", [], { version: 2 }, { ...SETTINGS, source: { sheet: 5 } }, { ...SETTINGS, extra: "<script>" , version: "1" }]) {
      const { value } = call(world, "saveSettings", input);
      expect(value.ok).toBe(false);
      expect(value.message).toBe("Des réglages sont à corriger (voir les champs en rouge).");
    }
    for (const input of [undefined, { year: "2025" }, { year: 2025.5 }, { year: 2025, settings: "x" }]) {
      expect(call(world, "generateReport", input).value.ok).toBe(false);
      expect(call(world, "getDownloads", input).value.ok).toBe(false);
    }
    expect(call(world, "generateReport", { year: "2025" }).value.message).toContain("Demande invalide");
    expect(call(world, "previewSource", 42).value).toMatchObject({ ok: false, message: "Source invalide : vérifiez le nom de la feuille, la plage et les colonnes choisies." });
    expect(call(world, "openReportSheet", { sheetId: 0 }).value.ok).toBe(false); // the journal is not a report sheet
    expect(world.properties.document.size).toBe(0);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Journal", "Rôles"]);
  });

  it("splits large settings into parts under the 9 KB per value limit", () => {
    const world = sampleWorld();
    const rows = Array.from({ length: 200 }, (_, i) => ({ label: `Niveau d'intervention très détaillé n° ${i} — « éàèùç » ${"é".repeat(40)}`, eurosPerHour: `${10 + i},5` }));
    const big = { ...SETTINGS, valuation: { ...SETTINGS.valuation, rateTable: { key: "niveau", rows } } };
    expect(call(world, "saveSettings", big).value.ok).toBe(true);
    const store = world.properties.document;
    const parts = Number(store.get("valorise.settings"));
    expect(parts).toBeGreaterThan(2);
    for (const [key, value] of store) expect(utf8(value), key).toBeLessThan(9 * 1024);
    expect(call(world, "getSidebarState").value.settings.valuation.rateTable.rows).toEqual(rows);

    // Saving smaller settings afterwards drops the parts no longer used.
    expect(call(world, "saveSettings", SETTINGS).value.ok).toBe(true);
    expect(store.size).toBe(2);
    const tooLong = { ...SETTINGS, valuation: { ...SETTINGS.valuation, rateTable: { key: "niveau", rows: [...rows, { label: "x", eurosPerHour: 1 }] } } };
    expect(call(world, "saveSettings", tooLong).value.errors).toEqual({ "valuation.rateTable": "Table de taux trop longue (200 lignes au plus) : lisez-la depuis une feuille." });
  });

  it("falls back to defaults, with a note, when stored settings are unreadable", () => {
    const world = sampleWorld();
    world.properties.document.set("valorise.settings", "1");
    world.properties.document.set("valorise.settings.1", "{pas du json");
    const state = call(world, "getSidebarState").value;
    expect(state.saved).toBe(false);
    expect(state.problem).toBe("Les réglages enregistrés sont illisibles : les valeurs par défaut sont affichées.");
  });
});
