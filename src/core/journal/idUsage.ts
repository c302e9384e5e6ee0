import type { ActionTable, Column } from "./store";

/** How the actions use each id of one of their columns (a spelling, a person, an association). */
export interface IdUsage {
  count: Int32Array;
  /** First sheet row of each id. */
  firstRow: Int32Array;
  durationMs: Float64Array;
}

/** Actions, first sheet row and milliseconds of each id of `ids` (one of the table's columns), in one pass. */
export function idUsage(ids: Column, table: ActionTable, size: number): IdUsage {
  const count = new Int32Array(size);
  const firstRow = new Int32Array(size);
  const durationMs = new Float64Array(size);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (count[id]++ === 0) firstRow[id] = table.row[i]!;
    durationMs[id]! += table.durationMs[i]!;
  }
  return { count, firstRow, durationMs };
}
