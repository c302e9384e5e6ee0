import { isBlank } from "../../core/journal/cells";
import type { Grid, RejectedRow } from "../../core/journal/types";

/** What a reader hands over: the grid, and the rows of it the journal must list as errors and leave out. */
export interface GridRead {
  grid: Grid;
  rejectedRows: RejectedRow[];
}

/** True when a row holds nothing but empty or blank cells. */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}
