import type { Grid, RejectedRow } from "../../core/journal/types";

/** What a reader hands over: the grid, and the rows of it the journal must list as errors and leave out. */
export interface GridRead {
  grid: Grid;
  rejectedRows: RejectedRow[];
}

/** True when a row holds nothing but empty or blank cells. */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}

export function isBlankCell(cell: unknown): boolean {
  return cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Drops the empty rows at the end and pads short rows with "" to the header's width. */
export function tidyRows<T>(rows: T[][]): (T | string)[][] {
  let end = rows.length;
  while (end > 0 && isEmptyRow(rows[end - 1])) end--;
  const kept = rows.slice(0, end);
  const width = kept.length ? kept[0].length : 0;
  return kept.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill("")] : row));
}
