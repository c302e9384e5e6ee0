import type { WallClock } from "../../core/journal/types";
import type { BytePlatform } from "./bytePlatform";
import type { RandomAccess } from "./byteSource";
import { ReaderError } from "./errors";
import { type RowSink, checkGridCells } from "./rows";
import { type GridRead, isEmptyRow } from "./text";
import { type XlsxBook, type XlsxSheet, openBook } from "./xlsxBook";
import { addressOf, readSheetRows } from "./xlsxSheet";

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
 * Reads one worksheet of an XLSX workbook (the first one, or the one named) as it inflates,
 * handing its data rows to the sink `open` gives for its header row (row 1). A row holding an
 * error cell (#N/A, #REF!...) is rejected, naming its cells. Rows are padded with "" to the
 * headers' width. Returns the number of data rows (up to the last one holding a value). The
 * platform inflates the workbook's parts.
 */
export async function readXlsxRows(
  file: RandomAccess,
  sheetName: string | undefined,
  open: (headers: readonly XlsxCell[]) => RowSink | Promise<RowSink>,
  platform: BytePlatform,
): Promise<number> {
  const book = await openBook(file, platform);
  const sheet = pickSheet(book, sheetName);
  let headers: XlsxCell[] | undefined;
  let sink: RowSink | undefined;
  let filled = 0;
  const start = async (cells: XlsxCell[]) => {
    headers = cells;
    sink = await open(cells);
  };
  await readSheetRows(book, sheet, async (rows) => {
    for (const { row, values } of rows) {
      const { cells, errors } = readRow(values, row);
      if (row === 1) {
        await start(cells);
        continue;
      }
      if (!sink) await start([]);
      const index = row - 1;
      if (!isEmptyRow(cells)) filled = index;
      while (cells.length < headers!.length) cells.push("");
      if (errors.length) {
        const header = headers![errors[0]!.column];
        sink!.reject({ index, column: header === undefined ? "" : String(header), problem: errorProblem(errors) }, cells);
      } else sink!.row(cells, index);
    }
  });
  if (!sink) await start([]);
  return filled;
}

/** The grid as wide as its widest row holding a value, every row padded to that width; nothing when it holds no value. */
export function xlsxGrid({ grid, rejectedRows }: GridRead): GridRead {
  let width = 0;
  for (const row of grid) {
    for (let c = (row?.length ?? 0) - 1; c >= width; c--) {
      if (row![c] !== "") {
        width = c + 1;
        break;
      }
    }
  }
  if (grid.length === 1 && width === 0) return { grid: [], rejectedRows };
  checkGridCells(grid.length * width);
  const fitted = Array.from(grid, (row) => {
    const cells = (row ?? []).slice(0, width);
    while (cells.length < width) cells.push("");
    return cells;
  });
  return { grid: fitted, rejectedRows };
}

function readRow(values: readonly unknown[], row: number): { cells: XlsxCell[]; errors: CellError[] } {
  const cells: XlsxCell[] = [];
  const errors: CellError[] = [];
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    const error = errorOf(value);
    if (error !== undefined) errors.push({ address: addressOf(c + 1, row), column: c, error });
    cells.push(normaliseCell(value));
  }
  return { cells, errors };
}

function pickSheet(book: XlsxBook, sheetName: string | undefined): XlsxSheet {
  const sheets = book.sheets.filter((s) => book.entries.has(s.path));
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (sheet) return sheet;
  const names = sheets.map((w) => `« ${w.name} »`).join(", ");
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

function errorProblem(cells: readonly CellError[]): string {
  if (cells.length === 1) return `Cellule ${cells[0]!.address} en erreur (${cells[0]!.error}) : ligne écartée.`;
  const names = cells.map((c) => `${c.address} (${c.error})`);
  return `Cellules ${names.slice(0, -1).join(", ")} et ${names.at(-1)} en erreur : ligne écartée.`;
}
