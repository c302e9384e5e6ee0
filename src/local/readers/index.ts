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
export type { JournalFormat, JournalHead, JournalFile } from "./journalFile";

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

/**
 * Opens a file on disk as a journal source (its format from its extension, read with Node's byte
 * functions, its messages naming it by its path), reads it with `read`, and closes it.
 */
async function readSource<T>(path: string, read: (source: JournalSource) => Promise<T>): Promise<T> {
  const format = formatOf(path);
  const file = await open(path);
  try {
    return await read({
      name: path,
      format,
      bytes: file,
      platform: nodePlatform,
      systemError: (error) => ((error as NodeJS.ErrnoException).code ? readError(error, path) : undefined),
    });
  } finally {
    await file.close();
  }
}

/**
 * Reads a journal file (Bénévalibre export, or a spreadsheet saved as CSV or XLSX) row by row, as
 * readSourceRows does: a CSV or XLSX file as a stream, a JSON file whole (up to MAX_JSON_BYTES).
 * The file's errors are French ReaderErrors naming it.
 */
export function readJournalRows(
  path: string,
  options: ReadOptions,
  openRows: (headers: readonly unknown[], head: JournalHead) => RowSink | Promise<RowSink>,
): Promise<JournalHead & { rows: number }> {
  return readSource(path, (source) => readSourceRows(source, options, openRows));
}

/** Reads a journal file (or a table beside it: roles, aliases, rates) into a grid. */
export function readJournalFile(path: string, options: ReadOptions = {}): Promise<JournalFile> {
  return readSource(path, (source) => readSourceFile(source, options));
}
