import { headersFound } from "../text/headersFound";
import { cellText, isBlank, quoteCell } from "../journal/cells";
import type { Grid, WallClock } from "../journal/types";
import { accentlessKey, cleanText, identityKey } from "../text/identity";
import { UserError } from "../userError";

/** A cell or a row of a side table not read as written: row and header as in the sheet, French reason. */
export interface TableIssue {
  row: number;
  column: string;
  problem: string;
}

/** Reads one cell: its value, or `bad(why)` (said after the cell quoted) and undefined. */
export type CellRead = (cell: unknown, bad: (why: string) => undefined) => unknown;

export interface NamedRowsSpec {
  /** « Table des associations », « Table des bénévoles ». */
  title: string;
  /** The headers as Valorise writes them; the first names the row. */
  headers: readonly string[];
  /** The words naming each column, in the order of `headers`, tried on the header without accents nor case. */
  words: readonly RegExp[];
  /** The order the words are tried in (a header naming two columns is the first one's). */
  order: readonly number[];
  /** « Nom de l'association manquant ». */
  missingName: string;
  /** The readers of the columns after the first, in the order of `headers`. */
  readers: readonly CellRead[];
  /** The error thrown when the name's column is missing. */
  error: new (message: string) => UserError;
}

/** A row read: its sheet row, its name, each column's value (unset when blank or bad), which cells were not blank. */
export interface NamedRow {
  row: number;
  name: string;
  values: unknown[];
  given: boolean[];
  issue: (field: number, problem: string) => void;
}

/**
 * Reads a table of one named thing a row (associations, volunteers): headers in the first row, found by
 * meaning (only the name's is required); a bad cell is reported and left unset, the rest of its row
 * kept; a row without a name, or naming one already listed (identity rule), is reported and ignored.
 * firstRow: the sheet row of the headers.
 */
export function readNamedRows<T>(
  grid: Grid, spec: NamedRowsSpec, make: (row: NamedRow) => T, options: { firstRow?: number; wallClock?: WallClock } = {},
): { rows: T[]; issues: TableIssue[]; byKey: Map<string, T> } {
  const headers = (grid[0] ?? []).map(cellText);
  const at: number[] = [];
  headers.forEach((header, column) => {
    const text = accentlessKey(header);
    const field = spec.order.find((f) => spec.words[f]!.test(text));
    if (field !== undefined) at[field] ??= column;
  });
  if (at[0] === undefined) {
    throw new spec.error(
      `${spec.title} : colonne « ${spec.headers[0]} » attendue en première ligne. ${headersFound(headers)}`,
    );
  }
  const rows: T[] = [];
  const issues: TableIssue[] = [];
  const byKey = new Map<string, T>();
  const firstRowOf = new Map<string, number>();
  grid.forEach((cells, i) => {
    if (!i || cells.every(isBlank)) return;
    const row = (options.firstRow ?? 1) + i;
    const issue = (field: number, problem: string) => void issues.push({ row, column: headers[at[field]!] ?? spec.headers[field]!, problem });
    const name = cleanText(cellText(cells[at[0]!]));
    const key = identityKey(name);
    const first = firstRowOf.get(key);
    if (!name || first) return issue(0, first ? `« ${name} » figure déjà ligne ${first} : ligne ignorée.` : `${spec.missingName} : ligne ignorée.`);
    const values: unknown[] = [];
    const given: boolean[] = [];
    spec.readers.forEach((read, r) => {
      const cell = cells[at[r + 1]!];
      if (at[r + 1] === undefined || isBlank(cell)) return;
      given[r + 1] = true;
      values[r + 1] = read(cell, (why) => issue(r + 1, `${quoteCell(cell, options.wallClock)} ${why}. Cellule ignorée.`));
    });
    const made = make({ row, name, values, given, issue });
    firstRowOf.set(key, row);
    byKey.set(key, made);
    rows.push(made);
  });
  return { rows, issues, byKey };
}
