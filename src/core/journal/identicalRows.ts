import type { ActionTable } from "./store";
import type { VolunteerDays } from "./volunteerDays";

/** A counted row that repeats an earlier one: same volunteer, date, duration and title. */
export interface IdenticalRow {
  row: number;
  /** Sheet row of the first of the identical rows. */
  sameAs: number;
}

/**
 * Rows typed or imported twice (titled rows only: a sheet kept without titles is not full of
 * duplicates). Only the actions of one volunteer and day, a few, have their durations and title
 * ids compared.
 */
export function findIdenticalRows(table: ActionTable, { starts, members }: VolunteerDays): IdenticalRow[] {
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
