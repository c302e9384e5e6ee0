import { sheetsText } from "../../core/report/layout";
import { markTableSheet } from "./marks";
import { fitGrid } from "./reportWriter";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet of that name whatever its letter case: Sheets keeps names unique that way (whether getSheetByName ignores case is not documented). */
export function sheetNamed(spreadsheet: Spreadsheet, name: string): Sheet | undefined {
  return spreadsheet.getSheets().find((s) => s.getName().toLowerCase() === name.toLowerCase());
}

/**
 * Writes `rows` from row `first` down as the texts they are, a leading = or apostrophe kept (sheetsText),
 * short rows padded, the sheet grown to hold them; `asText`: the cells formatted as text too.
 */
export function writeText(sheet: Sheet, first: number, rows: string[][], asText = true): void {
  const width = Math.max(1, ...rows.map((r) => r.length));
  fitGrid(sheet, first + rows.length - 1, width);
  const range = sheet.getRange(first, 1, rows.length, width);
  if (asText) range.setNumberFormat("@");
  range.setValues(rows.map((r) => Array.from({ length: width }, (_, i) => sheetsText(r[i] ?? ""))));
}

/**
 * A new last sheet for the user to fill in: `rows` (the headers first, bold and frozen), the
 * `textColumns` (1-based) as plain text all the way down so that what is typed there stays as typed
 * ("007", "31/12"), marked as Valorise's under `key` (markTableSheet).
 */
export function insertTable(spreadsheet: Spreadsheet, name: string, rows: string[][], textColumns: number[], key: string, suffix?: string): Sheet {
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const width = rows[0]!.length;
  // formats first: a text format keeps "2.5" or "2025-03-14" the text it is as it is written
  fitGrid(sheet, rows.length, width);
  for (const column of textColumns) sheet.getRange(1, column, sheet.getMaxRows()).setNumberFormat("@");
  writeText(sheet, 1, rows, false);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, width, 220);
  markTableSheet(sheet, key, suffix);
  return sheet;
}
