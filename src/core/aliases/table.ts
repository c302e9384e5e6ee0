import { headersFound } from "../text/headersFound";
import { cellText } from "../journal/cells";
import type { Grid } from "../journal/types";
import { cleanText, identityKey } from "../text/identity";
import { headerKey } from "../text/normalize";
import { UserError } from "../userError";

/**
 * The treasurer's alias table: "Nom dans le journal" → "Nom retenu". It groups what the identity
 * rule keeps apart on purpose (Helene / Hélène, a nickname, an association's old name), for
 * volunteers and associations alike.
 */
export interface AliasEntry {
  row: number;
  /** The name as typed in the journal. */
  spelling: string;
  /** The name to show and count under. */
  retained: string;
}

export interface AliasIssue {
  row: number;
  column: string;
  problem: string;
}

export interface AliasTable {
  entries: AliasEntry[];
  issues: AliasIssue[];
}

export const ALIAS_HEADERS = { spelling: "Nom dans le journal", retained: "Nom retenu" } as const;
const SPELLING_HEADERS = [ALIAS_HEADERS.spelling, "Nom saisi", "Orthographe dans le journal", "Alias", "Variante"].map(headerKey);
const RETAINED_HEADERS = [ALIAS_HEADERS.retained, "Nom à retenir", "Remplacer par", "Nom correct"].map(headerKey);

export class AliasError extends UserError {}

/** Reads an alias table (headers "Nom dans le journal" and "Nom retenu" in its first row). */
export function readAliasTable(grid: Grid, firstRow = 1): AliasTable {
  const headers = (grid[0] ?? []).map(headerKey);
  const from = headers.findIndex((h) => SPELLING_HEADERS.includes(h));
  const to = headers.findIndex((h) => RETAINED_HEADERS.includes(h));
  if (from < 0 || to < 0) {
    throw new AliasError(
      `Table des alias : colonnes « ${ALIAS_HEADERS.spelling} » et « ${ALIAS_HEADERS.retained} » attendues en première ligne. ` +
        headersFound((grid[0] ?? []).map(cellText)),
    );
  }
  const entries: AliasEntry[] = [];
  const issues: AliasIssue[] = [];
  const bySpelling = new Map<string, AliasEntry>();
  for (let i = 1; i < grid.length; i++) {
    const row = firstRow + i;
    const spelling = cleanText(cellText(grid[i]?.[from]));
    const retained = cleanText(cellText(grid[i]?.[to]));
    if (!spelling && !retained) continue;
    const issue = (column: string, problem: string) => issues.push({ row, column, problem });
    if (!spelling) issue(ALIAS_HEADERS.spelling, "Nom dans le journal manquant : ligne ignorée");
    else if (!retained) issue(ALIAS_HEADERS.retained, `Nom retenu manquant pour « ${spelling} » : ligne ignorée`);
    else if (identityKey(spelling) === identityKey(retained)) issue(ALIAS_HEADERS.retained, `« ${spelling} » renvoie à lui-même : ligne sans effet`);
    else if (bySpelling.has(identityKey(spelling))) {
      const first = bySpelling.get(identityKey(spelling))!;
      issue(ALIAS_HEADERS.spelling, `« ${spelling} » figure déjà ligne ${first.row} (retenu : « ${first.retained} ») : cette ligne est ignorée`);
    } else {
      const entry = { row, spelling, retained };
      bySpelling.set(identityKey(spelling), entry);
      entries.push(entry);
    }
  }
  return { entries, issues };
}

/** An alias table read as keys: each spelling's key to the key it is counted under, and the name shown for that key. */
export interface AliasKeys {
  /** identityKey of a spelling → identityKey of the name it is grouped under (chains followed). */
  target: Map<string, string>;
  /** identityKey of a retained name → the name as the table writes it. */
  display: Map<string, string>;
  issues: AliasIssue[];
}

export function aliasKeys(table: AliasTable | undefined): AliasKeys {
  const next = new Map<string, AliasEntry>();
  for (const e of table?.entries ?? []) next.set(identityKey(e.spelling), e);
  const target = new Map<string, string>();
  const display = new Map<string, string>();
  const issues: AliasIssue[] = [];
  for (const [key, entry] of next) {
    // follow "A → B", "B → C" to C; a loop is reported and its entry ignored
    const seen = new Set([key]);
    let last = entry;
    let loop = false;
    for (let step = next.get(identityKey(last.retained)); step; step = next.get(identityKey(step.retained))) {
      if (seen.has(identityKey(step.spelling))) {
        loop = true;
        break;
      }
      seen.add(identityKey(step.spelling));
      last = step;
    }
    if (loop) {
      issues.push({ row: entry.row, column: ALIAS_HEADERS.retained, problem: `« ${entry.spelling} » renvoie, de nom en nom, à lui-même : ligne ignorée` });
      continue;
    }
    target.set(key, identityKey(last.retained));
    display.set(identityKey(last.retained), last.retained);
  }
  return { target, display, issues };
}
