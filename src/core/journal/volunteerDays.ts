import type { ActionTable } from "./store";

/** Above this many (volunteer, day) pairs, actions are grouped through a Map instead of a counting sort. */
const DENSE_PAIRS = 1 << 22;

/** Actions grouped by volunteer and day: group g is members[starts[g]..starts[g+1]), in journal order. */
export interface VolunteerDays {
  starts: Int32Array;
  members: Int32Array;
}

/** The actions of a table grouped by (volunteer, day), by a counting sort: two passes, no comparison sort. */
export function groupByVolunteerDay(table: ActionTable): VolunteerDays | undefined {
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
function groupSparse(table: ActionTable, minDay: number, days: number): VolunteerDays {
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
