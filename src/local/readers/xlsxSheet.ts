import { columnLetter } from "../../core/text/columnLetter";
import { ReaderError } from "./errors";
import { xmlDecode } from "./excelFormats";
import { CellText, PART_LIMITS, type XlsxBook, type XlsxSheet } from "./xlsxBook";
import { readXml } from "./xml";
import { NOT_A_WORKBOOK, entryChunks } from "./zip";

/**
 * Excel's grid: 1,048,576 rows of 16,384 columns (XFD). A reference beyond is not a workbook's.
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** A cell's value as exceljs's full reader gives it (cell.value, or { formula, result }), for normaliseCell and errorOf. */
export type SheetValue = unknown;

export interface SheetRow {
  /** Sheet row number (1 is the first row). */
  row: number;
  /** Values by column (index 0 is column A); null where no cell holds a value. */
  values: SheetValue[];
}

/** The cell being read: its type (t), style (s), and the texts of its <v>, <f> and inline <is>. */
interface CellParts {
  column: number;
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  /** A shared formula's cell (<f t="shared">), whose formula may have no text of its own. */
  shared: boolean;
  inline: string | undefined;
}

/**
 * Reads a worksheet's rows as its part inflates, handing them in batches to `take` (awaited: a
 * row of the file is never more than a batch ahead of where it is used). Only the row being read
 * and the batch are held.
 */
export async function readSheetRows(book: XlsxBook, sheet: XlsxSheet, take: (rows: SheetRow[]) => void | Promise<void>): Promise<void> {
  const entry = book.entries.get(sheet.path);
  if (!entry) throw new ReaderError(NOT_A_WORKBOOK);
  let batch: SheetRow[] = [];
  let row: SheetRow | undefined;
  let lastRow = 0;
  let lastColumn = 0;
  let cell: CellParts | undefined;
  /** The text being gathered: of <v>, <f>, or a <t> of an inline string. */
  let text: CellText | undefined;
  // one closure for every text of the sheet: it reads the cell being read when a text is too long
  const where = () => `La cellule ${addressOf(cell?.column ?? 0, lastRow)} de la feuille « ${sheet.name} »`;
  const newText = () => new CellText(where);
  let inline: CellText | undefined;
  let phonetic = 0;
  const fail = () => new ReaderError(NOT_A_WORKBOOK);
  const handler = {
    open(name: string, a: Record<string, string>) {
      if (name === "row") {
        const r = a.r === undefined ? lastRow + 1 : Number(a.r);
        if (!Number.isInteger(r) || r <= lastRow || r > MAX_ROW) throw fail();
        row = { row: (lastRow = r), values: [] };
        lastColumn = 0;
      } else if (name === "c" && row) {
        const column = a.r === undefined ? lastColumn + 1 : columnOf(a.r);
        if (!(column > lastColumn && column <= MAX_COLUMN)) throw fail();
        lastColumn = column;
        cell = { column, type: a.t, style: a.s === undefined ? 0 : Number(a.s), value: undefined, formula: undefined, shared: false, inline: undefined };
      } else if (!cell) return;
      else if (name === "v") text = newText();
      else if (name === "f") {
        text = newText();
        cell.shared = a.t !== undefined;
      }
      else if (name === "is") inline = newText();
      else if (name === "rPh") phonetic++;
      else if (name === "t" && inline && !phonetic) text = newText();
    },
    text(value: string) {
      text?.add(value);
    },
    close(name: string) {
      if (name === "c" && row && cell) {
        row.values[cell.column - 1] = valueOf(cell, book);
        cell = undefined;
      } else if (name === "row" && row) {
        batch.push(row);
        row = undefined;
      } else if (!cell || !text) {
        if (name === "rPh") phonetic--;
      } else if (name === "v") {
        cell.value = (cell.value ?? "") + text.text();
        text = undefined;
      } else if (name === "f") {
        cell.formula = text.text();
        text = undefined;
      } else if (name === "t" && inline) {
        inline.add(text.text());
        text = undefined;
      }
      if (name === "is" && cell && inline) {
        cell.inline = inline.text();
        inline = undefined;
      }
    },
  };
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await take(rows);
  };
  await readXml(entryChunks(book.file, entry, PART_LIMITS.sheet, `La feuille « ${sheet.name} »`, book.platform), handler, flush);
  await flush();
}

/** Column number of an A1 reference ("AB12" → 28); NaN when it is not one. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
    if (column > MAX_COLUMN) return NaN;
  }
  return i > 0 ? column : NaN;
}

/**
 * The cell's value, as exceljs's full reader gave it (lib/xlsx/xform/sheet/cell-xform.js): a formula with its
 * cached result (typed by t; none when <v> is empty, but "" for a text result, t="str"); a shared
 * text; a number, a Date when its style is a date format; an error as { error }.
 */
function valueOf(cell: CellParts, book: XlsxBook): SheetValue {
  const { type, value } = cell;
  if (cell.formula || cell.shared) {
    let result: unknown;
    if (value) result = type === "str" ? xmlDecode(value) : type === "b" ? parseInt(value, 10) !== 0 : type === "e" ? { error: value } : parseFloat(value);
    else if (type === "str") result = "";
    if (typeof result === "number" && book.dateStyles[cell.style]) result = excelDate(result, book.date1904);
    // a shared formula's other cells have no text of their own
    return { formula: cell.formula || undefined, result };
  }
  if (type === "inlineStr" || (cell.inline !== undefined && value === undefined)) return cell.inline ?? value ?? null;
  if (value === undefined) return null;
  switch (type) {
    case "s":
      return book.sharedStrings[parseInt(value, 10)] ?? "";
    case "str":
      return xmlDecode(value);
    case "b":
      return parseInt(value, 10) !== 0;
    case "e":
      return { error: value };
    case "d":
      return isoDate(value);
    default: {
      const number = parseFloat(value);
      return book.dateStyles[cell.style] ? excelDate(number, book.date1904) : number;
    }
  }
}

/** exceljs's excelToDate: the serial number of days since 1899-12-30 (1904-01-01 in the 1904 system) as the UTC instant of that wall clock. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A date cell written as ISO 8601 text (t="d"): its wall clock, as the serial dates are read. */
function isoDate(text: string): Date {
  const t = text.trim();
  if (/^\d{4}-\d\d-\d\d$/.test(t)) return new Date(`${t}T00:00:00Z`);
  return new Date(/(?:Z|[+-]\d\d:?\d\d)$/i.test(t) ? t : `${t}Z`);
}

/** "G5": the A1 address of a cell. */
export function addressOf(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}
