import { markTableSheet } from "./marks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet of that name whatever its letter case: Sheets keeps names unique that way (whether getSheetByName ignores case is not documented). */
export function sheetNamed(spreadsheet: Spreadsheet, name: string): Sheet | undefined {
  return spreadsheet.getSheets().find((s) => s.getName().toLowerCase() === name.toLowerCase());
}

/**
 * A new last sheet for the user to fill in: `rows` (the headers first, bold and frozen), the
 * `textColumns` (1-based) as plain text so that what is typed there stays as typed ("007", "31/12"),
 * marked as Valorise's table under `key`.
 */
export function insertTable(spreadsheet: Spreadsheet, name: string, rows: string[][], textColumns: number[], key: string): Sheet {
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const width = rows[0]!.length;
  for (const column of textColumns) sheet.getRange(1, column, sheet.getMaxRows()).setNumberFormat("@");
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, width, 220);
  markTableSheet(sheet, key);
  return sheet;
}
