import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../../tools/emulator";

function notesSheet() {
  const services = createServices({ timeZone: "Europe/Paris", sheets: [sheetFromRows("Notes", [["a", "b", "c"], ["d", "e", "f"]])] });
  return { services, sheet: services.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Notes")! };
}

describe("merged cells and row heights", () => {
  it("merge keeps the top-left value only, and breakApart undoes the block", () => {
    const { sheet } = notesSheet();
    sheet.getRange("A1:C1").merge();
    expect(sheet.getRange("A1:C2").getValues()).toEqual([["a", "", ""], ["d", "e", "f"]]);
    sheet.getRange(1, 1, 2, 3).breakApart();
    sheet.getRange("A2:B2").merge();
    sheet.getRange("A1:C2").merge(); // a block inside a new one becomes part of it
    expect(sheet.getRange("A1:C2").getValues()).toEqual([["a", "", ""], ["", "", ""]]);
  });

  it("refuses to merge or break apart part of a merged block, as Sheets does", () => {
    const { sheet } = notesSheet();
    sheet.getRange("A1:B1").merge();
    expect(() => sheet.getRange("B1:C1").merge()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
    expect(() => sheet.getRange("B1:B2").breakApart()).toThrow("You must select all cells in a merged range");
    expect(() => sheet.getRange("C1:C2").breakApart()).not.toThrow();
  });

  it("setRowHeight sets one row's height; autoResizeRows gives the rows back their default", () => {
    const { sheet } = notesSheet();
    expect(sheet.getRowHeight(2)).toBe(21);
    sheet.setRowHeight(2, 108);
    expect([sheet.getRowHeight(1), sheet.getRowHeight(2)]).toEqual([21, 108]);
    sheet.autoResizeRows(1, 2);
    expect(sheet.getRowHeight(2)).toBe(21);
  });
});
