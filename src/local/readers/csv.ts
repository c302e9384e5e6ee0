import Papa from "papaparse";
import type { Grid } from "../../core/journal/types";
import { ReaderError } from "./errors";
import { tidyRows } from "./text";

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
 */
export function parseCsv(text: string): Grid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false, header: false });
  const fatal = result.errors.find((e) => e.code === "MissingQuotes");
  if (fatal) {
    const line = typeof fatal.row === "number" ? ` (enregistrement ${fatal.row + 1})` : "";
    throw new ReaderError(`Fichier CSV mal formé : un guillemet ouvert n'est jamais refermé${line}.`);
  }
  return tidyRows(result.data);
}
