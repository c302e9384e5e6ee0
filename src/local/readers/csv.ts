import Papa from "papaparse";
import type { Grid, RejectedRow } from "../../core/journal/types";
import { ReaderError } from "./errors";
import { type GridRead, isBlankCell, tidyRows } from "./text";

const CANDIDATES = [";", ",", "\t"] as const;

/**
 * The delimiter of a CSV text: the candidate found most often, outside quotes, in the header
 * record. A tie or no candidate at all gives ",". Counting in the header only keeps a comma in a
 * header such as "Heures, en décimal" from winning over the semicolons around it.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if ([...counts.values()].some((n) => n > 0)) break; // header record read
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  let bestCount = counts.get(",") ?? 0;
  for (const [c, n] of counts) {
    if (n > bestCount) [best, bestCount] = [c, n];
  }
  return best;
}

/**
 * Parses CSV text into a grid of strings, first row the headers. Delimiter among ";", "," and tab;
 * quoted fields may hold delimiters, doubled quotes and newlines; empty rows at the end are dropped.
 * A row with a value beyond the last header is cut to the headers' width and listed in
 * rejectedRows: its columns are shifted, none of its cells can be trusted.
 */
export function readCsv(text: string): GridRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, header: false });
  const fatal = result.errors.find((e) => e.code === "MissingQuotes");
  if (fatal) {
    const line = typeof fatal.row === "number" ? ` (enregistrement ${fatal.row + 1})` : "";
    throw new ReaderError(`Fichier CSV mal formé : un guillemet ouvert n'est jamais refermé${line}.`);
  }
  return fitToHeaders(tidyRows(result.data), delimiter);
}

/** The grid of readCsv, for callers that trust the file (the sample journal). */
export function parseCsv(text: string): Grid {
  return readCsv(text).grid;
}

/**
 * Cuts each row to the headers' width, listing the rows with more fields than the header row. A
 * writer gives its rows the same number of fields as their header row (Bénévalibre the headers'
 * count; Excel the width of the sheet's used range, the header row padded with empty fields as
 * well), so one field more, even an empty one, is a separator in an unquoted value: the row's
 * columns are shifted ("12,5" km read 12, and the category "5").
 */
function fitToHeaders(rows: string[][], delimiter: string): GridRead {
  const width = rows[0]?.length ?? 0;
  const rejectedRows: RejectedRow[] = [];
  const grid = rows.map((row, index) => {
    if (index === 0 || row.length <= width) return row;
    rejectedRows.push({ index, ...overflowProblem(row.slice(0, Math.max(filledWidth(row), width + 1)), rows[0]!, delimiter) });
    return row.slice(0, width);
  });
  return { grid, rejectedRows };
}

/** Number of fields up to the last non-blank one (Excel pads rows with empty fields). */
function filledWidth(row: readonly string[]): number {
  let end = row.length;
  while (end > 0 && isBlankCell(row[end - 1])) end--;
  return end;
}

const DELIMITER_NAMES: Record<string, string> = { ";": "point-virgule", ",": "virgule", "\t": "tabulation" };

/** Why a row has too many values: a decimal comma in a comma file when two whole numbers sit side by side. */
function overflowProblem(row: readonly string[], headers: readonly string[], delimiter: string): Omit<RejectedRow, "index"> {
  const counts = `${row.length} valeurs pour ${headers.length} en-têtes`;
  const split = delimiter === "," ? splitDecimal(row) : -1;
  if (split < 0) {
    const name = DELIMITER_NAMES[delimiter] ?? delimiter;
    return {
      column: headers[headers.length - 1] ?? "",
      problem: `${counts} : un séparateur (${name}) en trop, dans une valeur non protégée par des guillemets, décale les colonnes. Ligne écartée.`,
    };
  }
  const [whole, decimals] = [row[split]!, row[split + 1]!];
  const header = (i: number) => (i < headers.length && headers[i] ? `« ${headers[i]} »` : "une colonne sans en-tête");
  return {
    column: headers[split] ?? "",
    problem:
      `${counts} ; une virgule décimale non protégée par des guillemets décale sans doute les colonnes ` +
      `(« ${whole},${decimals} » lu « ${whole} » dans ${header(split)} et « ${decimals} » dans ${header(split + 1)}). Ligne écartée.`,
  };
}

/** Index of the first field that is a whole number followed by a field of digits only, or -1. */
function splitDecimal(row: readonly string[]): number {
  for (let i = 0; i + 1 < row.length; i++) {
    if (/^\s*-?\d+$/.test(row[i]!) && /^\d+\s*$/.test(row[i + 1]!)) return i;
  }
  return -1;
}
