import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../../tools/emulator";

// Range.setValues: "If a value begins with =, it's interpreted as a formula"; Sheets API ExtendedValue:
// "Leading single quotes are not included". Neither page excepts a text number format.
describe("setValues on cells formatted as text", () => {
  it("takes one leading apostrophe off and reads a leading = as a formula, whatever the format", () => {
    const { globals } = createServices({ sheets: [sheetFromRows("Feuille", [["x"]])] });
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Feuille")!;
    const range = sheet.getRange(1, 1, 1, 6);
    range.setNumberFormat("@");
    range.setValues([["'=Bob", "''Tis", "=Bob", "007", "-Marie", "'+33 6"]]);
    expect(range.getValues()).toEqual([["=Bob", "'Tis", "", "007", "-Marie", "+33 6"]]);
    expect(range.getFormulas()).toEqual([["", "", "=Bob", "", "", ""]]);
  });
});
