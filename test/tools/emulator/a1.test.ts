import { describe, expect, it } from "vitest";
import { columnToLetters, formatA1, lettersToColumn, parseA1, quoteSheetName, resolveA1 } from "../../../tools/emulator/a1";

describe("A1 notation", () => {
  it("converts column numbers and letters", () => {
    expect([1, 15, 26, 27, 52, 703].map(columnToLetters)).toEqual(["A", "O", "Z", "AA", "AZ", "AAA"]);
    expect(["A", "o", "Z", "AA", "AZ", "AAA"].map(lettersToColumn)).toEqual([1, 15, 26, 27, 52, 703]);
  });

  it("parses cells, rectangles, whole columns, whole rows and open-ended ranges", () => {
    expect(parseA1("B3")).toEqual({ sheetName: null, startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1("$A$1:C10")).toEqual({ sheetName: null, startRow: 1, startColumn: 1, endRow: 10, endColumn: 3 });
    expect(parseA1("Journal!A:O")).toEqual({ sheetName: "Journal", startRow: null, startColumn: 1, endRow: null, endColumn: 15 });
    expect(parseA1("'Mon journal d''heures'!2:5")).toEqual({ sheetName: "Mon journal d'heures", startRow: 2, startColumn: null, endRow: 5, endColumn: null });
    expect(parseA1("A2:C")).toEqual({ sheetName: null, startRow: 2, startColumn: 1, endRow: null, endColumn: 3 });
  });

  it("rejects what is not A1 notation", () => {
    for (const text of ["", "A", "1", "A0", "A1:B2:C3", "ABCD1", "A1:", "hello world"]) expect(parseA1(text)).toBeNull();
  });

  it("resolves open bounds against the grid and orders corners", () => {
    expect(resolveA1(parseA1("A:O")!, 100_000, 26)).toEqual({ row: 1, column: 1, numRows: 100_000, numColumns: 15 });
    expect(resolveA1(parseA1("C5:A1")!, 1000, 26)).toEqual({ row: 1, column: 1, numRows: 5, numColumns: 3 });
    expect(resolveA1(parseA1("2:3")!, 1000, 26)).toEqual({ row: 2, column: 1, numRows: 2, numColumns: 26 });
  });

  it("formats areas and quotes sheet names", () => {
    expect(formatA1({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe("A1");
    expect(formatA1({ row: 2, column: 3, numRows: 10, numColumns: 13 })).toBe("C2:O11");
    expect(quoteSheetName("Journal")).toBe("Journal");
    expect(quoteSheetName("Mon journal d'heures")).toBe("'Mon journal d''heures'");
  });
});
