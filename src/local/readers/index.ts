import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Grid, RejectedRow, WallClock } from "../../core/journal/types";
import { parseBenevalibreJson } from "./benevalibre-json";
import { readCsv } from "./csv";
import { type TextEncoding, decodeText } from "./encoding";
import { ReaderError, inputLimitError, readProblem } from "./errors";
import type { GridRead } from "./text";
import { parseXlsx, xlsxWallClock } from "./xlsx";

export { ReaderError } from "./errors";
export { parseCsv, readCsv, detectDelimiter } from "./csv";
export { type TextEncoding, type DecodedText, decodeText } from "./encoding";
export { parseXlsx, normaliseCell, errorOf, xlsxWallClock } from "./xlsx";
export { parseBenevalibreJson } from "./benevalibre-json";
export type { GridRead } from "./text";

export type JournalFormat = "csv" | "xlsx" | "json";

export interface JournalFile {
  grid: Grid;
  /** Wall clock of the Date cells in the grid (only XLSX files hold Dates; text files hold strings). */
  wallClock: WallClock;
  format: JournalFormat;
  /** Encoding the text file was read in ("Windows-1252", "UTF-16 LE"...); null for an XLSX workbook. */
  encoding: TextEncoding | null;
  /**
   * Rows of the grid that cannot be read (a CSV line with more values than headers, an XLSX row
   * holding an error cell): the journal lists them as errors and leaves them out.
   */
  rejectedRows: RejectedRow[];
}

export interface ReadOptions {
  /** Worksheet to read in an XLSX workbook (default: the first one). */
  sheet?: string;
}

const FORMATS: Record<string, JournalFormat> = { ".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".json": "json" };

/** The format of a journal file from its extension, or a French ReaderError. */
export function formatOf(path: string): JournalFormat {
  const ext = extname(path).toLowerCase();
  const format = FORMATS[ext];
  if (format) return format;
  const hint =
    ext === ".xls" || ext === ".ods"
      ? " Enregistrez-le au format .xlsx ou .csv depuis votre tableur."
      : "";
  throw new ReaderError(
    `Format de fichier non pris en charge${ext ? ` (« ${ext} »)` : " (fichier sans extension)"} : ${path}.${hint} ` +
      "Formats acceptés : .csv, .tsv, .txt, .xlsx, .json.",
  );
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ReaderError(`Fichier introuvable : ${path}`);
    if (code === "EISDIR") throw new ReaderError(`${path} est un dossier, pas un fichier.`);
    if (code === "EACCES" || code === "EPERM") throw new ReaderError(`Lecture du fichier refusée (droits insuffisants) : ${path}`);
    throw new ReaderError(`Impossible de lire le fichier ${path} : ${readProblem(code)}.`);
  }
}

/** Reads a journal file (Bénévalibre export or a spreadsheet saved as CSV/XLSX) into a grid. */
export async function readJournalFile(path: string, options: ReadOptions = {}): Promise<JournalFile> {
  const format = formatOf(path);
  const bytes = await readBytes(path);
  try {
    if (format === "xlsx") return { ...(await parseXlsx(bytes, options.sheet)), wallClock: xlsxWallClock, format, encoding: null };
    const { text, encoding } = decodeText(bytes);
    return { ...parseText(text, format), wallClock: xlsxWallClock, format, encoding };
  } catch (error) {
    const refusal = error instanceof ReaderError ? error : inputLimitError(error);
    if (refusal) throw new ReaderError(`${path} : ${refusal.message}`);
    throw error;
  }
}

function parseText(text: string, format: "csv" | "json"): GridRead {
  return format === "json" ? { grid: parseBenevalibreJson(text), rejectedRows: [] } : readCsv(text);
}
