import ExcelJS from "exceljs";
import type { Grid, WallClock } from "../../core/journal/types";
import { ReaderError } from "./errors";
import { tidyRows } from "./text";

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

/** Plain value of an exceljs cell value: formula -> its result, rich text and hyperlink -> text. */
export function normaliseCell(value: unknown): XlsxCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return normaliseCell(v.result);
  if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => String(part?.text ?? "")).join("");
  if ("hyperlink" in v || "text" in v) return normaliseCell(v.text);
  if (typeof v.error === "string") return v.error;
  return String(value);
}

/**
 * Reads one worksheet of an XLSX workbook (the first one, or the one named) into a grid,
 * first row the headers, empty cells as "", empty rows at the end dropped.
 */
export async function parseXlsx(data: Uint8Array, sheetName?: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ReaderError("Ce fichier n'est pas un classeur Excel lisible (.xlsx).");
  }
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `« ${w.name} »`).join(", ");
    throw new ReaderError(
      sheetName === undefined
        ? "Le classeur ne contient aucune feuille."
        : `Feuille « ${sheetName} » introuvable dans le classeur. Feuilles présentes : ${names || "aucune"}.`,
    );
  }
  const width = sheet.columnCount;
  const rows: XlsxCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: XlsxCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(normaliseCell(row.getCell(c).value));
    rows.push(cells);
  }
  return trimRight(tidyRows(rows));
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
