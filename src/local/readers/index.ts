import { extname } from "node:path";
import { ReaderError, readProblem } from "./errors";
import { type OpenFile, openFile } from "./fileSource";
import {
  type JournalFile,
  type JournalFormat,
  type JournalHead,
  type JournalSource,
  type ReadOptions,
  formatOfExtension,
  readSourceFile,
  readSourceRows,
} from "./journalFile";
import { nodePlatform } from "./nodePlatform";
import type { RowSink } from "./rows";

export { ReaderError } from "./errors";
export { parseCsv, readCsv, detectDelimiter } from "./csv";
export { type TextEncoding, type DecodedText, decodeText } from "./encoding";
export { parseXlsx, normaliseCell, errorOf, xlsxWallClock } from "./xlsx";
export { parseBenevalibreJson } from "./benevalibre-json";
export type { GridRead } from "./text";
export type { RowSink } from "./rows";
export type { JournalFormat, JournalHead, JournalFile, ReadOptions } from "./journalFile";

/** The format of a journal file from its extension, or a French ReaderError. */
export function formatOf(path: string): JournalFormat {
  return formatOfExtension(extname(path), path);
}

async function open(path: string): Promise<OpenFile> {
  try {
    return await openFile(path);
  } catch (error) {
    throw readError(error, path);
  }
}

function readError(error: unknown, path: string): ReaderError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new ReaderError(`Fichier introuvable : ${path}`);
  if (code === "EISDIR") return new ReaderError(`${path} est un dossier, pas un fichier.`);
  if (code === "EACCES" || code === "EPERM") return new ReaderError(`Lecture du fichier refusée (droits insuffisants) : ${path}`);
  return new ReaderError(`Impossible de lire le fichier ${path} : ${readProblem(code)}.`);
}

/** A file on disk, read with Node's byte functions; its messages name it by its path. */
function sourceOf(path: string, format: JournalFormat, file: OpenFile): JournalSource {
  return {
    name: path,
    format,
    bytes: file,
    platform: nodePlatform,
    systemError: (error) => ((error as NodeJS.ErrnoException).code ? readError(error, path) : undefined),
  };
}

/**
 * Reads a journal file (Bénévalibre export, or a spreadsheet saved as CSV or XLSX) row by row, as
 * readSourceRows does: a CSV or XLSX file as a stream, a JSON file whole (up to MAX_JSON_BYTES).
 * The file's errors are French ReaderErrors naming it.
 */
export async function readJournalRows(
  path: string,
  options: ReadOptions,
  openRows: (headers: readonly unknown[], head: JournalHead) => RowSink | Promise<RowSink>,
): Promise<JournalHead & { rows: number }> {
  const format = formatOf(path);
  const file = await open(path);
  try {
    return await readSourceRows(sourceOf(path, format, file), options, openRows);
  } finally {
    await file.close();
  }
}

/** Reads a journal file (or a table beside it: roles, aliases, rates) into a grid. */
export async function readJournalFile(path: string, options: ReadOptions = {}): Promise<JournalFile> {
  const format = formatOf(path);
  const file = await open(path);
  try {
    return await readSourceFile(sourceOf(path, format, file), options);
  } finally {
    await file.close();
  }
}
