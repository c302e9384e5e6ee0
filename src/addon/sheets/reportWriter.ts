import { type SheetLayout, noteHeight, sheetsText } from "../../core/report/layout";
import { writeCharts } from "./charts";
import { type JournalPlace, writeJournalLinks } from "./journalLinks";
import { type ReportMark, markReportSheet, reportMark } from "./marks";
import { sheetChange, sheetSums } from "./reportSums";

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
export function fitGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Writes one layout: a constant number of calls whatever the number of rows.
 *
 * Printing: SpreadsheetApp has no page setup (paper, orientation, scale, margins, print header): the
 * Sheet and Range classes hold none (Apps Script's reference; @types/google-apps-script's Sheet has no
 * such method), and Google's only handle on them is the file export URL's parameters (size, portrait,
 * fitw, fzr: github.com/techstreams/TSDynamicUrls README), which an add-on would fetch with a new scope
 * (a page orientation in the API is still asked for: issuetracker.google.com/issues/79378403, cited in
 * github.com/googleapis/google-api-dotnet-client/issues/1670). What a sheet can carry is done here:
 * a title row (the layout's heading), frozen title and header rows, which Sheets' print dialog repeats
 * on every page (its « Répéter les lignes figées » option, fzr=true), and each note in one merged,
 * wrapped cell. A4, landscape and « Ajuster à la largeur » are the user's choice in that dialog.
 */
function writeLayout(sheet: Sheet, layout: SheetLayout, journal: JournalPlace | undefined): void {
  const numRows = layout.rows.length;
  const numColumns = layout.rows[0]?.length ?? 0;
  if (numRows === 0 || numColumns === 0) return;
  fitGrid(sheet, numRows, numColumns + (layout.charts.length ? 8 : 0));
  const range = sheet.getRange(1, 1, numRows, numColumns);
  // Formats first: a text format keeps a name like "007" as the text it is; the apostrophe of
  // sheetsText keeps "=1+1" from ever being read as a formula.
  range.setNumberFormats(layout.formats);
  range.setValues(layout.rows.map((row) => row.map(sheetsText)));
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
  // A merged cell does not grow with its text, in Sheets as in Excel: the row gets the text's height.
  for (const i of layout.noteRows ?? []) {
    sheet.getRange(i + 1, 1, 1, numColumns).merge().setWrap(true);
    sheet.setRowHeight(i + 1, noteHeight(layout, i));
  }
  layout.columnWidths.forEach((width, j) => sheet.setColumnWidth(j + 1, width));
  sheet.setFrozenRows(layout.frozenRows);
  writeCharts(sheet, layout.charts);
}

/** Charts, values, formats and merged notes off: the new layout's rows fall anywhere. */
function emptySheet(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const maxRows = sheet.getMaxRows();
  sheet.getRange(1, 1, maxRows, sheet.getMaxColumns()).breakApart();
  sheet.clear();
  sheet.autoResizeRows(1, maxRows);
}

/** A report sheet left as the user made it: its name, why, and its kind (the new one is written beside). */
export interface KeptSheet {
  name: string;
  reason: string;
  kind: string;
}

export interface SheetPlan {
  sheets: Sheet[];
  /** Lower-cased names of every sheet (Sheets keeps them unique whatever the case). */
  taken: Set<string>;
  /** The sheet each kind is rewritten in, as Valorise wrote it; a kind absent gets a new sheet. */
  reuse: Map<string, { sheet: Sheet; name: string; mark: ReportMark }>;
  /** This year's sheets no longer written, as Valorise wrote them: deleted. */
  remove: { sheet: Sheet; name: string }[];
  kept: KeptSheet[];
}

/**
 * What writing a year's report would do. Only a sheet Valorise created for the year, still under its
 * name and holding the values it wrote (one read per sheet, sheetChange), is rewritten or deleted; a
 * sheet renamed or edited since is kept as it is, and its kind written to a new sheet. Sheets of the
 * kinds not written are left alone when `keepOthers` (the report of one association among several).
 */
export function planReportSheets(spreadsheet: Spreadsheet, year: number, kinds: ReadonlySet<string>, keepOthers: boolean): SheetPlan {
  const sheets = spreadsheet.getSheets();
  const plan: SheetPlan = { sheets, taken: new Set(), reuse: new Map(), remove: [], kept: [] };
  for (const sheet of sheets) {
    const name = sheet.getName();
    plan.taken.add(name.toLowerCase());
    const mark = reportMark(sheet);
    if (mark?.year !== year || (keepOthers && !kinds.has(mark.kind))) continue;
    const reason = sheetChange(sheet, name, mark);
    if (reason) plan.kept.push({ name, reason, kind: mark.kind });
    else if (kinds.has(mark.kind) && !plan.reuse.has(mark.kind)) plan.reuse.set(mark.kind, { sheet, name, mark });
    else plan.remove.push({ sheet, name });
  }
  return plan;
}

/**
 * Writes a year's report sheets as planReportSheets says: deletes, rewrites, and new sheets under a
 * free name (never the name of another sheet). Each sheet written is marked with the fingerprints of
 * what it holds. Other years' sheets are kept. The first sheet (the Synthèse) is shown at the end.
 * Cells pointing at the journal link to it when `journal` is given.
 */
export function writeReportSheets(
  spreadsheet: Spreadsheet, year: number, layouts: readonly SheetLayout[], journal?: JournalPlace, keepOthers = false,
): { written: WrittenSheet[]; kept: KeptSheet[] } {
  const plan = planReportSheets(spreadsheet, year, new Set(layouts.map((l) => l.kind)), keepOthers);
  let count = plan.sheets.length;
  for (const { sheet, name } of plan.remove) {
    spreadsheet.deleteSheet(sheet);
    plan.taken.delete(name.toLowerCase());
    count--;
  }
  let first: Sheet | undefined;
  const written = layouts.map((layout) => {
    const ours = plan.reuse.get(layout.kind);
    let sheet = ours?.sheet;
    let name: string;
    if (ours) {
      name = ours.name;
      emptySheet(ours.sheet);
    } else {
      name = freeName(reportSheetName(year, layout.title), plan.taken);
      sheet = spreadsheet.insertSheet(name, count++);
      plan.taken.add(name.toLowerCase());
    }
    writeLayout(sheet!, layout, journal);
    markReportSheet(sheet!, year, layout.kind, sheetSums(sheet!, name), ours?.mark.metadata);
    first ??= sheet;
    return { kind: layout.kind, name, sheetId: sheet!.getSheetId(), rows: Math.max(0, layout.rows.length - layout.frozenRows) };
  });
  first?.activate();
  return { written, kept: plan.kept };
}
