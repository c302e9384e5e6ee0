import { describe, expect, it } from "vitest";
import { readSheetGrid } from "../../../src/addon/sheets/grid";
import { createServices, sheetFromRows } from "../../../tools/emulator";

function journal(rows: number) {
  return [["Bénévole", "Date", "Heures"], ...Array.from({ length: rows }, (_, i) => [`B${i}`, { date: "2025-03-01" }, i])];
}

describe("readSheetGrid", () => {
  it("reads the data range in one getValues when it fits", () => {
    const { globals, handle } = createServices({ sheets: [sheetFromRows("Journal", journal(10))] });
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Journal")!;
    handle.calls.reset();
    const read = readSheetGrid(sheet);
    expect(read).toMatchObject({ firstRow: 1, firstColumn: 1 });
    expect(read.grid).toHaveLength(11);
    expect(read.grid[1]![1]).toBeInstanceOf(Date);
    expect(handle.calls.count("Range.getValues")).toBe(1);
  });

  it("reads a sheet too large for one call in chunks of whole rows, in order", () => {
    const { globals, handle } = createServices({ sheets: [sheetFromRows("Journal", journal(100))] });
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Journal")!;
    const whole = readSheetGrid(sheet).grid;
    handle.calls.reset();
    const chunked = readSheetGrid(sheet, undefined, 30); // 10 rows of 3 columns per call
    expect(chunked.grid).toEqual(whole);
    expect(handle.calls.count("Range.getValues")).toBe(11);
  });

  it("cuts an open range at the last row and keeps its position for row numbers", () => {
    const { globals } = createServices({ sheets: [sheetFromRows("Journal", [["titre"], [], ...journal(5).map((r) => ["", ...r])])] });
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Journal")!;
    const read = readSheetGrid(sheet, "B3:D");
    expect(read).toMatchObject({ firstRow: 3, firstColumn: 2 });
    expect(read.grid).toHaveLength(6);
    expect(read.grid[0]).toEqual(["Bénévole", "Date", "Heures"]);
    expect(() => readSheetGrid(sheet, "ZZZZ1")).toThrow("Plage « ZZZZ1 » introuvable dans la feuille « Journal ».");
  });
});
