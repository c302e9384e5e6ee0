import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type World, createWorld, sheetFromRows } from "../../../tools/emulator";
import { DEFAULT_CATEGORIES, JOURNAL_TEMPLATE } from "../../../src/core/journal/template";
import { parseCsv } from "../../../src/local/readers/csv";
import { call, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const blank = (...extra: ReturnType<typeof sheetFromRows>[]): World =>
  createWorld({ timeZone: "Europe/Paris", sheets: [sheetFromRows("Feuille 1", []), ...extra] });

/** What the page sends for « Créer une feuille Journal » (src/sidebar/journalStart.ts). */
const TEMPLATE = {
  name: "Journal",
  rows: [JOURNAL_TEMPLATE.map((c) => c.header)],
  headerNotes: JOURNAL_TEMPLATE.map((c) => c.note),
  checks: JOURNAL_TEMPLATE.map((c) => c.check ?? null),
};

const column = (header: string) => JOURNAL_TEMPLATE.findIndex((c) => c.header === header) + 1;

describe("« Créer une feuille Journal » (createJournalSheet with the template)", () => {
  it("adds a last sheet Journal: headers bold and frozen, a note under each, dates, hours, km and categories checked", () => {
    const world = blank();
    const { value, calls } = call(world, "createJournalSheet", TEMPLATE);
    const sheet = world.spreadsheet.sheetByName("Journal")!;
    expect(value).toEqual({ ok: true, sheet: "Journal", sheetId: sheet.sheetId, rows: 1 });
    expect(calls["LockService.getDocumentLock"]).toBe(1);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Feuille 1", "Journal"]);
    expect(sheet.values[0]).toEqual(["Bénévole", "Association", "Date", "Durée (en heures)", "Catégorie", "Projet", "Titre", "Rôle", "Distance (en km)"]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.styles).toContainEqual({ a1: "A1:I1", property: "fontWeight", value: "bold" });
    expect(sheet.notes.get("1:1")).toMatch(/^Prénom et nom/);
    expect(sheet.notes.get("1:4")).toMatch(/2,5 pour 2 h 30/);
    const rule = (row: number, col: number) => sheet.validations.get(`${row}:${col}`) as
      { criteria: string; getCriteriaValues(): unknown[]; getAllowInvalid(): boolean; getHelpText(): string } | undefined;
    const date = rule(2, column("Date"))!;
    expect([date.criteria, date.getAllowInvalid(), date.getHelpText()]).toEqual(["DATE_IS_VALID_DATE", false, "Une date, par exemple 14/03/2026."]);
    expect(rule(1000, column("Date"))?.criteria).toBe("DATE_IS_VALID_DATE");
    expect(rule(1, column("Date"))).toBeUndefined(); // never the header
    const hours = rule(2, column("Durée (en heures)"))!;
    expect([hours.criteria, hours.getCriteriaValues(), hours.getAllowInvalid()]).toEqual(["NUMBER_GREATER_THAN_OR_EQUAL_TO", [0], false]);
    expect(rule(2, column("Distance (en km)"))?.criteria).toBe("NUMBER_GREATER_THAN_OR_EQUAL_TO");
    const category = rule(2, column("Catégorie"))!;
    // a warning only: an association may use its own categories
    expect([category.criteria, category.getCriteriaValues(), category.getAllowInvalid()]).toEqual(["VALUE_IN_LIST", [DEFAULT_CATEGORIES, true], true]);
    expect(rule(2, column("Bénévole"))).toBeUndefined();
    // the date column is not text: a date typed there stays a date
    expect(sheet.getFormat(2, column("Date"))).toBeUndefined();
  });

  it("is recognised as the journal, with nothing to report until its first rows", () => {
    const world = blank();
    call(world, "createJournalSheet", TEMPLATE);
    const state = call(world, "getSidebarState").value;
    expect(state.sheets).toEqual([
      { name: "Feuille 1", journal: false, report: false },
      { name: "Journal", journal: true, report: false },
    ]);
    expect(state.source).toMatchObject({ sheet: "Journal", missing: [], message: "Aucune action comptée dans ce journal." });
  });

  it("never writes to a sheet already named Journal: « Journal (2) » beside it", () => {
    const world = blank(sheetFromRows("journal", [["Mes notes"]]));
    const before = sheetDump(world, "journal");
    expect(call(world, "createJournalSheet", TEMPLATE).value).toMatchObject({ ok: true, sheet: "Journal (2)" });
    expect(sheetDump(world, "journal")).toBe(before);
  });
});

describe("« Importer un export Bénévalibre » (createJournalSheet with a file's rows)", () => {
  const csv = parseCsv(readFileSync("examples/benevalo-export.csv", "utf8")) as string[][];

  it("writes the file's cells as text, exactly, in parts, and the sheet reads as the file does", () => {
    const world = blank();
    const first = call(world, "createJournalSheet", { name: "Import benevalo-export", rows: csv.slice(0, 1000), more: true }).value;
    expect(first).toMatchObject({ ok: true, sheet: "Import benevalo-export", rows: 1000 });
    const sheet = world.spreadsheet.sheetByName("Import benevalo-export")!;
    // half written: no journal yet, for the page nor for the report
    expect(sheet.metadata).toEqual([expect.objectContaining({ key: "valorise.journal", value: `${sheet.sheetId}:import` })]);
    expect(call(world, "getSidebarState").value.sheets).toContainEqual({ name: "Import benevalo-export", journal: false, report: false });
    const second = call(world, "createJournalSheet", { name: "ignoré", rows: csv.slice(1000), sheetId: first.sheetId }).value;
    expect(second).toEqual({ ok: true, sheet: "Import benevalo-export", sheetId: first.sheetId, rows: csv.length });
    expect(sheet.metadata).toEqual([expect.objectContaining({ key: "valorise.journal", value: String(sheet.sheetId) })]);
    expect(call(world, "getSidebarState").value.sheets).toContainEqual({ name: "Import benevalo-export", journal: true, report: false });
    // whole: no part may be added any more
    expect(call(world, "createJournalSheet", { name: "x", rows: [["Intrus"]], sheetId: first.sheetId }).value).toMatchObject({ ok: false });
    expect(sheet.values.length).toBe(csv.length);
    const width = csv[0]!.length;
    const held = sheet.values.slice(0, csv.length).map((r) => Array.from({ length: width }, (_, i) => r?.[i] ?? ""));
    expect(held).toEqual(csv);
    expect(sheet.getFormat(csv.length, 7)).toBe("@"); // "2025-03-14" stays the text the file holds
    // Read from the sheet, the copy counts what the same journal imported by Sheets (typed cells) counts.
    const source = { range: "", rolesSheet: "", rateSheet: "" };
    const copy = call(world, "previewSource", { ...source, sheet: "Import benevalo-export" }).value;
    const typed = call(sampleWorld(), "previewSource", { ...source, sheet: "Journal" }).value;
    expect(copy).toMatchObject({ ok: true, sheet: "Import benevalo-export", rows: csv.length - 1, missing: [] });
    expect(copy.counted).toBeGreaterThan(2000);
    for (const key of ["counted", "years", "findings", "associations", "message"]) expect(copy[key], key).toEqual(typed[key]);
  });

  it("keeps a pseudo like =^.^=, a leading zero and an apostrophe as written", () => {
    const world = blank();
    const rows = [["Pseudo", "Code", "Note"], ["=^.^=", "007", "'tis"], ["+33 6", "-1,5", "@moi"]];
    call(world, "createJournalSheet", { name: "Import x", rows });
    const sheet = world.spreadsheet.sheetByName("Import x")!;
    expect(sheet.values.slice(0, 3)).toEqual(rows);
    expect([...sheet.formulas]).toEqual([]);
  });

  it("appends only to an import under way: a user's sheet, the journal template, a finished import are refused, nothing written", () => {
    const world = blank(sheetFromRows("Mes comptes", [["Compte", "Montant"], ["512", 10]]));
    const template = call(world, "createJournalSheet", TEMPLATE).value;
    const done = call(world, "createJournalSheet", { name: "Import fini", rows: [["Bénévole"], ["Alice"]] }).value;
    const names = ["Mes comptes", "Journal", "Import fini"];
    const before = names.map((n) => sheetDump(world, n));
    const notes = [...world.spreadsheet.sheetByName("Journal")!.notes];
    for (const sheetId of [world.spreadsheet.sheetByName("Mes comptes")!.sheetId, template.sheetId, done.sheetId]) {
      const { value } = call(world, "createJournalSheet", { name: "x", rows: [["Intrus"]], sheetId, headerNotes: ["x"], checks: [null] });
      expect(value).toEqual({ ok: false, message: "La feuille de cet import a été supprimée ou n'attend plus de lignes : recommencez l'import." });
    }
    expect(names.map((n) => sheetDump(world, n))).toEqual(before);
    expect([...world.spreadsheet.sheetByName("Journal")!.notes]).toEqual(notes);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Feuille 1", "Mes comptes", "Journal", "Import fini"]);
  });

  it("refuses a check of an unknown kind, in French, writing no rule", () => {
    const world = blank();
    const { value } = call(world, "createJournalSheet", { ...TEMPLATE, checks: [{ kind: "formule", help: "x" }] });
    expect(value).toEqual({ ok: false, message: "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau)." });
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Feuille 1"]);
  });

  it("refuses a request that is not rows of text, in French, writing nothing", () => {
    const world = blank();
    for (const bad of [{ name: "x", rows: [] }, { name: "x", rows: [[1, 2]] }, { name: "x".repeat(101), rows: [["a"]] }, { rows: [["a"]] }, null]) {
      expect(call(world, "createJournalSheet", bad).value).toEqual({ ok: false, message: "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau)." });
    }
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Feuille 1"]);
  });
});
