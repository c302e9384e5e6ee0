import { describe, expect, it } from "vitest";
import { createServices, createWorld, sheetFromRows } from "../../../tools/emulator";

// Sheets keeps sheet names unique whatever their letter case: "journal" cannot sit next to "Journal".
describe("sheet names", () => {
  it("refuses a new or renamed sheet whose name differs from another only by letter case", () => {
    const world = createWorld({ timeZone: "Europe/Paris", sheets: [sheetFromRows("Valorise 2025 – Synthèse", [["notes"]])] });
    const ss = createServices({ world }).globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet("VALORISE 2025 – SYNTHÈSE")).toThrow("already exists");
    const other = ss.insertSheet("Autre");
    expect(() => other.setName("valorise 2025 – synthèse")).toThrow("already exists");
    expect(other.setName("AUTRE").getName()).toBe("AUTRE");
  });
});
