import type { JournalSheetRequest, JournalSheetResult } from "../../contract/sidebar";
import { importText } from "../../core/journal/importText";
import type { RejectedRow } from "../../core/journal/types";
import { groupThousands } from "../../core/text/thousands";
import { readJournalBytes } from "./readJournalBytes";

/** What one call carries at most: well under what google.script.run is known to take (no documented limit). */
const PART_ROWS = 2_000;
const PART_CHARS = 1_000_000;
const MAX_CELL_CHARS = 50_000;

/** A file's rows as the text the new sheet holds, cut in parts of PART_ROWS rows and PART_CHARS characters at most. */
export function importParts(rows: string[][]): string[][][] {
  const parts: string[][][] = [];
  let part: string[][] = [];
  let chars = 0;
  for (const row of rows) {
    const size = row.reduce((n, c) => n + c.length + 1, 0);
    if (part.length && (part.length >= PART_ROWS || chars + size > PART_CHARS)) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(row);
    chars += size;
  }
  if (part.length) parts.push(part);
  return parts;
}

/** Google Sheets holds 50,000 characters in a cell (docs/regles/google-sheets.md): the first longer text of a file, said in French. */
export function tooLong(rows: readonly string[][]): string | undefined {
  for (let r = 0; r < rows.length; r++) {
    const c = rows[r]!.findIndex((text) => text.length > MAX_CELL_CHARS);
    if (c >= 0) {
      return `${r ? `la ligne n° ${r} sous les en-têtes` : "la ligne des en-têtes"}, colonne n° ${c + 1}, tient ${groupThousands(rows[r]![c]!.length)} caractères, ` +
        `au-delà des ${groupThousands(MAX_CELL_CHARS)} qu'une cellule de Google Sheets peut tenir.`;
    }
  }
  return undefined;
}

/** "benevalo-export.csv" → « Import benevalo-export », within Sheets' 100 characters (room for " (2)"). */
export function importSheetName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "").trim() || "fichier";
  const name = `Import ${base}`;
  return name.length > 94 ? `${name.slice(0, 93)}…` : name;
}

/** The rows a reader left out, said the way the journal's findings are: which row of the file, column, reason. */
export function rejectedText(rejected: readonly RejectedRow[]): string[] {
  return rejected.slice(0, 20).map((r) => `Ligne n° ${r.index} sous les en-têtes${r.column ? `, colonne « ${r.column} »` : ""} : ${r.problem}`)
    .concat(rejected.length > 20 ? [`… et ${rejected.length - 20} autres lignes.`] : []);
}

export interface ImportOutcome {
  ok: boolean;
  message: string;
  /** The new sheet's name when written. */
  sheet?: string;
  /** French lines on the rows of the file not copied. */
  details: string[];
}

/**
 * Reads a journal file chosen in the page (Bénévalibre's CSV, XLSX or JSON export, or a spreadsheet
 * saved as CSV) with the command line's readers, then writes it into a new sheet, part after part, but
 * for the rows the readers reject, which the outcome lists:
 * `send` is the server call, `onPart` tells which part is being written.
 */
export async function importJournal(
  file: { name: string; bytes: Uint8Array },
  send: (request: JournalSheetRequest) => Promise<JournalSheetResult>,
  onPart: (index: number, count: number) => void,
): Promise<ImportOutcome> {
  let read;
  try {
    read = await readJournalBytes(file.name, file.bytes);
  } catch (error) {
    return { ok: false, message: `Fichier « ${file.name} » illisible : ${(error as Error).message}`, details: [] };
  }
  // A row the reader rejects (shifted columns…) is not copied: read from the sheet, it would be counted.
  const rejected = new Set(read.rejectedRows.map((r) => r.index));
  const texts = read.grid.map((row) => row.map(importText));
  const rows = texts.filter((_, i) => !rejected.has(i));
  const details = rejectedText(read.rejectedRows);
  const long = tooLong(texts);
  if (long) return { ok: false, message: `Fichier « ${file.name} » : ${long} Rien n'a été importé.`, details };
  if (rows.length < 2) return { ok: false, message: `Le fichier « ${file.name} » ne contient aucune ligne sous ses en-têtes : rien n'a été importé.`, details };
  const parts = importParts(rows);
  let sheetId: number | undefined;
  let result: JournalSheetResult | undefined;
  for (let i = 0; i < parts.length; i++) {
    onPart(i, parts.length);
    result = await send({ name: importSheetName(file.name), rows: parts[i]!, ...(sheetId === undefined ? {} : { sheetId }) });
    if (!result.ok) {
      const written = i ? ` Les lignes déjà copiées restent dans la feuille créée : supprimez-la avant de réessayer.` : "";
      return { ok: false, message: `${result.message}${written}`, details };
    }
    sheetId = result.sheetId;
  }
  const done = result as Extract<JournalSheetResult, { ok: true }>;
  const lines = rows.length - 1;
  const left = rejected.size;
  return {
    ok: true,
    sheet: done.sheet,
    message: `Feuille « ${done.sheet} » créée : ${groupThousands(lines)} ligne${lines > 1 ? "s" : ""} copiée${lines > 1 ? "s" : ""} telles que le fichier les écrit` +
      `${left ? `, ${left} ligne${left > 1 ? "s" : ""} du fichier illisible${left > 1 ? "s" : ""} non copiée${left > 1 ? "s" : ""} (détail en haut du panneau)` : ""}. Aucune autre feuille n'a été modifiée.`,
    details,
  };
}
