import { beforeAll, describe, expect, it } from "vitest";
import { type World, createServices, sheetFromRows } from "../../../tools/emulator";
import { loadBundle } from "../../../tools/vm/runBundle";
import { ASSOCIATIONS, CODE, SETTINGS, call, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const HELENE = [["Nom dans le journal", "Nom retenu"], ["Helene Durand", "Hélène Durand"]];

/** The sample journal with its first action done by "Helene Durand" (the journal also has "Hélène Durand"). */
function heleneWorld(extra: Parameters<typeof sampleWorld>[0] = []): World {
  const world = sampleWorld(extra);
  const journal = world.spreadsheet.sheetByName("Journal")!;
  journal.setValue(2, 1, "Helene");
  journal.setValue(2, 2, "Durand");
  return world;
}

/** A custom function run as Sheets runs it (read-only, fresh bundle), with its service calls. */
function customFunction(world: World, name: string, ...args: unknown[]) {
  const services = createServices({ world, customFunction: true });
  const bundle = loadBundle(CODE, services.globals);
  const journal = services.handle.values("Journal!A:O");
  services.handle.calls.reset();
  try {
    return { value: bundle.call(name, journal, ...args), calls: services.handle.calls.snapshot() };
  } catch (error) {
    return { error: (error as Error).message, calls: services.handle.calls.snapshot() };
  }
}

const settings = { ...SETTINGS, source: { ...SETTINGS.source, rolesSheet: "" } };

describe("« Créer la table des alias »", () => {
  it("creates the sheet Alias with its two headers, bold, frozen, as text, marked as Valorise's own", () => {
    const world = sampleWorld();
    call(world, "saveSettings", settings);
    const { value, calls } = call(world, "createAliasTable", { sheet: "" });
    expect(value).toEqual({
      ok: true, sheet: "Alias", created: true,
      message: "Feuille « Alias » créée : une ligne par nom à regrouper, tel qu'écrit dans le journal, puis le nom à retenir.",
    });
    expect(calls["LockService.getDocumentLock"]).toBe(1);
    const alias = world.spreadsheet.sheetByName("Alias")!;
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Journal", "Rôles", "Alias"]);
    expect([alias.getValue(1, 1), alias.getValue(1, 2)]).toEqual(["Nom dans le journal", "Nom retenu"]);
    expect(alias.frozenRows).toBe(1);
    expect(alias.styles).toContainEqual({ a1: "A1:B1", property: "fontWeight", value: "bold" });
    expect([alias.getFormat(1, 1), alias.getFormat(2, 2), alias.getFormat(1000, 1)]).toEqual(["@", "@", "@"]);
    expect(alias.metadata).toEqual([{ id: expect.any(Number), key: "valorise.alias", value: String(alias.sheetId), visibility: "PROJECT" }]);
    // Saved settings now point at it.
    expect(call(world, "getSidebarState").value.settings.source.aliasSheet).toBe("Alias");
  });

  it("never writes to a sheet of that name: the settings are only pointed at it", () => {
    const world = sampleWorld([sheetFromRows("noms", [["Mes notes"], ["à garder"]])]);
    call(world, "saveSettings", settings);
    const before = sheetDump(world, "noms");
    const { value } = call(world, "createAliasTable", { sheet: "Noms" });
    expect(value).toMatchObject({ ok: true, sheet: "noms", created: false });
    expect(value.message).toBe("La feuille « noms » existe déjà : elle n'a pas été modifiée et sert de table des alias.");
    expect(sheetDump(world, "noms")).toBe(before);
    expect(world.spreadsheet.sheets).toHaveLength(3);
    expect(call(world, "getSidebarState").value.settings.source.aliasSheet).toBe("noms");
    // Its headers are not an alias table's: said in the preview.
    expect(call(world, "previewSource", { sheet: "Journal", aliasSheet: "noms" }).value).toMatchObject({
      ok: false,
      message: "Table des alias : colonnes « Nom dans le journal » et « Nom retenu » attendues en première ligne. En-têtes trouvés : « Mes notes ».",
    });
  });

  it("creates it once: a second click finds the table and keeps what was typed in it", () => {
    const world = sampleWorld();
    call(world, "createAliasTable", { sheet: "" });
    world.spreadsheet.sheetByName("Alias")!.setValue(2, 1, "Helene Durand");
    const before = sheetDump(world, "Alias");
    expect(call(world, "createAliasTable", { sheet: "" }).value).toMatchObject({ ok: true, sheet: "Alias", created: false });
    expect(sheetDump(world, "Alias")).toBe(before);
    expect(world.properties.document.size).toBe(0); // unsaved settings stay unsaved: the page shows the table in its field
  });

  it("waits for a report being written, and refuses an invalid request", () => {
    const world = sampleWorld();
    const first = createServices({ world });
    expect(first.globals.LockService.getDocumentLock().tryLock(30_000)).toBe(true);
    expect(call(world, "createAliasTable", { sheet: "" }).value).toMatchObject({ ok: false, busy: true });
    expect(world.spreadsheet.sheetByName("Alias")).toBeUndefined();
    first.handle.endExecution();
    expect(call(world, "createAliasTable", { sheet: 12 }).value).toEqual({
      ok: false, message: "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau).",
    });
  });

  it("is never taken for a journal, nor rewritten or deleted by a report", () => {
    const world = sampleWorld();
    call(world, "createAliasTable", { sheet: "" });
    const alias = world.spreadsheet.sheetByName("Alias")!;
    // The user adds columns that look like a journal's and moves the table first.
    ["Bénévole", "Date", "Durée"].forEach((h, j) => alias.setValue(1, 3 + j, h));
    world.spreadsheet.sheets.unshift(world.spreadsheet.sheets.pop()!);
    const before = sheetDump(world, "Alias");
    const state = call(world, "getSidebarState").value;
    expect(state.source.sheet).toBe("Journal");
    expect(state.sheets[0]).toEqual({ name: "Alias", report: false, journal: false });

    const { value } = call(world, "generateReport", { year: 2025, settings: { ...settings, source: { ...settings.source, sheet: "" } } });
    expect(value.ok, value.message).toBe(true);
    call(world, "generateReport", { year: 2025 });
    expect(sheetDump(world, "Alias")).toBe(before);
  });
});

describe("the alias table in the sidebar and the custom functions", () => {
  it("is read by the preview, the report and the custom functions alike", () => {
    const world = heleneWorld();
    const without = call(world, "previewSource", { sheet: "Journal" }).value;
    expect(without.aliases).toBeNull();
    expect(without.findings.duplicates).toBe(1);
    expect(without.findings.details[0]).toMatch(/^« Helene Durand » \(3 h, 1 action, ligne 2\) et « Hélène Durand » \(/);
    const separate = customFunction(world, "BENEVOLAT_HEURES", "Helene Durand");
    expect(separate.value).toBe(3);

    createServices({ world }).handle.addSheet(sheetFromRows("Alias", HELENE)); // found by its name when the settings name none
    const preview = call(world, "previewSource", { sheet: "Journal" }).value;
    expect(preview.aliases).toEqual({ sheet: "Alias", entries: 1 });
    expect(preview.findings.duplicates).toBe(0);
    const { value } = call(world, "generateReport", { year: 2024, settings });
    expect(value.ok, value.message).toBe(true);
    const helene = customFunction(world, "BENEVOLAT_HEURES", "Hélène Durand", 2024).value as number;
    // The function counts across the associations; each association's Bénévoles sheet its own hours.
    const benevoles = ASSOCIATIONS.map((a) => world.spreadsheet.sheetByName(`Valorise 2024 – Bénévoles – ${a}`)!);
    const rows = benevoles.map((sheet) => sheet.values.find((r) => r?.[0] === "Hélène Durand"));
    expect(rows[0]).toBeDefined(); // the action renamed is the Amicale's
    expect(rows.reduce((sum, r) => sum + Number(r?.[1] ?? 0), 0)).toBeCloseTo(helene, 2);
    expect(customFunction(world, "BENEVOLAT_HEURES", "Helene Durand").value).toBe(customFunction(world, "BENEVOLAT_HEURES", "Hélène Durand").value);
    expect(benevoles.some((sheet) => sheet.values.some((r) => r?.[0] === "Helene Durand"))).toBe(false);
  });

  it("is the sheet the saved settings name, and costs a custom function no read when there is none", () => {
    const world = heleneWorld([sheetFromRows("Regroupements", HELENE)]);
    const none = customFunction(world, "BENEVOLAT_HEURES", "Helene Durand");
    expect(none.value).toBe(3);
    expect(none.calls).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1, "Spreadsheet.getSpreadsheetTimeZone": 1, "Spreadsheet.getSheetByName": 1,
      "PropertiesService.getDocumentProperties": 1, "Properties.getProperties": 1, "Utilities.formatDate": expect.any(Number),
    });

    call(world, "saveSettings", { ...settings, source: { ...settings.source, aliasSheet: "Regroupements" } });
    const named = customFunction(world, "BENEVOLAT_HEURES", "Helene Durand");
    expect(named.value).toBeGreaterThan(3);
    expect(named.calls).toMatchObject({ "Sheet.getDataRange": 1, "Range.getValues": 1 });
    expect(call(world, "getSidebarState").value.source.aliases).toEqual({ sheet: "Regroupements", entries: 1 });
  });

  it("says in French, in the sidebar and in the cell, when the table cannot be read", () => {
    const world = sampleWorld([sheetFromRows("Alias", [["Ancien nom", "Nouveau nom"], ["Helene Durand", "Hélène Durand"]])]);
    const message = "Table des alias : colonnes « Nom dans le journal » et « Nom retenu » attendues en première ligne. En-têtes trouvés : « Ancien nom », « Nouveau nom ».";
    expect(call(world, "previewSource", { sheet: "Journal" }).value).toMatchObject({ ok: false, message, years: [] });
    expect(call(world, "generateReport", { year: 2025, settings }).value).toEqual({ ok: false, message });
    expect(customFunction(world, "BENEVOLAT_TOTAUX", 2025).error).toBe(message);
    expect(world.spreadsheet.sheets).toHaveLength(3); // nothing written

    const missing = { ...settings, source: { ...settings.source, aliasSheet: "Supprimée" } };
    expect(call(world, "generateReport", { year: 2025, settings: missing }).value.message).toBe("Feuille « Supprimée » introuvable (table des alias).");
    call(world, "saveSettings", missing);
    expect(customFunction(world, "BENEVOLAT_HEURES").error).toBe("Feuille « Supprimée » introuvable (table des alias).");
  });
});
