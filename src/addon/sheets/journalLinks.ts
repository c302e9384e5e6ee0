import { cellText } from "../../core/journal/cells";
import type { ColumnMap } from "../../core/journal/fields";
import type { JournalLink } from "../../core/report/sheets";
import { columnLetter } from "../../core/text/columnLetter";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the journal sits: its sheet id, header row, first column, and the columns read. */
export interface JournalPlace {
  sheetId: number;
  headers: readonly unknown[];
  firstColumn: number;
  /** The column each field was read from: a header written twice points at the one read. */
  columns: ColumnMap;
}

/**
 * Writes each link cell as =HYPERLINK("#gid=<journal>&range=F12";12): the row number, which a click
 * shows in the journal. One setFormulas per run of consecutive cells of a column, so the calls do
 * not grow with the findings. ";" separates arguments in every locale (a "," would be a decimal
 * separator in French). The cells keep the layout's number format.
 */
export function writeJournalLinks(sheet: Sheet, links: readonly JournalLink[], journal: JournalPlace): void {
  const index = new Map<string, number>();
  for (const c of Object.values(journal.columns)) index.set(c.header.trim(), c.index);
  journal.headers.forEach((h, i) => {
    if (!index.has(cellText(h).trim())) index.set(cellText(h).trim(), i);
  });
  const formula = (l: JournalLink) => {
    const cell = `${columnLetter(journal.firstColumn + (index.get(l.journalHeader.trim()) ?? 0))}${l.journalRow}`;
    return [`=HYPERLINK("#gid=${journal.sheetId}&range=${cell}";${l.journalRow})`];
  };
  const sorted = [...links].sort((a, b) => a.column - b.column || a.row - b.row);
  for (let start = 0, end = 1; start < sorted.length; start = end++) {
    while (end < sorted.length && sorted[end]!.column === sorted[start]!.column && sorted[end]!.row === sorted[end - 1]!.row + 1) end++;
    const run = sorted.slice(start, end);
    sheet.getRange(run[0]!.row + 1, run[0]!.column + 1, run.length, 1).setFormulas(run.map(formula));
  }
}
