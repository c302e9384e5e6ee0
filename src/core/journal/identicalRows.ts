import type { ActionTable } from "./actionTable";

/** A counted row that repeats an earlier one: same volunteer, date, duration and title. */
export interface IdenticalRow {
  row: number;
  /** Sheet row of the first of the identical rows. */
  sameAs: number;
}

/**
 * Rows typed or imported twice (titled rows only). Actions are bucketed by (volunteer, day, duration) in a typed hash
 * table with chains; only actions in one bucket have their titles compared (read from the journal
 * through `titleOf(sheetRow)`), so a million rows cost a pass, not a sort.
 */
export function findIdenticalRows(table: ActionTable, titleOf: (sheetRow: number) => unknown): IdenticalRow[] {
  const n = table.length;
  const { volunteer, day, durationMs, row } = table;
  let size = 1024;
  while (size < 2 * n) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(n);
  const found: IdenticalRow[] = [];
  for (let i = 0; i < n; i++) {
    const slot = hash(volunteer[i]!, day[i]!, durationMs[i]!) & (size - 1);
    for (let j = heads[slot]!; j >= 0; j = next[j]!) {
      if (volunteer[j] === volunteer[i] && day[j] === day[i] && durationMs[j] === durationMs[i] && sameTitle(titleOf(row[i]!), titleOf(row[j]!))) {
        found.push({ row: row[i]!, sameAs: firstOf(j, i, next, table, titleOf) });
        break;
      }
    }
    next[i] = heads[slot]!;
    heads[slot] = i;
  }
  return found;
}

/** The earliest action identical to j along its chain (chains run from later to earlier actions). */
function firstOf(j: number, i: number, next: Int32Array, table: ActionTable, titleOf: (sheetRow: number) => unknown): number {
  let first = j;
  for (let k = next[j]!; k >= 0; k = next[k]!) {
    if (table.volunteer[k] === table.volunteer[i] && table.day[k] === table.day[i] && table.durationMs[k] === table.durationMs[i] &&
      sameTitle(titleOf(table.row[k]!), titleOf(table.row[i]!))) first = k;
  }
  return table.row[first]!;
}

/** Two titles that say the same; empty titles say nothing (a sheet kept without titles is not full of duplicates). */
function sameTitle(a: unknown, b: unknown): boolean {
  if (typeof a !== "string" || typeof b !== "string") return a === b && a !== undefined && a !== null && a !== "";
  const t = a.trim();
  return t !== "" && t === b.trim();
}

function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ (c | 0) ^ ((c / 4294967296) | 0) ^ (h >>> 16), 0x27d4eb2f);
  return h ^ (h >>> 15);
}
