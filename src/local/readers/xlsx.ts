import ExcelJS from "exceljs";
import type { Grid, RejectedRow, WallClock } from "../../core/journal/types";
import { ReaderError } from "./errors";
import { patchExcelJsFormulaCells } from "./exceljsPatch";
import { type GridRead, tidyRows } from "./text";

/** A cell as the XLSX reader hands it over: text, number, boolean, Date, or "" when empty. */
export type XlsxCell = string | number | boolean | Date;

/**
 * The wall clock of the dates the XLSX reader returns. An XLSX file stores a date as a serial
 * number of days since 1899-12-30 with no time zone; exceljs turns it into the UTC instant of
 * that wall-clock time (serial 45658.5 -> 2025-01-01T12:00:00Z), so the wall clock is simply the
 * instant read as UTC. Durations typed as times come as Dates near 1899-12-30 (UTC): 2:30 is
 * 1899-12-30T02:30:00Z, 26:00 is 1899-12-31T02:00:00Z; the same wall clock reads them.
 */
export const xlsxWallClock: WallClock = (instant) => instant.getTime();

/**
 * Plain value of an exceljs cell value: formula -> its cached result, or "=" and its text when it
 * has none (openpyxl writes a text starting with "=" as such a formula); rich text and hyperlink ->
 * text; error -> its code ("#N/A").
 */
export function normaliseCell(value: unknown): XlsxCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return formulaValue(v);
  if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => String(part?.text ?? "")).join("");
  if ("hyperlink" in v || "text" in v) return normaliseCell(v.text);
  if (typeof v.error === "string") return v.error;
  return String(value);
}

function formulaValue(v: Record<string, unknown>): XlsxCell {
  if (v.result !== undefined) return normaliseCell(v.result);
  return typeof v.formula === "string" ? `=${v.formula}` : "";
}

/** Error code of a cell value (#N/A, #REF!...), also as a formula's cached result; undefined otherwise. */
export function errorOf(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as { error?: unknown; result?: unknown };
  if (typeof v.error === "string") return v.error;
  return "result" in v ? errorOf(v.result) : undefined;
}

/**
 * The value of a cell as normaliseCell takes it. A formula's value is rebuilt from the cell: exceljs
 * leaves a result of 0, false or "" out of `cell.value`, and gives a shared formula's text only
 * through `cell.formula`.
 */
function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
}

/**
 * Reads one worksheet of an XLSX workbook (the first one, or the one named) into a grid,
 * first row the headers, empty cells as "", empty rows at the end dropped. A row holding an error
 * cell (#N/A, #REF!...) is listed in rejectedRows.
 */
export async function parseXlsx(data: Uint8Array, sheetName?: string): Promise<GridRead> {
  const sheet = pickSheet(await loadWorkbook(data), sheetName);
  const rows: XlsxCell[][] = [];
  const errors: CellError[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const read = readRow(sheet.getRow(r), sheet.columnCount);
    rows.push(read.cells);
    errors.push(read.errors);
  }
  const grid = trimRight(tidyRows(rows));
  return { grid, rejectedRows: rejectedRowsOf(errors, grid) };
}

function readRow(row: ExcelJS.Row, width: number): { cells: XlsxCell[]; errors: CellError[] } {
  const cells: XlsxCell[] = [];
  const errors: CellError[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    const value = valueOf(cell);
    const error = errorOf(value);
    if (error !== undefined) errors.push({ address: cell.address, column: c - 1, error });
    cells.push(normaliseCell(value));
  }
  return { cells, errors };
}

async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  patchExcelJsFormulaCells();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ReaderError("Ce fichier n'est pas un classeur Excel lisible (.xlsx).");
  }
  return workbook;
}

function pickSheet(workbook: ExcelJS.Workbook, sheetName: string | undefined): ExcelJS.Worksheet {
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (sheet) return sheet;
  const names = workbook.worksheets.map((w) => `« ${w.name} »`).join(", ");
  throw new ReaderError(
    sheetName === undefined
      ? "Le classeur ne contient aucune feuille."
      : `Feuille « ${sheetName} » introuvable dans le classeur. Feuilles présentes : ${names || "aucune"}.`,
  );
}

interface CellError {
  /** A1 address ("G5"). */
  address: string;
  /** Index of the cell's column in the grid. */
  column: number;
  error: string;
}

/** One rejected row per data row holding error cells (row r of the sheet is grid index r - 1). */
function rejectedRowsOf(errors: CellError[][], grid: Grid): RejectedRow[] {
  const headers = grid[0] ?? [];
  const rejected: RejectedRow[] = [];
  for (let index = 1; index < grid.length; index++) {
    const cells = errors[index]!;
    if (!cells.length) continue;
    const header = headers[cells[0]!.column];
    rejected.push({ index, column: header === undefined ? "" : String(header), problem: errorProblem(cells) });
  }
  return rejected;
}

function errorProblem(cells: readonly CellError[]): string {
  if (cells.length === 1) return `Cellule ${cells[0]!.address} en erreur (${cells[0]!.error}) : ligne écartée.`;
  const names = cells.map((c) => `${c.address} (${c.error})`);
  return `Cellules ${names.slice(0, -1).join(", ")} et ${names.at(-1)} en erreur : ligne écartée.`;
}

/** Drops the empty columns at the right (formatted but empty cells widen a sheet). */
function trimRight(rows: XlsxCell[][]): XlsxCell[][] {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== "") {
        width = c + 1;
        break;
      }
    }
  }
  return rows.map((row) => (row.length > width ? row.slice(0, width) : row));
}
