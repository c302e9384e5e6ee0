import { shownErrors } from "./shownErrors";
// The journal's columns through google.script.run: detected by meaning, chosen by hand, saved, used by the report.
import { beforeAll, describe, expect, it } from "vitest";
import { type SeedCell, createWorld, sheetFromRows } from "../../../tools/emulator";
import { SETTINGS, call, requireBuild } from "./harness";

beforeAll(requireBuild);

const FORM: SeedCell[][] = [
  ["Horodateur", "Adresse e-mail", "Nom et prénom", "Date de l'action", "Durée (heures)", "Km parcourus", "Date de naissance"],
  [{ dateTime: "2025-03-10 09:12" }, "alice@exemple.fr", "Alice Martin", { date: "2025-03-01" }, 2.5, 12, { date: "1980-01-01" }],
  [{ dateTime: "2025-03-11 18:40" }, "bob@exemple.fr", "Bob Durand", { date: "2025-03-08" }, 1, "", ""],
];

/** A sheet whose headers name nothing Valorise knows: only columns chosen by hand make it a journal. */
const NOTEBOOK: SeedCell[][] = [
  ["Qui", "Quand", "Combien", "Lieu", "Lieu"],
  ["Zoé", { date: "2025-02-03" }, 1.5, "Salle", ""],
  ["Zoé", { date: "2025-02-04" }, 2, "", ""],
];

const world = (rows: SeedCell[][]) => createWorld({ timeZone: "Europe/Paris", sheets: [sheetFromRows("Réponses", rows)] });
const HAND = { volunteer: "Qui", date: "Quand", decimalHours: "Combien" };

describe("the journal's columns in the sidebar", () => {
  it("shows a Google Form's columns read, the one ignored, and the Horodateur kept apart from the date", () => {
    const p = call(world(FORM), "previewSource", { sheet: "Réponses" }).value;
    expect(p).toMatchObject({ ok: true, counted: 2, years: [2025], missing: [], notices: [] });
    expect(p.columns.map((c: { field: string; column: string; example: string }) => [c.field, c.column, c.example])).toEqual([
      ["timestamp", "A", "10/03/2025"], ["email", "B", "alice@exemple.fr"], ["volunteer", "C", "Alice Martin"],
      ["date", "D", "01/03/2025"], ["decimalHours", "E", "2.5"], ["distance", "F", "12"],
    ]);
    expect(p.ignored).toEqual([{ header: "Date de naissance", column: "G" }]);
    expect(p.headers).toEqual(FORM[0]);
    expect(p.automatic).toMatchObject({ date: "Date de l'action", timestamp: "Horodateur" });
  });

  it("names repeated headers with the sheet's column letters when the range starts further right", () => {
    const rows = [["", "Bénévole", "Date", "Heures", "Date"], ["", "Alice", { date: "2025-01-05" }, 1, { date: "2025-01-06" }]];
    const p = call(world(rows), "previewSource", { sheet: "Réponses", range: "B1:E" }).value;
    expect(p.notices).toEqual(["L'en-tête « Date » figure 2 fois (colonnes C et E) : la colonne C est lue (Date), l'autre est ignorée."]);
    expect(p.ignored).toEqual([{ header: "Date", column: "E" }]);
  });

  it("reads a journal with columns chosen by hand, and says which ones", () => {
    const w = world(NOTEBOOK);
    expect(call(w, "previewSource", { sheet: "Réponses" }).value).toMatchObject({ ok: false, counted: 0 });
    const p = call(w, "previewSource", { sheet: "Réponses", columns: HAND }).value;
    expect(p).toMatchObject({ ok: true, counted: 2, missing: [] });
    expect(p.columns.map((c: { label: string; header: string; manual: boolean }) => [c.label, c.header, c.manual])).toEqual([
      ["Bénévole", "Qui", true], ["Date", "Quand", true], ["Heures (décimal)", "Combien", true],
    ]);
    expect(p.notices).toEqual(["L'en-tête « Lieu » figure 2 fois (colonnes D et E) : aucune n'est lue."]);
    expect(p.headers).toEqual(["Qui", "Quand", "Combien", "Lieu"]);
    expect(p.automatic).toEqual({});
  });

  it("says when a column chosen by hand is no longer in the sheet", () => {
    const p = call(world(FORM), "previewSource", { sheet: "Réponses", columns: { date: "Jour" } }).value;
    expect(p.ok).toBe(false);
    expect(p.missing).toEqual(["Date : la colonne « Jour » choisie n'est pas dans la feuille", "Date"]);
    expect(p.message).toContain("il manque Date : la colonne « Jour » choisie n'est pas dans la feuille");
  });

  it("saves the columns chosen, reads them back, and generates the report with them", () => {
    const w = world(NOTEBOOK);
    const settings = { ...SETTINGS, source: { sheet: "Réponses", range: "", rolesSheet: "", rateSheet: "", columns: { ...HAND, distance: "" } } };
    expect(call(w, "saveSettings", settings).value.ok).toBe(true);
    const state = call(w, "getSidebarState").value;
    expect(state.settings.source.columns).toEqual({ ...HAND, distance: "" });
    expect(state.source).toMatchObject({ ok: true, counted: 2 });
    const report = call(w, "generateReport", { year: 2025 }).value;
    expect(report.ok, report.message).toBe(true);
    expect(report.totals).toMatchObject({ volunteers: 1, hours: 3.5 });
  });

  it("refuses a column choice that is not a header's text", () => {
    const bad = { ...SETTINGS, source: { ...SETTINGS.source, columns: { date: 5 } } };
    expect(shownErrors(call(world(FORM), "saveSettings", bad).value.errors)).toEqual({
      "source.columns.date": "Choix de colonne invalide : choisissez un en-tête de la feuille (200 caractères au plus) ou « (aucune) ».",
    });
  });
});
