import { readJournal } from "./read";
import { actionList } from "./store";
import type { Grid, WallClock } from "./types";

/** What the journal makes of a grid, as text to compare: its actions, its findings (rows included), its years. */
function reading(grid: Grid, wallClock: WallClock): string {
  const journal = readJournal(grid, { wallClock });
  return JSON.stringify([actionList(journal.actions), journal.anomalies, journal.years, journal.possibleDuplicates]);
}

/**
 * Whether Valorise would read `text`, the texts an import writes into a sheet, otherwise than `file`,
 * the file's own cells (importText.ts makes them read the same): null when they read the same,
 * else the rows (1 is the first under the headers) that read otherwise on their own, which may be
 * none when only rows taken together differ. The whole journals are compared first; each row is read
 * on its own only when they differ.
 */
export function readsOtherwise(file: Grid, text: Grid, wallClock: WallClock): number[] | null {
  if (reading(file, wallClock) === reading(text, wallClock)) return null;
  const rows: number[] = [];
  for (let r = 1; r < file.length; r++) {
    if (reading([file[0]!, file[r]!], wallClock) !== reading([text[0]!, text[r]!], wallClock)) rows.push(r);
  }
  return rows;
}
