import { MS_PER_HOUR } from "../values/calendar";
import type { ActionTable } from "./store";
import type { VolunteerDays } from "./volunteerDays";

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
 * Days on which a named volunteer logged more than 24 h over several rows (one row of more than
 * 24 h is the row rules' finding). Bénévalibre counts them: so does Valorise, but lists them.
 */
export function findLongDays(table: ActionTable, { starts, members }: VolunteerDays): LongDay[] {
  const { durationMs, extraDays, volunteer, day, row } = table;
  const found: LongDay[] = [];
  for (let g = 0; g + 1 < starts.length; g++) {
    const [start, end] = [starts[g]!, starts[g + 1]!];
    if (end - start < 2 || volunteer[members[start]!] === 0) continue;
    let ms = 0;
    let count = 0;
    let longest = 0;
    for (let k = start; k < end; k++) {
      const i = members[k]!;
      if (extraDays[i] === 0) {
        ms += durationMs[i]!;
        count++;
        if (durationMs[i]! > longest) longest = durationMs[i]!;
      }
    }
    // a day whose one row already passes 24 h is that row's finding
    if (count < 2 || ms <= DAY_MS || longest > DAY_MS) continue;
    const rows: number[] = [];
    for (let k = start; k < end; k++) if (extraDays[members[k]!] === 0) rows.push(row[members[k]!]!);
    found.push({ volunteer: volunteer[members[start]!]!, day: day[members[start]!]!, durationMs: ms, rows });
  }
  return found.sort((a, b) => a.rows[0]! - b.rows[0]!);
}
