import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { VOLUNTEER_SHEET, documentVehicles, readVolunteerSheet } from "../../../src/addon/sheets/volunteerSheet";
import { readJournal } from "../../../src/core/journal/read";
import { type World, createServices, sheetFromRows } from "../../../tools/emulator";
import { SETTINGS, call, requireBuild, sampleWorld } from "../sidebar/harness";

beforeAll(requireBuild);
afterEach(() => vi.unstubAllGlobals());

const HEADERS = ["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"];
const ROWS = [HEADERS, ["Aurélie Fontaine", "1 rue Haute, 75020 Paris", "voiture", 3, "non", "non"], ["Zoé Inconnue", "2 rue Basse", "moto", "trois", "", ""]];

function spreadsheetOf(world: World) {
  const { globals } = createServices({ world });
  vi.stubGlobal("Utilities", globals.Utilities);
  vi.stubGlobal("SpreadsheetApp", globals.SpreadsheetApp);
  return globals.SpreadsheetApp.getActiveSpreadsheet();
}

describe("the « Fiches bénévoles » sheet", () => {
  it("is not named « Bénévoles », the report's sheet", () => {
    expect(VOLUNTEER_SHEET).toBe("Fiches bénévoles");
  });

  it("is read as the volunteers table, and gives the money functions each volunteer's vehicle", () => {
    const world = sampleWorld([sheetFromRows(VOLUNTEER_SHEET, ROWS)]);
    const spreadsheet = spreadsheetOf(world);
    const read = readVolunteerSheet(spreadsheet)!;
    expect(read.table.rows.map((r) => [r.name, r.vehicle])).toEqual([
      ["Aurélie Fontaine", { kind: "voiture", cv: 3, electric: false }],
      ["Zoé Inconnue", undefined],
    ]);
    expect(read.table.issues.map((i) => i.column)).toEqual(["CV", "CV"]);
    const journal = readJournal([["Bénévole", "Date", "Durée (en heures)"], ["aurélie  FONTAINE", "2025-01-02", 1]], { wallClock: (d) => d.getTime() });
    const vehicleOf = documentVehicles(journal, (d) => d.getTime())!;
    expect(vehicleOf(journal.keys.volunteer("Aurélie Fontaine"))).toEqual({ kind: "voiture", cv: 3, electric: false });
    expect(readVolunteerSheet(spreadsheetOf(sampleWorld()))).toBeUndefined();
  });

  it("is read by the sidebar's report, whose message lists its points to check", () => {
    const world = sampleWorld([sheetFromRows(VOLUNTEER_SHEET, ROWS)]);
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.ok).toBe(true);
    expect(value.message).toContain("Table des bénévoles « Fiches bénévoles » : 3 points à revoir");
    expect(value.message).toContain("« Zoé Inconnue » ne figure pas dans le journal : ligne sans effet");
  });
});
