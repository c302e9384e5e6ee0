import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../../tools/emulator";

describe("formulas", () => {
  it("keeps each formula; HYPERLINK with literal arguments reads as its label, any other formula as an empty cell", () => {
    const { globals, handle } = createServices({ sheets: [sheetFromRows("Feuille", [["x"]])] });
    const range = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Feuille")!.getRange(1, 1, 5, 1);
    const formulas = [
      ['=HYPERLINK("#gid=0&range=G12";12)'],
      ['=HYPERLINK("https://exemple.fr/?a=1", "Le ""site""")'],
      ['=hyperlink("#gid=3")'],
      ["=SUM(B1:B3)"],
      ['=HYPERLINK(A1;"texte")'],
    ];
    range.setFormulas(formulas);
    expect(range.getFormulas()).toEqual(formulas);
    expect(range.getValues()).toEqual([[12], ['Le "site"'], ["#gid=3"], [""], [""]]);
    expect(handle.displayValues("Feuille!A1:A2")).toEqual([["12"], ['Le "site"']]);
    range.setValues([[1], [2], [3], [4], [5]]);
    expect(range.getFormulas().flat()).toEqual(["", "", "", "", ""]);
  });
});
