import { accentlessLower } from "../text/normalize";
import { type JournalLink, type ReportSheet, type SheetCell, type SheetFormat, serialOfDay } from "./sheets";

/** What a spreadsheet cell holds: text, or a number its format shows (euros, a serial date...). */
export type LayoutCell = string | number;

/** A chart over a block of the sheet (0-based rows and columns, first row = labels' header). */
export interface ChartSpec {
  type: "PIE" | "COLUMN";
  title: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** Where the chart's top-left corner sits (0-based). */
  anchorRow: number;
  anchorColumn: number;
}

/**
 * A report sheet laid out cell by cell, ready to be written in one setValues and one
 * setNumberFormats: the add-on's sheet writer renders this and nothing else.
 */
export interface SheetLayout {
  /** Stable identifier of the sheet within a year's report ("synthese", "benevoles"...). */
  kind: string;
  /** Short name: the add-on names the sheet "Valorise <year> – <title>". */
  title: string;
  /** Rectangular. */
  rows: LayoutCell[][];
  /** Same shape as rows; "@" marks text so that Sheets never reads a name as a number or a formula. */
  formats: string[][];
  frozenRows: number;
  /** 0-based rows styled as a table's header. */
  headerRows: number[];
  /** 0-based rows styled as a section title. */
  titleRows: number[];
  /** Width of each column in pixels. */
  columnWidths: number[];
  /** 0-based columns whose long text wraps. */
  wrapColumns: number[];
  charts: ChartSpec[];
  /** Cells that point at the journal (0-based rows of `rows`, header row included): the add-on writes them as links. */
  journalLinks?: JournalLink[];
  /** What the sheet is, for the printed page: the xlsx prints it in the page header, the add-on in a title row (withTitleRow). */
  heading?: string;
  /**
   * 0-based rows holding one paragraph in their first cell (a method note, a warning), the other cells
   * empty: merged across the layout's columns, wrapped, and as tall as the text (noteHeight), so that
   * a printed page shows the paragraph whole instead of one line per row cut at the page edge.
   */
  noteRows?: number[];
}

export const TEXT_FORMAT = "@";
/** What Sheets reports for a cell left on automatic: an explicit pattern every version accepts. */
export const AUTOMATIC = "0.###############";

export function kindOf(title: string): string {
  return accentlessLower(title).replace(/[^a-z0-9]+/g, "-");
}

/** Cell format: text for strings, the column's number format for numbers. */
export function cellFormat(cell: LayoutCell, format: SheetFormat | undefined): string {
  return typeof cell === "string" ? TEXT_FORMAT : (format ?? AUTOMATIC);
}

/** A report cell as a spreadsheet holds it: money in euros, a day as its serial number (the sheets' one conversion). */
export function spreadsheetValue(cell: SheetCell | undefined): LayoutCell {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "string") return cell;
  if (cell && "cents" in cell) return cell.cents / 100;
  if (cell && "day" in cell) return serialOfDay(cell.day);
  return "";
}

/**
 * A layout cell as the add-on hands it to Sheets' setValues: text starting with =, +, - or @ (a name
 * "=Bob", "+33 6…") gets a leading apostrophe on top of the text format, which Sheets takes off and
 * never reads as a formula (docs/regles/journaux.md); so does text starting with an apostrophe, which Sheets
 * would otherwise take off. Sheets then holds exactly the layout's text. Not for xlsx nor CSV: an xlsx
 * string cell is never a formula, and csv.ts neutralises with its own rule.
 */
export function sheetsText(cell: LayoutCell): LayoutCell {
  return typeof cell === "string" && /^[=+\-@']/.test(cell) ? `'${cell}` : cell;
}

/** Splits a paragraph into lines of at most `width` characters, at spaces. */
function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Pixels a text line takes in a wrapped cell: Sheets' Arial 10 and Excel's Calibri 11 both fit in 17 px (12.75 pt). */
const LINE_PX = 17;

/**
 * Height in pixels of a note row: the lines its text takes across the layout's columns (about 7 px a
 * character, as widthOf counts them; a line is cut at a space), plus a margin. Merged cells do not
 * grow with their text in Sheets nor in Excel: the renderers set this height.
 */
export function noteHeight(layout: SheetLayout, row: number): number {
  const width = layout.columnWidths.reduce((sum, w) => sum + w, 0);
  const text = String(layout.rows[row]?.[0] ?? "");
  const lines = Math.max(1, wrapText(text, Math.max(10, Math.floor((width - 12) / 7))).length);
  return lines * LINE_PX + 6;
}

/**
 * The layout under a title row holding its heading (the add-on's report sheets: Sheets has no print
 * header an add-on can set); the title row is frozen with the header, so Sheets repeats both on every
 * printed page.
 */
export function withTitleRow(layout: SheetLayout, heading: string): SheetLayout {
  const width = layout.rows[0]?.length ?? 1;
  const title: LayoutCell[] = [heading, ...Array<LayoutCell>(width - 1).fill("")];
  const down = (i: number) => i + 1;
  return {
    ...layout,
    heading,
    rows: [title, ...layout.rows],
    formats: [title.map(() => TEXT_FORMAT), ...layout.formats],
    frozenRows: layout.frozenRows + 1,
    headerRows: layout.headerRows.map(down),
    titleRows: [0, ...layout.titleRows.map(down)],
    charts: layout.charts.map((c) => ({ ...c, row: c.row + 1, anchorRow: c.anchorRow + 1 })),
    ...(layout.journalLinks ? { journalLinks: layout.journalLinks.map((l) => ({ ...l, row: l.row + 1 })) } : {}),
    ...(layout.noteRows ? { noteRows: layout.noteRows.map(down) } : {}),
  };
}

/** Pixels for a column from its longest text: about 7 px a character, within bounds. */
export function widthOf(rows: readonly (readonly LayoutCell[])[], column: number, min = 70, max = 360): number {
  let longest = 0;
  for (const row of rows) {
    const cell = row[column];
    const length = typeof cell === "number" ? 10 : (cell ?? "").length;
    if (length > longest) longest = length;
  }
  return Math.max(min, Math.min(max, longest * 7 + 16));
}

/** A table sheet (headers and rows) as a layout: one frozen header row; `heading` says what it is when printed. */
export function tableLayout(sheet: ReportSheet, heading?: string): SheetLayout {
  const width = sheet.headers.length;
  const body = sheet.rows.map((r) => Array.from({ length: width }, (_, j) => spreadsheetValue(r[j])));
  const rows: LayoutCell[][] = [sheet.headers.slice(), ...body];
  const formats = rows.map((r, i) => r.map((c, j) => (i === 0 ? TEXT_FORMAT : cellFormat(c, sheet.formats[j]))));
  const columnWidths = sheet.headers.map((_, j) => widthOf(rows, j));
  return {
    kind: kindOf(sheet.name),
    title: sheet.name,
    rows,
    formats,
    frozenRows: 1,
    headerRows: [0],
    titleRows: [],
    columnWidths,
    wrapColumns: columnWidths.flatMap((w, j) => (w >= 360 ? [j] : [])),
    charts: [],
    ...(heading ? { heading } : {}),
    ...(sheet.links?.length ? { journalLinks: sheet.links.map((l) => ({ ...l, row: l.row + 1 })) } : {}),
  };
}
