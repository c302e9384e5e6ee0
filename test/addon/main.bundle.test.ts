import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../src/addon/registry";
import { MENU_ITEMS } from "../../src/addon/menu";
import { createServices, formatDate, sheetFromRows, type SeedCell } from "../../tools/emulator";
import { loadBundle } from "../../tools/vm/runBundle";
import { listTopLevelFunctions } from "../../tools/vm/topLevelFunctions";

const CODE = "dist/Code.js";
let source = "";
beforeAll(() => {
  source = readFileSync(CODE, "utf8");
});

/**
 * Only what a custom function needs: the spreadsheet's zone, the script's zone, formatDate, and the
 * look-up of an alias table (none here: no saved settings, no sheet « Alias »).
 */
function bareContext(timeZone: string) {
  return {
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone, getSheetByName: () => null }) },
    PropertiesService: { getDocumentProperties: () => ({ getProperties: () => ({}) }) },
    Session: { getScriptTimeZone: () => "UTC" },
    Utilities: { formatDate },
  };
}

describe("dist/Code.js as Apps Script loads it", () => {
  it("holds no export or import statement", () => {
    expect(source).not.toMatch(/^\s*(export|import)\s/m);
  });

  it("declares every entry point at the top level, a custom function with its parameter names (autocomplete shows them)", () => {
    const declared = new Map(listTopLevelFunctions(source).map((f) => [f.name, f]));
    for (const entry of ENTRY_POINTS) {
      // the others pass `arguments` on: onOpen's event, the page's request
      expect(declared.get(entry.name)?.params, entry.name).toEqual(entry.customFunction ? entry.params.map((p) => p.name) : []);
    }
    for (const item of MENU_ITEMS) expect(declared.has(item.functionName), item.functionName).toBe(true);
  });

  it("documents each custom function for autocomplete, in French, with @customfunction", () => {
    const declared = new Map(listTopLevelFunctions(source).map((f) => [f.name, f]));
    const customFunctions = ENTRY_POINTS.filter((e) => e.customFunction);
    expect(customFunctions.map((e) => e.name)).toEqual(expect.arrayContaining(["BENEVOLAT_HEURES", "BENEVOLAT_TOTAUX", "BENEVOLAT_ANOMALIES"]));
    for (const entry of customFunctions) {
      const doc = declared.get(entry.name)!.jsdoc ?? "";
      expect(doc, entry.name).toContain("@customfunction");
      expect(doc).toContain(entry.customFunction!.description);
      for (const p of entry.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} `));
      expect(entry.name.endsWith("_")).toBe(false);
    }
    for (const entry of ENTRY_POINTS.filter((e) => !e.customFunction)) {
      expect(declared.get(entry.name)!.jsdoc ?? "", entry.name).not.toContain("@customfunction");
    }
  });

  it("calls no service while the file loads (global scope runs in AuthMode.NONE too)", () => {
    const { globals, handle } = createServices({ authMode: "NONE" });
    loadBundle(CODE, globals);
    expect(handle.calls.count()).toBe(0);
  });

  it("builds the add-on menu in AuthMode.NONE and calls nothing else", () => {
    const { globals, handle } = createServices({ authMode: "NONE" });
    const bundle = loadBundle(CODE, globals);
    bundle.call("onOpen", { authMode: "NONE" });
    expect(handle.ui.menus).toHaveLength(1);
    expect(handle.ui.menus[0]!.entries.map((e) => ("caption" in e ? e.caption : e.kind))).toEqual(MENU_ITEMS.map((i) => i.caption));
    const called = Object.keys(handle.calls.snapshot()).sort();
    expect(called).toEqual(["Menu.addItem", "Menu.addToUi", "SpreadsheetApp.getUi", "Ui.createAddonMenu"]);
  });
});

const HEADERS = ["Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau"];
function row(first: string, last: string, date: SeedCell, duration: SeedCell, extra: Partial<Record<string, SeedCell>> = {}): SeedCell[] {
  const base: Record<string, SeedCell> = { Prénom: first, Nom: last, Date: date, Durée: duration, "En attente de modération": false, ...extra };
  return HEADERS.map((h) => base[h] ?? "");
}

describe.each(["Pacific/Auckland", "America/Los_Angeles"])("custom functions on a spreadsheet in %s", (timeZone) => {
  const rows: SeedCell[][] = [
    HEADERS,
    row("Alice", "Martin", { date: "2025-01-01" }, { duration: "2:30:00" }, { Catégorie: "Gouvernance (CA, bureau)", "Distance (en km)": 12.5 }),
    row(" alice ", "MARTIN", { date: "2025-12-31" }, { duration: "1:15:00" }, { Catégorie: "Autre" }),
    row("Alice", "Martin", { date: "2024-12-31" }, { duration: "4:00:00" }, { Catégorie: "Autre" }),
    row("Bob", "Durand", { date: "2026-01-01" }, { duration: "3:00:00" }),
    row("Bob", "Durand", { date: "2025-06-15" }, { duration: "26:00:00" }, { "Date de fin": { date: "2025-06-16" } }),
    row("Bob", "Durand", { date: "2025-06-20" }, { duration: "5:00:00" }, { "En attente de modération": true }),
    row("", "", { date: "2025-07-14" }, "", { "Durée (en heures)": 2.25 }),
    row("Chloé", "Petit", "31/02/2025", { duration: "1:00:00" }),
  ];
  let journal: unknown[][];
  let bundle: ReturnType<typeof loadBundle>;
  beforeAll(() => {
    // what Sheets hands a custom function for =f(Journal!A:O): Dates, numbers, booleans, "" down to the last row
    const { handle } = createServices({ timeZone, sheets: [sheetFromRows("Journal", rows, { maxRows: 5000 })] });
    journal = handle.values("Journal!A:O");
    bundle = loadBundle(CODE, bareContext(timeZone));
  });

  it("receives Sheets-typed values and the whole column", () => {
    expect(journal).toHaveLength(5000);
    expect(Object.prototype.toString.call(journal[1]![6])).toBe("[object Date]");
  });

  it("BENEVOLAT_HEURES puts 1 January and 31 December in the right year", () => {
    expect(bundle.call("BENEVOLAT_HEURES", journal, "alice martin", 2025)).toBe(3.75);
    expect(bundle.call("BENEVOLAT_HEURES", journal, "Alice Martin", 2024)).toBe(4);
    expect(bundle.call("BENEVOLAT_HEURES", journal, "Bob Durand", 2026)).toBe(3);
    expect(bundle.call("BENEVOLAT_HEURES", journal, "", 2025, "autre")).toBe(1.25);
    expect(bundle.call("BENEVOLAT_HEURES", journal)).toBe(2.5 + 1.25 + 4 + 3 + 26 + 2.25);
  });

  it("BENEVOLAT_TOTAUX spills a rectangle, most hours first, with the left-out line", () => {
    const table = bundle.call("BENEVOLAT_TOTAUX", journal, 2025) as unknown[][];
    expect(table[0]!.slice(0, 4)).toEqual(["Bénévole", "Heures", "Actions", "Distance (km)"]);
    expect(table.slice(1, 4).map((r) => r.slice(0, 6))).toEqual([
      ["Bob Durand", 26, 1, 0, "15/06/2025", "16/06/2025"],
      ["Alice Martin", 3.75, 2, 12.5, "01/01/2025", "31/12/2025"],
      ["Anonyme", 2.25, 1, 0, "14/07/2025", "14/07/2025"],
    ]);
    expect(table[4]![0]).toBe("2 lignes du journal écartées des totaux, 2 lignes comptées à vérifier : voir =BENEVOLAT_ANOMALIES(journal)");
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
  });

  it("BENEVOLAT_ANOMALIES names the row, the column and the reason", () => {
    expect(bundle.call("BENEVOLAT_ANOMALIES", journal)).toEqual([
      ["Ligne", "Colonne", "Problème", "Type"],
      [9, "Date", "Date illisible « 31/02/2025 » : attendu JJ/MM/AAAA ou AAAA-MM-JJ", "Erreur"],
      [3, "Prénom / Nom", "« alice MARTIN » compté avec « Alice Martin » (même nom, à majuscules et minuscules près)", "À vérifier"],
      [6, "Durée", "Durée de 26 h, plus de 12 h par jour de l'action (2 jours)", "À vérifier"],
      [7, "En attente de modération", "Action en attente de modération : non comptée tant qu'elle n'est pas validée", "En attente de modération"],
    ]);
  });

  it("explains a bad argument in French", () => {
    expect(() => bundle.call("BENEVOLAT_TOTAUX", "Journal!A:O")).toThrow(/journal : attendu une plage/);
    expect(() => bundle.call("BENEVOLAT_TOTAUX", journal, "l'an dernier")).toThrow(/annee : « l'an dernier » n'est pas une année/);
    expect(() => bundle.call("BENEVOLAT_TOTAUX", [["Nom"], ["A"]])).toThrow(/Colonne manquante/);
  });

  it("runs read-only, as Sheets runs custom functions", () => {
    const { globals, handle } = createServices({ timeZone, customFunction: true, sheets: [sheetFromRows("Journal", rows)] });
    const readOnly = loadBundle(CODE, globals);
    const values = handle.values("Journal!A1:O9");
    expect(readOnly.call("BENEVOLAT_HEURES", values, "Bob Durand")).toBe(29);
  });
});
