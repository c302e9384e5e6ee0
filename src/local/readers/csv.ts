import Papa from "papaparse";
import { isBlank } from "../../core/journal/cells";
import type { Grid, RejectedRow } from "../../core/journal/types";
import { ReaderError } from "./errors";
import { GridCollector, type RowSink } from "./rows";
import { type GridRead, isEmptyRow } from "./text";

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
 * rejectedRows: its columns are shifted, none of its cells can be trusted. The text is read as a
 * file streamed is (readCsvRows), in one piece.
 */
export function readCsv(text: string): GridRead {
  const records = new CsvRecords();
  const all = [...records.push(text), ...records.end()];
  const headers = all[0] ?? [];
  const collector = new GridCollector(headers);
  const rows = new CsvRows(headers, records.delimiter, collector);
  for (let i = 1; i < all.length; i++) rows.row(all[i]!);
  return readCsvGrid(collector.finish(rows.finish()));
}

/** A CSV file's grid as collected: nothing when it holds nothing but empty rows, not even a header row. */
export function readCsvGrid(read: GridRead): GridRead {
  return read.grid.length === 1 && isEmptyRow(read.grid[0]!) ? { grid: [], rejectedRows: [] } : read;
}

/** The grid of readCsv, for callers that trust the file (the sample journal). */
export function parseCsv(text: string): Grid {
  return readCsv(text).grid;
}

/**
 * Reads CSV text coming in pieces (a file being decoded), handing each data row to the sink
 * `open` gives for the header row. Returns the number of data rows (up to the last one holding a
 * value). Only the piece being parsed is held.
 */
export async function readCsvRows(texts: AsyncIterable<string>, open: (headers: readonly string[]) => RowSink | Promise<RowSink>): Promise<number> {
  const records = new CsvRecords();
  let rows: CsvRows | undefined;
  const take = async (parsed: string[][]) => {
    let i = 0;
    if (!rows && parsed.length) {
      const headers = parsed[i++]!;
      rows = new CsvRows(headers, records.delimiter, await open(headers));
    }
    for (; i < parsed.length; i++) rows!.row(parsed[i]!);
  };
  for await (const text of texts) await take(records.push(text));
  await take(records.end());
  if (!rows) rows = new CsvRows([], records.delimiter, await open([]));
  return rows.finish();
}

/** Papaparse guesses the line breaks from the first megabyte of what it is given first (ParserHandle.guessLineEndings). */
const FIRST_PARSE_CHARS = 1024 * 1024;
/**
 * The longest record read: journals' records take a few hundred characters. Past this, a quote is
 * surely never closed, and waiting for the end of the record would hold the rest of the file.
 */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Papaparse's handle, as its own streamer drives it: exported by the package, not typed by @types/papaparse. */
interface ParserHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>;
}
const ParserHandle = (Papa as unknown as { ParserHandle: new (config: Papa.ParseConfig) => ParserHandle }).ParserHandle;

/**
 * CSV records from text in pieces, parsed by papaparse as its ChunkStreamer feeds it: each piece
 * joined to the record the previous one cut, the last record held back until the next piece
 * (https://www.papaparse.com/docs#config: chunk, and papaparse.js's ChunkStreamer.parseChunk).
 * The delimiter is chosen from the header (detectDelimiter), the line breaks by papaparse from the
 * first piece, made at least a megabyte long so that a file read in one piece or in many gives the
 * same records.
 */
export class CsvRecords {
  delimiter = ",";
  private handle: ParserHandle | undefined;
  private pending = "";
  /** Records parsed so far (the header being the first). */
  private count = 0;

  /** The records the text completes. */
  push(text: string): string[][] {
    if (this.pending === "" && this.count === 0 && !this.handle && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.pending += text;
    if (!this.handle && this.pending.length <= FIRST_PARSE_CHARS) return [];
    return this.parse(false);
  }

  /** The last records, once the text is all read. */
  end(): string[][] {
    return this.parse(true);
  }

  private parse(last: boolean): string[][] {
    if (!this.handle) {
      this.delimiter = detectDelimiter(this.pending);
      this.handle = new ParserHandle({ delimiter: this.delimiter, skipEmptyLines: false, header: false });
    }
    const input = this.pending;
    // the whole text parsed at once ends with an empty record after its last line break
    if (last && input === "" && this.count > 0) return [[""]];
    const result = this.handle.parse(input, 0, !last);
    const fatal = last ? result.errors.find((e) => e.code === "MissingQuotes") : undefined;
    if (fatal) {
      const line = typeof fatal.row === "number" ? ` (enregistrement ${this.count + fatal.row + 1})` : "";
      throw new ReaderError(`Fichier CSV mal formé : un guillemet ouvert n'est jamais refermé${line}.`);
    }
    this.pending = last ? "" : input.substring(result.meta.cursor);
    this.count += result.data.length;
    if (this.pending.length > MAX_RECORD_CHARS) {
      throw new ReaderError(
        `Fichier CSV mal formé : l'enregistrement ${this.count + 1} dépasse ${MAX_RECORD_CHARS / (1024 * 1024)} millions de caractères ` +
          "(un guillemet ouvert n'est sans doute jamais refermé).",
      );
    }
    return result.data;
  }
}

/**
 * Fits each data row to the headers' width and hands it on: a short row padded with "", a row
 * with more fields than the header row rejected, cut to the headers' width. A writer gives its
 * rows the same number of fields as their header row (Bénévalibre the headers' count; Excel the
 * width of the sheet's used range, the header row padded with empty fields as well), so one field
 * more, even an empty one, is a separator in an unquoted value: the row's columns are shifted
 * ("12,5" km read 12, and the category "5"). Empty rows at the end are not handed: an empty row is
 * handed when a row holding a value follows it (a rejected one then).
 */
class CsvRows {
  private readonly width: number;
  private index = 0;
  /** Index of the last row holding a value. */
  private filled = 0;
  /** Empty rows with too many fields since the last row holding a value. */
  private emptyOverflows: number[] = [];

  constructor(private readonly headers: readonly string[], private readonly delimiter: string, private readonly sink: RowSink) {
    this.width = headers.length;
  }

  row(cells: string[]): void {
    const index = ++this.index;
    const empty = isEmptyRow(cells);
    if (!empty) {
      for (const i of this.emptyOverflows) this.rejectRow(Array<string>(this.width + 1).fill(""), i);
      this.emptyOverflows = [];
      this.filled = index;
    }
    if (cells.length > this.width) {
      if (empty) this.emptyOverflows.push(index);
      else this.rejectRow(cells, index);
      return;
    }
    for (let c = 0; c < cells.length; c++) cells[c] = detached(cells[c]!);
    while (cells.length < this.width) cells.push("");
    this.sink.row(cells, index);
  }

  /** The number of data rows, up to the last one holding a value. */
  finish(): number {
    return this.filled;
  }

  private rejectRow(cells: string[], index: number): void {
    const fields = cells.slice(0, Math.max(filledWidth(cells), this.width + 1));
    this.sink.reject({ index, ...overflowProblem(fields, this.headers, this.delimiter) }, cells.slice(0, this.width).map(detached));
  }
}

/**
 * A copy of a cell's text that does not hold on to the piece of the file it was cut from. V8 cuts
 * a substring of 13 characters or more as a view of its parent string: a name or label the
 * journal keeps would keep the whole megabyte read with it, and a journal of free-text titles
 * every megabyte of the file.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** Number of fields up to the last non-blank one (Excel pads rows with empty fields). */
function filledWidth(row: readonly string[]): number {
  let end = row.length;
  while (end > 0 && isBlank(row[end - 1])) end--;
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
