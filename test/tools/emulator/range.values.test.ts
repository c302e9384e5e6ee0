import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../../tools/emulator";

const utc = (iso: string) => new Date(`${iso}Z`);

function journal(timeZone = "Europe/Paris") {
  return createServices({
    timeZone,
    sheets: [
      sheetFromRows(
        "Journal",
        [
          ["Date", "Bénévole", "Durée", "Début", "Km", "Note"],
          [{ date: "2025-03-01" }, "Alice", { duration: "2:30:00" }, { dateTime: "2025-03-01 14:30" }, 12.5, ""],
          [{ date: "2025-12-31" }, "Bob", { duration: "26:15:00" }, { time: "08:05" }, 0, "0012"],
        ],
        { maxRows: 100_000, maxColumns: 15 },
      ),
    ],
  });
}

describe("reading values", () => {
  it("returns empty cells as \"\", numbers and strings as stored", () => {
    const { globals } = journal();
    const values = globals.SpreadsheetApp.getActiveSpreadsheet().getRange("Journal!B2:F3").getValues();
    expect(values[0].slice(0, 1)).toEqual(["Alice"]);
    expect(values[0][3]).toBe(12.5);
    expect(values[0][4]).toBe("");
    expect(values[1][4]).toBe("0012");
  });

  it("returns date cells as the instant of their wall clock in the spreadsheet zone", () => {
    const { globals } = journal();
    const [[date, , , start], [endOfYear]] = globals.SpreadsheetApp.getActive().getRange("Journal!A2:D3").getValues();
    expect(date).toBeInstanceOf(Date);
    expect(date).toEqual(utc("2025-02-28T23:00:00"));
    expect(start).toEqual(utc("2025-03-01T13:30:00"));
    expect(endOfYear).toEqual(utc("2025-12-30T23:00:00"));
  });

  it("returns durations as 1899-12-30 plus the duration, wall clock in the zone (Paris LMT quirk)", () => {
    const paris = journal("Europe/Paris").globals.SpreadsheetApp.getActive().getRange("Journal!C2:C3").getValues();
    expect(paris[0][0]).toEqual(utc("1899-12-30T02:20:39"));
    expect(paris[1][0]).toEqual(utc("1899-12-31T02:05:39"));
    const auckland = journal("Pacific/Auckland").globals.SpreadsheetApp.getActive().getRange("Journal!C2").getValue();
    expect(auckland).toEqual(utc("1899-12-29T15:00:00"));
    const la = journal("America/Los_Angeles").globals.SpreadsheetApp.getActive().getRange("Journal!C2").getValue();
    expect(la).toEqual(utc("1899-12-30T10:30:00"));
  });

  it("returns getMaxRows() rows for a whole-column range, padded with \"\"", () => {
    const { globals } = journal();
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName("Journal")!;
    const range = globals.SpreadsheetApp.getActive().getRange("Journal!A:O");
    const values = range.getValues();
    expect(sheet.getMaxRows()).toBe(100_000);
    expect(values).toHaveLength(100_000);
    expect(values[0]).toHaveLength(15);
    expect(values[99_999]).toEqual(new Array(15).fill(""));
    expect(range.getA1Notation()).toBe("A:O");
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(6);
  });

  it("shows display values in the spreadsheet locale", () => {
    const { handle } = journal();
    expect(handle.displayValues("Journal!A2:E2")).toEqual([["01/03/2025", "Alice", "2:30:00", "01/03/2025 14:30:00", "12,5"]]);
  });
});

describe("writing values", () => {
  it("round-trips Dates and durations through the spreadsheet zone", () => {
    const { globals, handle } = journal();
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName("Journal")!;
    const [[duration]] = sheet.getRange("C2").getValues();
    sheet.getRange(10, 1, 1, 2).setValues([[utc("2025-06-30T22:00:00"), duration]]);
    expect(sheet.getRange("A10:B10").getValues()).toEqual([[utc("2025-06-30T22:00:00"), duration]]);
    // The duration cell keeps its serial: 2.5 hours after 1899-12-30 00:00 wall clock.
    expect(handle.sheet("Journal").getValue(10, 2)).toBeCloseTo(2.5 / 24, 12);
    expect(handle.sheet("Journal").getValue(10, 1)).toBe(45839);
  });

  it("parses strings as typed, unless the cell is formatted as text", () => {
    const { globals } = journal();
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName("Journal")!;
    sheet.getRange("H1:H2").setNumberFormat("@");
    sheet.getRange("G1:G6").setValues([["0012"], ["12,5"], ["VRAI"], ["2025-03-01"], ["'0012"], [null]]);
    sheet.getRange("H1").setValue("0012");
    const values = sheet.getRange("G1:H6").getValues();
    expect(values.map((r) => r[0])).toEqual([12, 12.5, true, utc("2025-02-28T23:00:00"), "0012", ""]);
    expect(values[0][1]).toBe("0012");
  });

  it("rejects data whose size differs from the range, with Apps Script's message", () => {
    const sheet = journal().globals.SpreadsheetApp.getActive().getSheetByName("Journal")!;
    expect(() => sheet.getRange("A1:B3").setValues([[1, 2], [3, 4]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it("refuses ranges outside the grid", () => {
    const sheet = journal().globals.SpreadsheetApp.getActive().getSheetByName("Journal")!;
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(100_000, 1, 2, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.getRange(1, 15, 1, 2)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.getRange("Q1")).toThrow("Range not found");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });

  it("reports an empty sheet as having no last row", () => {
    const { globals } = createServices();
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet("Rapport");
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    expect(ss.getActiveSheet().getName()).toBe("Rapport");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Feuille 1", "Rapport"]);
    expect(() => ss.insertSheet("Rapport")).toThrow('A sheet with the name "Rapport" already exists. Please enter another name.');
  });

  it("clears contents, appends rows and grows the grid", () => {
    const { globals } = journal();
    const sheet = globals.SpreadsheetApp.getActive().getSheetByName("Journal")!;
    sheet.appendRow(["x", 1]);
    expect(sheet.getLastRow()).toBe(4);
    sheet.getRange("A4:B4").clearContent();
    expect(sheet.getLastRow()).toBe(3);
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
  });
});
