// After a journal is read, each name and label column holds one id per spelling as typed. This
// file groups the spellings that name the same thing (text/identity.ts, or the treasurer's alias
// table), shows each group with its most frequent spelling, and says what it grouped.
import { cleanText, identityKey } from "../text/identity";
import { type IdUsage, idUsage } from "./idUsage";
import type { ActionTable, Column } from "./store";

/** Two spellings grouped into one, reported to the treasurer. */
export interface SpellingMerge {
  /** The spelling as typed (trimmed). */
  spelling: string;
  /** The spelling shown for the group. */
  retained: string;
  /** First sheet row where `spelling` appears. */
  row: number;
  /** French reason ("majuscules et minuscules", "caractères invisibles"…); for an alias, "table des alias". */
  reason: string;
  /** Grouped by the alias table (the treasurer's decision) rather than by the identity rule. */
  alias: boolean;
}

/** The groups of a column's spellings. */
export interface Grouping {
  /** New id of each spelling id. */
  remap: Int32Array;
  /** Display text of each new id. */
  displays: string[];
  /** Identity key of each new id. */
  keys: string[];
  merges: SpellingMerge[];
}

/**
 * Groups spellings by key. `spellingKeys[id]` is a spelling's identity key, already resolved
 * through the alias table; `aliasDisplay` the name an alias imposes for a key. `column` is the
 * table's column of spelling ids: read (and remapped) only when a group has several spellings.
 */
export function groupSpellings(
  spellings: readonly string[],
  spellingKeys: readonly string[],
  aliasDisplay: ReadonlyMap<string, string>,
  column: Column,
  table: ActionTable,
): Grouping {
  const keys: string[] = [];
  const members: number[][] = [];
  const byKey = new Map<string, number>();
  const remap = new Int32Array(spellings.length);
  spellings.forEach((_, id) => {
    const key = spellingKeys[id]!;
    let group = byKey.get(key);
    if (group === undefined) {
      byKey.set(key, (group = keys.length));
      keys.push(key);
      members.push([]);
    }
    members[group]!.push(id);
    remap[id] = group;
  });
  const shared = members.some((m, group) => m.length > 1 || aliasDisplay.has(keys[group]!));
  const usage = shared ? idUsage(column, table, spellings.length) : undefined;
  const displays: string[] = [];
  const merges: SpellingMerge[] = [];
  members.forEach((ids, group) => {
    const imposed = aliasDisplay.get(keys[group]!);
    const best = usage ? mostUsed(ids, usage) : ids[0]!;
    const retained = imposed ?? cleanText(spellings[best]!);
    displays.push(retained);
    if (!usage) return;
    for (const id of ids) {
      const spelling = spellings[id]!;
      if (usage.count[id] === 0 || spelling === retained) continue;
      const viaAlias = imposed !== undefined && identityKey(spelling) !== identityKey(imposed);
      merges.push({ spelling, retained, row: usage.firstRow[id]!, reason: viaAlias ? "table des alias" : differenceOf(spelling, retained), alias: viaAlias });
    }
  });
  if (shared) for (let i = 0; i < column.length; i++) column[i] = remap[column[i]!]!;
  return { remap, displays, keys, merges };
}

/** The spelling used by the most actions; ties go to the one met first. */
function mostUsed(ids: readonly number[], usage: IdUsage): number {
  let best = ids[0]!;
  for (const id of ids) {
    const more = usage.count[id]! - usage.count[best]!;
    if (more > 0 || (more === 0 && usage.count[id]! > 0 && usage.firstRow[id]! < usage.firstRow[best]!)) best = id;
  }
  return best;
}

/** The folds of the identity rule, each with the French name of what it folds. */
const FOLDS: [string, (text: string) => string][] = [
  ["caractères invisibles (espace de largeur nulle, marque de sens d'écriture)", (t) => t.replace(/\p{Cf}/gu, "")],
  ["lettres codées autrement (accent décomposé, caractère de compatibilité)", (t) => t.normalize("NFKC")],
  ["espaces", (t) => t.replace(/\s+/g, " ").trim()],
  ["majuscules et minuscules", (t) => t.toLowerCase()],
];

/** Which folds two spellings of one identity differ by: each fold without which they would not be equal. */
export function differenceOf(a: string, b: string): string {
  const foldAll = (text: string, skip: number) => FOLDS.reduce((t, [, fold], i) => (i === skip ? t : fold(t)), text);
  const reasons = FOLDS.filter((_, i) => foldAll(a, i) !== foldAll(b, i)).map(([reason]) => reason);
  return reasons.length ? reasons.join(", ") : FOLDS[0]![0];
}
