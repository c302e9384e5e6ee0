import type { JournalSheetRequest, JournalSheetResult } from "../../contract/sidebar";
import { readsOtherwise } from "../../core/journal/importCheck";
import { importGrid } from "../../core/journal/importText";
import type { RejectedRow } from "../../core/journal/types";
import { groupThousands } from "../../core/text/thousands";
import { UserError } from "../../core/userError";
import { MAX_CELL_CHARS, MAX_IMPORT_COLUMNS } from "../../core/values/limits";
import { plural } from "../findings";
import { type JournalBytesRead, readJournalBytes } from "./readJournalBytes";

/** What one call carries at most: well under what google.script.run is known to take (no documented limit). */
const PART_ROWS = 2_000;
const PART_CHARS = 1_000_000;
/** A part the document lock keeps waiting (another import, a report being written) is sent again, this many times, this far apart. */
const BUSY_TRIES = 5;
const BUSY_WAIT_MS = 2_000;

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

/** "benevalo-export.csv" → « Import benevalo-export », within Sheets' 100 characters (room for " (2)"). */
export function importSheetName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, "").trim() || "fichier";
  const name = `Import ${base}`;
  return name.length > 94 ? `${name.slice(0, 93)}…` : name;
}

/** « 1 ligne », « 2 207 lignes » */
const lines = (n: number) => plural(n, "ligne", "lignes");
/** « ligne n° 3 sous les en-têtes », the header row itself for 0. */
const rowName = (index: number) => (index ? `ligne n° ${index} sous les en-têtes` : "ligne des en-têtes");

/** The rows a reader left out, said the way the journal's findings are: which row of the file, column, reason. */
export function rejectedText(rejected: readonly RejectedRow[]): string[] {
  const shown = rejected.slice(0, 20).map((r) => `L${rowName(r.index).slice(1)}${r.column ? `, colonne « ${r.column} »` : ""} : ${r.problem}`);
  const more = rejected.length - shown.length;
  return more ? [...shown, `… et ${more === 1 ? "une autre ligne" : `${groupThousands(more)} autres lignes`}.`] : shown;
}

/** The first text of `rows` (each with its index in the file) too long for a Sheets cell, said in French. */
export function tooLong(rows: readonly (readonly string[])[], indexes: readonly number[]): string | undefined {
  for (let r = 0; r < rows.length; r++) {
    const c = rows[r]!.findIndex((text) => text.length > MAX_CELL_CHARS);
    if (c >= 0) {
      return `la ${rowName(indexes[r]!)}, colonne n° ${c + 1}, tient ${groupThousands(rows[r]![c]!.length)} caractères, ` +
        `au-delà des ${groupThousands(MAX_CELL_CHARS)} qu'une cellule de Google Sheets peut tenir.`;
    }
  }
  return undefined;
}

export interface ImportOutcome {
  ok: boolean;
  message: string;
  /** The new sheet's name, once created (whole or not). */
  sheet?: string;
  /** French lines on the rows of the file not copied. */
  details: string[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Send = (request: JournalSheetRequest) => Promise<JournalSheetResult>;

const refused = (why: string, details: string[] = []): ImportOutcome => ({ ok: false, message: `${why} Rien n'a été importé.`, details });

/**
 * Reads a journal file chosen in the page (Bénévalibre's CSV, XLSX or JSON export, or a spreadsheet
 * saved as CSV) with the command line's readers, then writes it into a new sheet, part after part,
 * but for the rows the readers reject, which the outcome lists. Nothing is written unless every row
 * copied reads from the sheet as it reads from the file (importCheck.ts). `send` is the server call,
 * `onPart` tells which part is being written.
 */
export async function importJournal(
  file: { name: string; bytes: Uint8Array },
  send: Send,
  onPart: (index: number, count: number) => void,
): Promise<ImportOutcome> {
  let read;
  try {
    read = await readJournalBytes(file.name, file.bytes);
  } catch (error) {
    // the readers' refusals start with the file's name; an engine's message (a defect) is never shown
    return refused(error instanceof UserError ? error.message : `Le fichier « ${file.name} » n'a pas pu être lu (erreur inattendue).`);
  }
  try {
    return await copy(file.name, read, send, onPart);
  } catch {
    return refused(`Le fichier « ${file.name} » n'a pas pu être copié (erreur inattendue).`);
  }
}

/** The file's rows converted, checked, then sent part after part (importJournal). */
async function copy(name: string, read: JournalBytesRead, send: Send, onPart: (index: number, count: number) => void): Promise<ImportOutcome> {
  // A row the reader rejects (shifted columns…) is not copied: read from the sheet, it would be counted.
  const rejected = new Set(read.rejectedRows.map((r) => r.index));
  const kept = read.grid.flatMap((_, i) => (rejected.has(i) ? [] : [i]));
  const typed = kept.map((i) => read.grid[i]!);
  const rows = importGrid(typed);
  const details = rejectedText(read.rejectedRows);
  const long = tooLong(rows, kept);
  if (long) return refused(`Fichier « ${name} » : ${long}`, details);
  if (rows.some((r) => r.length > MAX_IMPORT_COLUMNS)) return refused(`Fichier « ${name} » : plus de ${MAX_IMPORT_COLUMNS} colonnes, ce n'est pas un journal.`, details);
  if (rows.length < 2) return refused(`Le fichier « ${name} » ne contient aucune ligne sous ses en-têtes.`, details);
  // a workbook's dates are its wall clock in UTC fields, as the readers give them
  const otherwise = readsOtherwise(typed, rows, (d) => d.getTime());
  if (otherwise) {
    const which = otherwise.length ? ` (${otherwise.slice(0, 10).map((r) => `n° ${kept[r]}`).join(", ")}${otherwise.length > 10 ? "…" : ""})` : "";
    return refused(`Fichier « ${name} » : des lignes${which} seraient lues autrement depuis une feuille que depuis le fichier ; ` +
      "signalez-le avec le fichier. En attendant, Fichier > Importer de Google Sheets ouvre le fichier dans une nouvelle feuille.", details);
  }
  const parts = importParts(rows);
  const sheetName = importSheetName(name);
  let done: Extract<JournalSheetResult, { ok: true }> | undefined;
  for (let i = 0; i < parts.length; i++) {
    onPart(i, parts.length);
    const result = await sendPart(send, { name: sheetName, rows: parts[i]!, ...(done && { sheetId: done.sheetId }), ...(i < parts.length - 1 && { more: true }) });
    if (!result.ok) {
      const left = done ? ` La feuille « ${done.sheet} » n'a reçu que ${lines(done.rows)} sur ${groupThousands(rows.length)} : elle n'est pas lue comme un journal ; supprimez-la avant de réessayer.` : " Rien n'a été importé.";
      return { ok: false, message: `${result.message}${left}`, ...(done && { sheet: done.sheet }), details };
    }
    done = result;
  }
  const written = done!; // rows.length >= 2: at least one part sent
  const copied = rows.length - 1;
  const left = rejected.size;
  return {
    ok: true,
    sheet: written.sheet,
    message: `Feuille « ${written.sheet} » créée : ${lines(copied)} copiée${copied > 1 ? "s telles que le fichier les écrit" : " telle que le fichier l'écrit"}` +
      `${left ? `, ${lines(left)} du fichier illisible${left > 1 ? "s" : ""} non copiée${left > 1 ? "s" : ""} (détail en haut du panneau)` : ""}. ` +
      // someone typing in the new sheet meanwhile: said, not guessed away
      (written.rows === rows.length ? "Aucune autre feuille n'a été modifiée." : `Attention : la feuille compte ${lines(written.rows)} au lieu de ${groupThousands(rows.length)} ; vérifiez-la.`),
    details,
  };
}

/** One part sent, again while the document lock keeps it waiting (BUSY_TRIES); a call that fails is its message. */
async function sendPart(send: Send, request: JournalSheetRequest): Promise<JournalSheetResult> {
  try {
    for (let tries = 1; ; tries++) {
      const result = await send(request);
      if (result.ok || !result.busy || tries === BUSY_TRIES) return result;
      await pause(BUSY_WAIT_MS);
    }
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
