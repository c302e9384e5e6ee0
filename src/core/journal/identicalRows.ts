import type { ActionTable } from "./store";

/** A counted row that repeats an earlier one: same volunteer, date, duration and title. */
export interface IdenticalRow {
  row: number;
  /** Sheet row of the first of the identical rows. */
  sameAs: number;
}

/** Above this many (volunteer, day) pairs, actions are grouped through a Map instead of a counting sort. */
const DENSE_PAIRS = 1 << 22;

/**
 * Rows typed or imported twice (titled rows only: a sheet kept without titles is not full of
 * duplicates). Actions are grouped by volunteer and day, a few to a group (a counting sort: two
 * passes, no comparison sort); only within a group are durations and title ids compared.
 */
export function findIdenticalRows(table: ActionTable): IdenticalRow[] {
  const groups = groupByVolunteerDay(table);
  if (!groups) return [];
  const { starts, members } = groups;
  const { durationMs, title, row } = table;
  const found: IdenticalRow[] = [];
  for (let g = 0; g + 1 < starts.length; g++) {
    const start = starts[g]!;
    const end = starts[g + 1]!;
    for (let a = start + 1; a < end; a++) {
      const i = members[a]!;
      if (title[i] === 0) continue;
      for (let b = start; b < a; b++) {
        const j = members[b]!;
        if (title[i] === title[j] && durationMs[i] === durationMs[j]) {
          found.push({ row: row[i]!, sameAs: row[j]! });
          break;
        }
      }
    }
  }
  return found.sort((x, y) => x.row - y.row);
}

/** Action indexes grouped by (volunteer, day), in journal order within a group: group g is members[starts[g]..starts[g+1]). */
function groupByVolunteerDay(table: ActionTable): { starts: Int32Array; members: Int32Array } | undefined {
  const n = table.length;
  if (n < 2) return undefined;
  const { volunteer, day } = table;
  let minDay = day[0]!;
  let maxDay = day[0]!;
  for (let i = 1; i < n; i++) {
    const d = day[i]!;
    if (d < minDay) minDay = d;
    else if (d > maxDay) maxDay = d;
  }
  const days = maxDay - minDay + 1;
  const pairs = table.dictionaries.people.length * days;
  if (pairs > DENSE_PAIRS) return groupSparse(table, minDay, days);
  const starts = new Int32Array(pairs + 1);
  for (let i = 0; i < n; i++) starts[volunteer[i]! * days + (day[i]! - minDay) + 1]!++;
  for (let k = 0; k < pairs; k++) starts[k + 1]! += starts[k]!;
  const next = starts.slice(0, pairs);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[next[volunteer[i]! * days + (day[i]! - minDay)]!++] = i;
  return { starts, members };
}

/** The same for journals of very many volunteers over many years: a Map of the pairs met. */
function groupSparse(table: ActionTable, minDay: number, days: number): { starts: Int32Array; members: Int32Array } {
  const lists = new Map<number, number[]>();
  for (let i = 0; i < table.length; i++) {
    const key = table.volunteer[i]! * days + (table.day[i]! - minDay);
    const list = lists.get(key);
    if (list) list.push(i);
    else lists.set(key, [i]);
  }
  const starts = new Int32Array(lists.size + 1);
  const members = new Int32Array(table.length);
  let g = 0;
  let at = 0;
  for (const list of lists.values()) {
    for (const i of list) members[at++] = i;
    starts[++g] = at;
  }
  return { starts, members };
}
