import { MS_PER_HOUR } from "../values/calendar";
import type { ActionTable } from "./store";
import type { VolunteerDays } from "./volunteerDays";

/** A counted row that repeats an earlier one: same volunteer, date, duration and title. */
export interface IdenticalRow {
  row: number;
  /** Sheet row of the first of the identical rows. */
  sameAs: number;
}

/** A volunteer's one-day actions of one day that add up to more than a day. */
export interface LongDay {
  volunteer: number;
  day: number;
  durationMs: number;
  /** Sheet rows of the day's actions, in journal order. */
  rows: number[];
}

const DAY_MS = 24 * MS_PER_HOUR;

/**
 * What a volunteer's day may say of its rows, found in one pass over the days (a few actions each):
 * - rows typed or imported twice: same duration and title (titled rows only: a sheet kept without
 *   titles is not full of duplicates);
 * - more than 24 h over several one-day rows of a named volunteer (one row of more than 24 h is
 *   the row rules' finding). Bénévalibre counts such days: so does Valorise, but lists them.
 */
export function checkVolunteerDays(table: ActionTable, { starts, members }: VolunteerDays): { identical: IdenticalRow[]; longDays: LongDay[] } {
  const { durationMs, extraDays, title, volunteer, day, row } = table;
  const identical: IdenticalRow[] = [];
  const longDays: LongDay[] = [];
  // each member's title and duration, read once: the members of a day lie anywhere in the columns
  let titles = new Int32Array(16);
  let durations = new Float64Array(16);
  for (let g = 0; g + 1 < starts.length; g++) {
    const start = starts[g]!;
    const size = starts[g + 1]! - start;
    if (size < 2) continue;
    if (size > titles.length) [titles, durations] = [new Int32Array(size), new Float64Array(size)];
    let oneDayMs = 0;
    let oneDays = 0;
    let longest = 0;
    for (let a = 0; a < size; a++) {
      const i = members[start + a]!;
      titles[a] = title[i]!;
      durations[a] = durationMs[i]!;
      if (extraDays[i] === 0) {
        oneDayMs += durationMs[i]!;
        oneDays++;
        if (durationMs[i]! > longest) longest = durationMs[i]!;
      }
    }
    for (let a = 1; a < size; a++) {
      if (titles[a] === 0) continue;
      for (let b = 0; b < a; b++) {
        if (titles[a] === titles[b] && durations[a] === durations[b]) {
          identical.push({ row: row[members[start + a]!]!, sameAs: row[members[start + b]!]! });
          break;
        }
      }
    }
    const first = members[start]!;
    if (oneDays > 1 && oneDayMs > DAY_MS && longest <= DAY_MS && volunteer[first] !== 0) {
      const rows: number[] = [];
      for (let a = 0; a < size; a++) if (extraDays[members[start + a]!] === 0) rows.push(row[members[start + a]!]!);
      longDays.push({ volunteer: volunteer[first]!, day: day[first]!, durationMs: oneDayMs, rows });
    }
  }
  return { identical: identical.sort((x, y) => x.row - y.row), longDays: longDays.sort((x, y) => x.rows[0]! - y.rows[0]!) };
}
