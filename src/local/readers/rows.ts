import type { Grid, RejectedRow } from "../../core/journal/types";
import { ReaderError } from "./errors";
import type { GridRead } from "./text";

/**
 * The most cells a table read whole may hold (the roles, aliases, rates or associations beside a
 * journal: a few thousand): some 1.3 million rows of 15 columns, a gigabyte of cells. The journal
 * itself is never held whole.
 */
const MAX_GRID_CELLS = 20_000_000;

/** Refuses a table of more than MAX_GRID_CELLS cells. */
export function checkGridCells(cells: number): void {
  if (cells > MAX_GRID_CELLS) {
    throw new ReaderError(
      `plus de ${MAX_GRID_CELLS / 1_000_000} millions de cellules : trop pour une table lue en entier ` +
        "(table des rôles, des alias, des taux ou des associations). Vérifiez le fichier donné.",
    );
  }
}

/**
 * Where a reader hands a file's data rows, one at a time, in order: the journal reader of the
 * command line (nothing kept but the journal), or a grid (the tables beside it). Index 1 is the
 * first row under the headers. The empty rows at the end are not handed.
 */
export interface RowSink {
  row(cells: readonly unknown[], index: number): void;
  /** A row that cannot be read, with its cells as they were cut: the journal lists it as an error and leaves it out. */
  reject(rejected: RejectedRow, cells: readonly unknown[]): void;
}

/** The rows handed, as a grid (headers first) and the rows rejected. */
export class GridCollector implements RowSink {
  private readonly grid: unknown[][];
  private readonly rejectedRows: RejectedRow[] = [];
  private cells = 0;

  constructor(headers: readonly unknown[]) {
    this.grid = [headers as unknown[]];
  }

  row(cells: readonly unknown[], index: number): void {
    checkGridCells((this.cells += cells.length));
    this.grid[index] = cells as unknown[];
  }

  reject(rejected: RejectedRow, cells: readonly unknown[]): void {
    this.row(cells, rejected.index);
    this.rejectedRows.push(rejected);
  }

  /** The grid of the headers and the `rows` first data rows (a reader hands nothing after its last row holding a value). */
  finish(rows: number): GridRead {
    const grid: Grid = this.grid.slice(0, rows + 1);
    return { grid, rejectedRows: this.rejectedRows.filter((r) => r.index <= rows) };
  }
}
