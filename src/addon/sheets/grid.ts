import type { Grid } from "../../core/journal/types";
import { UserError } from "../../core/userError";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Cells read per getValues. A journal of 100,000 rows by 15 columns is one call; beyond that the
 * rows are read in chunks (one more getRange and getValues per chunk), so a sheet too large for
 * one call still reads with a bounded number of calls per 100,000 rows.
 */
export const MAX_CELLS_PER_READ = 1_500_000;

export interface SheetGrid {
  grid: Grid;
  /** Sheet row number of the grid's first row. */
  firstRow: number;
  firstColumn: number;
}

export class SourceError extends UserError {}

/**
 * The sheet named, or when no name is given the sheet `byDefault` if there is one (undefined if not);
 * a named sheet that is missing is an error that says what it was for (« table des alias »).
 */
export function tableSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string | undefined, what: string, byDefault = ""): Sheet | undefined {
  const sheet = spreadsheet.getSheetByName(name || byDefault);
  if (!sheet && name) throw new SourceError(`Feuille « ${name} » introuvable (${what}).`);
  return sheet ?? undefined;
}

interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The area to read: the given A1 range cut at the sheet's last row, or the whole data range. */
function sourceArea(sheet: Sheet, a1: string | undefined): Area {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (!a1) return { row: 1, column: 1, numRows: Math.max(1, lastRow), numColumns: Math.max(1, lastColumn) };
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(a1);
  } catch {
    throw new SourceError(`Plage « ${a1} » introuvable dans la feuille « ${sheet.getName()} ».`);
  }
  const row = range.getRow();
  const column = range.getColumn();
  const numRows = Math.max(1, Math.min(range.getNumRows(), lastRow - row + 1));
  const numColumns = Math.max(1, Math.min(range.getNumColumns(), lastColumn - column + 1));
  return { row, column, numRows, numColumns };
}

/** Reads a sheet's values (Dates as Apps Script hands them) in as few getValues calls as the size allows. */
export function readSheetGrid(sheet: Sheet, a1?: string, maxCells = MAX_CELLS_PER_READ): SheetGrid {
  const area = sourceArea(sheet, a1);
  const rowsPerRead = Math.max(1, Math.floor(maxCells / area.numColumns));
  let grid: unknown[][] = [];
  for (let start = 0; start < area.numRows; start += rowsPerRead) {
    const n = Math.min(rowsPerRead, area.numRows - start);
    const values = sheet.getRange(area.row + start, area.column, n, area.numColumns).getValues();
    grid = start === 0 ? values : grid.concat(values);
  }
  return { grid, firstRow: area.row, firstColumn: area.column };
}

/** First row only: enough to recognise a journal or a roles table. */
export function readHeaderRow(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1 || sheet.getLastRow() < 1) return [];
  return sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
}
