// Test helpers that describe a sheet as a user typed it, then load it into the model.

import type { CellValue, SheetModel } from "./model";
import { defaultFormats, type Locale } from "./numberFormat";
import { clockToSerial, instantToSerial, isoDateTimeToSerial, isoDateToSerial } from "./serial";
import { parseUserEntered } from "./userEntered";

/**
 * A cell as typed: plain values are stored as they are (a string stays a string);
 * markers build date, time and duration cells from wall-clock text, `typed` goes through
 * Sheets' input parsing in the spreadsheet locale, a JS Date is read in the spreadsheet zone.
 */
export type SeedCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | { date: string; format?: string } // "2025-03-01"
  | { dateTime: string; format?: string } // "2025-03-01 14:30[:00]"
  | { time: string; format?: string } // "14:30[:00]"
  | { duration: string; format?: string } // "2:30:00", "36:00:00"
  | { typed: string } // "01/03/2025", "12,5", "2:30"
  | { formula: string }
  | { number: number; format: string };

export interface SheetSeed {
  name: string;
  rows: SeedCell[][];
  maxRows?: number;
  maxColumns?: number;
}

export function sheetFromRows(
  name: string,
  rows: SeedCell[][],
  size: { maxRows?: number; maxColumns?: number } = {},
): SheetSeed {
  return { name, rows, ...size };
}

export interface SeedContext {
  timeZone: string;
  locale: Locale;
}

function seedCellContent(cell: SeedCell, context: SeedContext): { value?: CellValue; format?: string; formula?: string } {
  const formats = defaultFormats(context.locale);
  if (cell === null || cell === undefined || cell === "") return {};
  if (typeof cell !== "object") return { value: cell };
  if (cell instanceof Date) return { value: instantToSerial(cell, context.timeZone), format: formats.dateTime };
  if ("date" in cell) return { value: isoDateToSerial(cell.date), format: cell.format ?? formats.date };
  if ("dateTime" in cell) return { value: isoDateTimeToSerial(cell.dateTime), format: cell.format ?? formats.dateTime };
  if ("time" in cell) return { value: clockToSerial(cell.time), format: cell.format ?? formats.time };
  if ("duration" in cell) return { value: clockToSerial(cell.duration), format: cell.format ?? formats.duration };
  if ("number" in cell) return { value: cell.number, format: cell.format };
  if ("formula" in cell) return { formula: cell.formula };
  const entered = parseUserEntered(cell.typed, context.locale);
  if (entered.kind === "empty") return {};
  if (entered.kind === "formula") return { formula: entered.formula };
  return { value: entered.value, format: entered.format };
}

/** Writes rows into the sheet from startRow/startColumn, growing the grid as needed. */
export function loadRows(sheet: SheetModel, rows: SeedCell[][], context: SeedContext, startRow = 1, startColumn = 1): void {
  rows.forEach((cells, i) => {
    cells.forEach((cell, j) => {
      const row = startRow + i;
      const column = startColumn + j;
      const content = seedCellContent(cell, context);
      if (content.formula !== undefined) sheet.setFormula(row, column, content.formula);
      else sheet.setValue(row, column, content.value);
      if (content.format !== undefined) sheet.setFormat(row, column, content.format);
    });
  });
}
