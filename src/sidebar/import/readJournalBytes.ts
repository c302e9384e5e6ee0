import type { Grid, RejectedRow } from "../../core/journal/types";
import { bytesSource } from "../../local/readers/byteSource";
import { type JournalFormat, formatOfExtension, readSourceFile } from "../../local/readers/journalFile";
import type { TextEncoding } from "../../local/readers/textDecoding";
import { browserPlatform } from "./browserPlatform";
import { fileExtension } from "./fileExtension";

export interface JournalBytesRead {
  grid: Grid;
  /** Rows of the grid that cannot be read (with row, column and French reason): listed as errors, left out. */
  rejectedRows: RejectedRow[];
  format: JournalFormat;
  /** Encoding the text file was read in ("Windows-1252", "UTF-16 LE"...); null for an XLSX workbook. */
  encoding: TextEncoding | null;
}

/**
 * Reads a journal file chosen in the sidebar (a Bénévalibre export, or a spreadsheet saved as CSV
 * or XLSX) from its bytes, in the browser, by the command line's rules: its format from the name's
 * extension, the first sheet of a workbook, the same grid and rejected rows as `valorise` gives for
 * that file. A file it cannot read is a ReaderError whose French message starts with the file's
 * name, as the command line's starts with its path: « journal.csv : Ligne 3 : ... ».
 */
export async function readJournalBytes(fileName: string, bytes: Uint8Array): Promise<JournalBytesRead> {
  const format = formatOfExtension(fileExtension(fileName), fileName);
  const read = await readSourceFile({ name: fileName, format, bytes: bytesSource(bytes), platform: browserPlatform });
  return { grid: read.grid, rejectedRows: read.rejectedRows, format: read.format, encoding: read.encoding };
}
