import type { Grid, RejectedRow, WallClock } from "../../core/journal/types";
import { MAX_JSON_BYTES, parseBenevalibreJson } from "./benevalibre-json";
import type { BytePlatform } from "./bytePlatform";
import type { ByteSource, RandomAccess } from "./byteSource";
import { readCsvGrid, readCsvRows } from "./csv";
import { ReaderError, inputLimitError } from "./errors";
import { GridCollector, type RowSink } from "./rows";
import type { GridRead } from "./text";
import { type TextEncoding, decodeText, openText } from "./textDecoding";
import { readXlsxRows, xlsxGrid, xlsxWallClock } from "./xlsxRows";

export type JournalFormat = "csv" | "xlsx" | "json";

/** What a journal file is, known once its header row is read. */
export interface JournalHead {
  /** Wall clock of the Date cells (only XLSX files hold Dates; text files hold strings). */
  wallClock: WallClock;
  format: JournalFormat;
  /** Encoding the text file was read in ("Windows-1252", "UTF-16 LE"...); null for an XLSX workbook. */
  encoding: TextEncoding | null;
}

export interface JournalFile extends JournalHead {
  grid: Grid;
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

/** The format of a journal file from its extension ("" when it has none), or a French ReaderError naming the file. */
export function formatOfExtension(extension: string, name: string): JournalFormat {
  const ext = extension.toLowerCase();
  const format = FORMATS[ext];
  if (format) return format;
  const hint =
    ext === ".xls" || ext === ".ods"
      ? " Enregistrez-le au format .xlsx ou .csv depuis votre tableur."
      : "";
  throw new ReaderError(
    `Format de fichier non pris en charge${ext ? ` (« ${ext} »)` : " (fichier sans extension)"} : ${name}.${hint} ` +
      "Formats acceptés : .csv, .tsv, .txt, .xlsx, .json.",
  );
}

/** A journal file open for reading, whatever holds it: a file on disk (the CLI), bytes chosen in the sidebar. */
export interface JournalSource {
  /** The file as the messages name it: the CLI's path as given, the name of the file chosen in the sidebar. */
  name: string;
  format: JournalFormat;
  bytes: ByteSource & RandomAccess;
  platform: BytePlatform;
  /** The French refusal of an error of the system reading the bytes (the CLI's disk), or undefined for a defect. */
  systemError?(error: unknown): ReaderError | undefined;
}

/** An error of the caller's, thrown from `open`: passed through as it is, not named after the file being read. */
class CallerError {
  constructor(readonly error: unknown) {}
}

/**
 * Reads a journal file row by row: `openRows` gets the header row and gives the sink its data rows
 * go to. A CSV or XLSX file is read as a stream: only the rows being handed are in memory. A JSON
 * file, read whole, is refused beyond MAX_JSON_BYTES. Returns the number of data rows (up to the
 * last one holding a value). The file's errors are French ReaderErrors naming it.
 */
export async function readSourceRows(
  source: JournalSource,
  options: ReadOptions,
  openRows: (headers: readonly unknown[], head: JournalHead) => RowSink | Promise<RowSink>,
): Promise<JournalHead & { rows: number }> {
  const { format, bytes, platform } = source;
  const head: JournalHead = { wallClock: xlsxWallClock, format, encoding: null };
  const sinkFor = async (headers: readonly unknown[]) => {
    try {
      return await openRows(headers, head);
    } catch (error) {
      throw new CallerError(error);
    }
  };
  try {
    let rows: number;
    if (format === "xlsx") rows = await readXlsxRows(bytes, options.sheet, sinkFor, platform);
    else if (format === "json") rows = await readJson(bytes, platform, head, sinkFor);
    else {
      const text = await openText(bytes, platform);
      head.encoding = text.encoding;
      rows = await readCsvRows(text.texts, sinkFor);
    }
    return { ...head, rows };
  } catch (error) {
    if (error instanceof CallerError) throw error.error;
    throw namedRefusal(source, error) ?? source.systemError?.(error) ?? error;
  }
}

/**
 * The French refusal of a file's content, named after the file: a ReaderError, or the engine's
 * error its size or shape alone causes (nested too deep, too long for one string); undefined for a defect.
 */
function namedRefusal(source: JournalSource, error: unknown): ReaderError | undefined {
  const refusal = error instanceof ReaderError ? error : inputLimitError(error);
  return refusal && new ReaderError(`${source.name} : ${refusal.message}`);
}

async function readJson(
  file: RandomAccess,
  platform: BytePlatform,
  head: JournalHead,
  sinkFor: (headers: readonly unknown[]) => Promise<RowSink>,
): Promise<number> {
  if (file.size > MAX_JSON_BYTES) {
    throw new ReaderError(
      `Fichier JSON de ${Math.ceil(file.size / (1024 * 1024))} Mo, au-delà des ${MAX_JSON_BYTES / (1024 * 1024)} Mo qu'un fichier JSON peut faire ` +
        "(il est lu en entier). Exportez le journal de Bénévalibre en CSV : un CSV est lu sans limite de taille.",
    );
  }
  const { text, encoding } = decodeText(await file.read(0, file.size), platform);
  head.encoding = encoding;
  const grid = parseBenevalibreJson(text);
  const sink = await sinkFor(grid[0] ?? []);
  for (let i = 1; i < grid.length; i++) sink.row(grid[i]!, i);
  return Math.max(0, grid.length - 1);
}

/** Reads a journal file (or a table beside it: roles, aliases, rates) into a grid. */
export async function readSourceFile(source: JournalSource, options: ReadOptions = {}): Promise<JournalFile> {
  let collector: GridCollector | undefined;
  const read = await readSourceRows(source, options, (headers) => (collector = new GridCollector(headers)));
  const rows = collector!.finish(read.rows);
  let fitted: GridRead;
  try {
    fitted = read.format === "xlsx" ? xlsxGrid(rows) : read.format === "csv" ? readCsvGrid(rows) : rows;
  } catch (error) {
    throw namedRefusal(source, error) ?? error;
  }
  const { grid, rejectedRows } = fitted;
  return { grid, rejectedRows, wallClock: read.wallClock, format: read.format, encoding: read.encoding };
}
