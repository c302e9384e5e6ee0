import type { SheetLayout } from "../../core/report/layout";
import { writeCharts } from "./charts";
import { type JournalPlace, writeJournalLinks } from "./journalLinks";
import { markReportSheet, reportMark } from "./marks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WrittenSheet {
  kind: string;
  name: string;
  sheetId: number;
  rows: number;
}

const HEADER_BACKGROUND = "#dde6f3";
const TITLE_BACKGROUND = "#f1f3f4";

/** Sheets limits a sheet's name to 100 characters: a long association name is cut, leaving room for " (2)". */
export function reportSheetName(year: number, title: string): string {
  const name = `Valorise ${year} – ${title}`;
  return name.length > 94 ? `${name.slice(0, 93)}…` : name;
}

/**
 * "Valorise 2025 – CEC", else "Valorise 2025 – CEC (2)", "(3)"…: never the name of another sheet.
 * Sheets keeps names unique whatever their letter case, so `taken` holds lower-cased names.
 */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const free = (name: string) => !taken.has(name.toLowerCase());
  if (free(wanted)) return wanted;
  let n = 2;
  while (!free(`${wanted} (${n})`)) n++;
  return `${wanted} (${n})`;
}

/** Makes room for the layout: a new sheet has 1000 rows and 26 columns. */
function fitGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes one layout: a constant number of calls whatever the number of rows. */
function writeLayout(sheet: Sheet, layout: SheetLayout, journal: JournalPlace | undefined): void {
  const numRows = layout.rows.length;
  const numColumns = layout.rows[0]?.length ?? 0;
  if (numRows === 0 || numColumns === 0) return;
  fitGrid(sheet, numRows, numColumns + (layout.charts.length ? 8 : 0));
  const range = sheet.getRange(1, 1, numRows, numColumns);
  // Formats first: a text format keeps a name like "=1+1" or "007" as the text it is.
  range.setNumberFormats(layout.formats);
  range.setValues(layout.rows);
  if (journal && layout.journalLinks?.length) writeJournalLinks(sheet, layout.journalLinks, journal);
  const bold = new Set([...layout.headerRows, ...layout.titleRows]);
  range.setFontWeights(layout.rows.map((_, i) => layout.rows[0]!.map(() => (bold.has(i) ? "bold" : "normal"))));
  range.setVerticalAlignment("top");
  // One call for every header and title row (a Synthèse has a dozen): service calls cost more than cells.
  const headers = new Set(layout.headerRows);
  const titles = new Set(layout.titleRows);
  if (headers.size || titles.size) {
    range.setBackgrounds(layout.rows.map((_, i) => Array<string | null>(numColumns).fill(headers.has(i) ? HEADER_BACKGROUND : titles.has(i) ? TITLE_BACKGROUND : null)));
  }
  for (const j of layout.wrapColumns) sheet.getRange(1, j + 1, numRows, 1).setWrap(true);
  layout.columnWidths.forEach((width, j) => sheet.setColumnWidth(j + 1, width));
  sheet.setFrozenRows(layout.frozenRows);
  writeCharts(sheet, layout.charts);
}

function emptySheet(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
}

/**
 * Writes a year's report sheets. A sheet Valorise created for the same year and kind is emptied and
 * rewritten; any other sheet is left alone, and a new sheet whose name is taken gets a free one.
 * This year's sheets of a kind no longer written are deleted, unless `keepOthers` (the report of one
 * association among several leaves the others' sheets); other years' sheets are kept. The first
 * sheet (the Synthèse) is shown at the end. Cells pointing at the journal link to it when `journal` is given.
 */
export function writeReportSheets(
  spreadsheet: Spreadsheet, year: number, layouts: readonly SheetLayout[], journal?: JournalPlace, keepOthers = false,
): WrittenSheet[] {
  const sheets = spreadsheet.getSheets();
  const taken = new Set<string>();
  const ours = new Map<string, Sheet>();
  for (const sheet of sheets) {
    taken.add(sheet.getName().toLowerCase());
    const mark = reportMark(sheet);
    if (mark?.year === year && !ours.has(mark.kind)) ours.set(mark.kind, sheet);
  }
  let count = sheets.length;
  const kinds = new Set(layouts.map((l) => l.kind));
  for (const [kind, sheet] of ours) {
    if (kinds.has(kind) || keepOthers) continue;
    spreadsheet.deleteSheet(sheet);
    count--;
  }
  let first: Sheet | undefined;
  const written = layouts.map((layout) => {
    let sheet = ours.get(layout.kind);
    let name: string;
    if (sheet) {
      name = sheet.getName();
      emptySheet(sheet);
    } else {
      name = freeName(reportSheetName(year, layout.title), taken);
      sheet = spreadsheet.insertSheet(name, count++);
      taken.add(name.toLowerCase());
      markReportSheet(sheet, { year, kind: layout.kind });
    }
    writeLayout(sheet, layout, journal);
    first ??= sheet;
    return { kind: layout.kind, name, sheetId: sheet.getSheetId(), rows: Math.max(0, layout.rows.length - layout.frozenRows) };
  });
  first?.activate();
  return written;
}
