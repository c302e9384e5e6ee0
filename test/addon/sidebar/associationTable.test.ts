import { shownErrors } from "./shownErrors";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readAssociationSheet } from "../../../src/addon/sheets/associationSheet";
import { dayFromParts } from "../../../src/core/values/calendar";
import { type World, createServices, sheetFromRows } from "../../../tools/emulator";
import { SETTINGS, call, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);
afterEach(() => vi.unstubAllGlobals());

const HEADERS = ["Association", "SIREN", "RNA", "Date de déclaration", "Article 200 du CGI", "Plan comptable", "Clôture", "Territoire", "Adresse", "Objet", "Aide aux personnes en difficulté"];
const PREFILLED = ["", "", "", "à vérifier", "ANC 2018-06", "31/12", "métropole", "", "", ""];
const JOURNAL = { sheet: "Journal", range: "", aliasSheet: "" };

/** The sheet's values as getValues hands them to a script (Dates for date cells). */
function values(world: World, name: string): unknown[][] {
  return createServices({ world }).handle.values(`${name}!A1:K10`).filter((r) => r.some((c) => c !== ""));
}

describe("« Créer la table des associations »", () => {
  it("creates the sheet Associations with its headers and one row per association of the journal, marked as Valorise's own", () => {
    const world = sampleWorld();
    const { value, calls } = call(world, "createAssociationTable", { sheet: "", source: JOURNAL });
    expect(value).toEqual({
      ok: true, sheet: "Associations", created: true,
      message: "Feuille « Associations » créée avec 3 associations du journal : une ligne par association, à compléter.",
    });
    expect(calls["LockService.getDocumentLock"]).toBe(1);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Journal", "Rôles", "Associations"]);
    expect(values(world, "Associations")).toEqual([
      HEADERS,
      ["Amicale Laïque de Quimper", ...PREFILLED],
      ["Club Sportif de Villeurbanne", ...PREFILLED],
      ["Les Jardins Partagés de Belleville", ...PREFILLED],
    ]);
    const sheet = world.spreadsheet.sheetByName("Associations")!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.styles).toContainEqual({ a1: "A1:K1", property: "fontWeight", value: "bold" });
    // the name, SIREN, RNA and Clôture as text down the whole sheet; the other columns read as typed.
    expect([1, 2, 3, 7].flatMap((c) => [sheet.getFormat(1, c), sheet.getFormat(1000, c)])).toEqual(Array(8).fill("@"));
    expect([sheet.getFormat(5, 4), sheet.getFormat(5, 5)]).toEqual([undefined, undefined]);
    expect(sheet.metadata).toEqual([{ id: expect.any(Number), key: "valorise.associations", value: String(sheet.sheetId), visibility: "PROJECT" }]);
    // Never taken for a journal nor for a report.
    expect(call(world, "getSidebarState").value.sheets[2]).toEqual({ name: "Associations", report: false, journal: false });
  });

  it("groups the journal's spellings with the alias table, and takes the sheet name the settings give", () => {
    const world = sampleWorld([sheetFromRows("Alias", [["Nom dans le journal", "Nom retenu"], ["Club Sportif de Villeurbanne", "CS Villeurbanne"]])]);
    const { value } = call(world, "createAssociationTable", { sheet: "Fiches", source: { ...JOURNAL, aliasSheet: "Alias" } });
    expect(value).toMatchObject({ ok: true, sheet: "Fiches", created: true });
    expect(values(world, "Fiches").map((r) => r[0])).toEqual(["Association", "Amicale Laïque de Quimper", "CS Villeurbanne", "Les Jardins Partagés de Belleville"]);
  });

  it("writes the headers only when the journal cannot be read, and says why", () => {
    const world = sampleWorld();
    expect(call(world, "createAssociationTable", { sheet: "", source: { sheet: "Absente" } }).value).toEqual({
      ok: true, sheet: "Associations", created: true,
      message: "Feuille « Associations » créée, sans les noms du journal : Feuille « Absente » introuvable : choisissez la feuille du journal.",
    });
    expect(values(world, "Associations")).toEqual([HEADERS]);

    const other = sampleWorld();
    expect(call(other, "createAssociationTable", { sheet: "", source: { range: "n'importe où" } }).value.message).toBe(
      "Feuille « Associations » créée, sans les noms du journal : Source invalide : vérifiez le nom de la feuille, la plage et les colonnes choisies.",
    );
    expect(values(other, "Associations")).toEqual([HEADERS]);
  });

  it("never writes to a sheet of that name, whatever its letter case", () => {
    const world = sampleWorld([sheetFromRows("associations", [["Mes notes"], ["à garder"]])]);
    const before = sheetDump(world, "associations");
    expect(call(world, "createAssociationTable", { sheet: "", source: JOURNAL }).value).toEqual({
      ok: false, message: "La feuille « associations » existe déjà : Valorise ne la modifie pas.",
    });
    expect(sheetDump(world, "associations")).toBe(before);
    expect(world.spreadsheet.sheets).toHaveLength(3);

    // A second click keeps what was typed in the table it created.
    const again = sampleWorld();
    call(again, "createAssociationTable", { sheet: "", source: JOURNAL });
    again.spreadsheet.sheetByName("Associations")!.setValue(2, 2, "732829320");
    const typed = sheetDump(again, "Associations");
    expect(call(again, "createAssociationTable", { sheet: "", source: JOURNAL }).value.ok).toBe(false);
    expect(sheetDump(again, "Associations")).toBe(typed);
  });

  it("waits for a report being written, and refuses an invalid request", () => {
    const world = sampleWorld();
    const first = createServices({ world });
    expect(first.globals.LockService.getDocumentLock().tryLock(30_000)).toBe(true);
    expect(call(world, "createAssociationTable", { sheet: "", source: JOURNAL }).value).toMatchObject({ ok: false, busy: true });
    expect(world.spreadsheet.sheetByName("Associations")).toBeUndefined();
    first.handle.endExecution();
    expect(call(world, "createAssociationTable", { sheet: 12 }).value).toEqual({
      ok: false, message: "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau).",
    });
  });

  it("keeps the sheet name of the settings when they are saved", () => {
    const world = sampleWorld();
    const settings = { ...SETTINGS, source: { ...SETTINGS.source, associationSheet: "Fiches" } };
    expect(call(world, "saveSettings", settings).value.ok).toBe(true);
    expect(call(world, "getSidebarState").value.settings.source.associationSheet).toBe("Fiches");
    const long = { ...SETTINGS, source: { ...SETTINGS.source, associationSheet: "x".repeat(101) } };
    expect(shownErrors(call(world, "saveSettings", long).value.errors)).toEqual({ "source.associationSheet": "Nom de feuille trop long (100 caractères au plus)." });
  });
});

describe("readAssociationSheet", () => {
  /** The emulator's Apps Script globals for a direct call of the add-on's code. */
  function spreadsheetOf(world: World) {
    const { globals } = createServices({ world });
    vi.stubGlobal("Utilities", globals.Utilities);
    return globals.SpreadsheetApp.getActiveSpreadsheet();
  }

  it("reads what the treasurer types in the created sheet: a SIREN with its leading zero, a date, a closing day", () => {
    const world = sampleWorld();
    call(world, "createAssociationTable", { sheet: "", source: JOURNAL });
    const spreadsheet = spreadsheetOf(world);
    const sheet = spreadsheet.getSheetByName("Associations")!;
    // Typed as a user types: Sheets reads "01/03/2015" as a date, keeps the text columns as text.
    sheet.getRange("B2:G2").setValues([["012345674", "W292001234", "01/03/2015", "oui", "ANC 2018-06", "30/06"]]);
    sheet.getRange("B3:D3").setValues([["123456789", "", "2099-01-01"]]);
    expect(sheet.getRange("B2:D2").getValues()[0]![0]).toBe("012345674");
    expect(sheet.getRange("D2").getValue()).toBeInstanceOf(Date);

    const read = readAssociationSheet(spreadsheet)!;
    expect(read.sheet).toBe("Associations");
    expect(read.table.rows[0]).toEqual({
      row: 2, name: "Amicale Laïque de Quimper", siren: "012345674", rna: "W292001234", declaredDay: dayFromParts(2015, 3, 1),
      article200: "oui", chart: "ANC 2018-06", closingDate: "06-30", territory: "metropole",
    });
    expect(read.table.issues).toEqual([
      { row: 3, column: "SIREN", problem: "« 123456789 » a une clé de contrôle fausse (9e chiffre). Cellule ignorée." },
      { row: 3, column: "Date de déclaration", problem: "« 01/01/2099 » est dans le futur. Cellule ignorée." },
    ]);
    expect(read.table.rows[1]).toMatchObject({ name: "Club Sportif de Villeurbanne", article200: "à vérifier", closingDate: "12-31" });
  });

  it("is the sheet the settings name, none when there is no sheet « Associations », and an error when the named one is missing", () => {
    const world = sampleWorld([
      sheetFromRows("Fiches", [["Nom de l'association", "N° SIREN"], ["Amicale", "732 829 320"]]),
      sheetFromRows("Notes", [["Nom", "SIREN"], ["Amicale", "732 829 320"]]),
    ]);
    const spreadsheet = spreadsheetOf(world);
    expect(readAssociationSheet(spreadsheet)).toBeUndefined();
    expect(readAssociationSheet(spreadsheet, "Fiches")!.table.rows).toEqual([{ row: 2, name: "Amicale", siren: "732829320", article200: "à vérifier" }]);
    expect(() => readAssociationSheet(spreadsheet, "Supprimée")).toThrow("Feuille « Supprimée » introuvable (table des associations).");
    expect(() => readAssociationSheet(spreadsheet, "Notes")).toThrow("Table des associations : colonne « Association » attendue en première ligne. En-têtes trouvés : « Nom », « SIREN ».");
  });
});

describe("« Créer la table des bénévoles »", () => {
  it("writes the journal's names as they are: a pseudo « =^.^= », « 007 », an apostrophe, never a formula nor a number", () => {
    const odd = ["=^.^=", "007", "'Tis", "+33 Club"];
    const world = sampleWorld([], [["Bénévole", "Date", "Durée"], ...odd.map((name, i) => [name, `0${i + 1}/03/2025`, "2"])]);
    const source = { ...JOURNAL, rolesSheet: "" };
    expect(call(world, "createAssociationTable", { sheet: "", source, table: "benevoles" }).value).toMatchObject({ ok: true });
    const sheet = world.spreadsheet.sheetByName("Fiches bénévoles")!;
    expect(sheet.values.slice(1, 5).map((r) => r?.[0]).sort()).toEqual([...odd].sort());
    expect([...sheet.formulas]).toEqual([]);
    // typed later in the name column, « 008 » stays the text the journal will hold
    expect(sheet.getFormat(1000, 1)).toBe("@");
  });

  it("creates « Fiches bénévoles » with its headers and one row per named volunteer of the journal, read back as the volunteers table", () => {
    const world = sampleWorld();
    const { value } = call(world, "createAssociationTable", { sheet: "Ignorée", source: JOURNAL, table: "benevoles" });
    expect(value).toMatchObject({ ok: true, sheet: "Fiches bénévoles", created: true });
    expect(value.message).toMatch(/^Feuille « Fiches bénévoles » créée avec \d+ bénévoles du journal : une ligne par bénévole, à compléter\.$/);
    const rows = createServices({ world }).handle.values("Fiches bénévoles!A1:F200").filter((r) => r.some((c) => c !== ""));
    expect(rows[0]).toEqual(["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"]);
    const names = rows.slice(1).map((r) => r[0] as string);
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));
    expect(names).not.toContain("Anonyme");
    expect(rows.slice(1).every((r) => r.slice(1).every((c) => c === ""))).toBe(true);
    // Adresse and CV as text: « 05 » or « 5 CV » stay as typed
    const sheet = world.spreadsheet.sheetByName("Fiches bénévoles")!;
    expect([2, 4].map((c) => sheet.getFormat(1000, c))).toEqual(["@", "@"]);
    // the report reads it: every name matches a person of the journal, no issue
    const report = call(world, "generateReport", { year: 2025, settings: SETTINGS }).value;
    expect(report.ok).toBe(true);
    expect(report.message).not.toContain("Table des bénévoles");
    // a second click changes nothing
    expect(call(world, "createAssociationTable", { sheet: "", source: JOURNAL, table: "benevoles" }).value).toEqual({
      ok: false, message: "La feuille « Fiches bénévoles » existe déjà : Valorise ne la modifie pas.",
    });
  });
});
