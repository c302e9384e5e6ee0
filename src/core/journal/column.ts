/** A column of non-negative whole numbers, as narrow as its largest value allows. */
export type Column = Uint8Array | Uint16Array | Int32Array | Float64Array;

const WIDTHS = [
  { max: 0xff, make: (n: number): Column => new Uint8Array(n) },
  { max: 0xffff, make: (n: number): Column => new Uint16Array(n) },
  { max: 0x7fffffff, make: (n: number): Column => new Int32Array(n) },
  { max: Infinity, make: (n: number): Column => new Float64Array(n) },
];

/** Rows written to a chunk before it is copied into the column. */
export const CHUNK_ROWS = 4096;

/**
 * Writes a column of at most `capacity` values, one byte each until a value needs more: a
 * million ids of a few hundred labels take 1 MB, not 4 or 8. Memory is what a journal of a
 * million rows costs most: writing it, and the garbage collections its allocation sets off.
 * Rows go to a small chunk of doubles first (the same array type for every column, so the
 * writes stay cheap) and each full chunk is copied into the column at its width.
 */
export class ColumnWriter {
  /** Write row k of the current chunk here. */
  readonly chunk: Float64Array;
  private column: Column | undefined;
  private width = 0;
  private written = 0;

  constructor(private readonly capacity: number) {
    this.chunk = new Float64Array(Math.min(capacity, CHUNK_ROWS));
  }

  /** Copies the first `rows` rows of the chunk into the column, widening it when a value needs it. */
  flush(rows: number): void {
    // the first chunk sets the starting width: no narrow column allocated only to be widened
    if (!this.column) this.widen(this.chunk.subarray(0, rows).reduce((a, b) => Math.max(a, b), 0), 0);
    let k = this.copy(0, rows);
    while (k < rows) {
      this.widen(this.chunk[k]!, this.written + k);
      k = this.copy(k, rows);
    }
    this.written += rows;
  }

  /** The values written (a view, not a copy). */
  finish(): Column {
    const column = this.column ?? WIDTHS[0]!.make(0);
    return column.length === this.written ? column : column.subarray(0, this.written);
  }

  /**
   * Copies chunk rows from `from` until one does not fit the column's width; returns where it
   * stopped (`rows` when all fit). One loop per array type: each store then sees a single type.
   */
  private copy(from: number, rows: number): number {
    const chunk = this.chunk;
    const column = this.column!;
    const at = this.written;
    const max = WIDTHS[this.width]!.max;
    if (column instanceof Float64Array) {
      column.set(chunk.subarray(from, rows), at + from);
      return rows;
    }
    let k = from;
    if (column instanceof Uint8Array) for (; k < rows && chunk[k]! <= max; k++) column[at + k] = chunk[k]!;
    else if (column instanceof Uint16Array) for (; k < rows && chunk[k]! <= max; k++) column[at + k] = chunk[k]!;
    else for (; k < rows && chunk[k]! <= max; k++) column[at + k] = chunk[k]!;
    return k;
  }

  /** A column wide enough for `value`, holding the first `kept` values already copied. */
  private widen(value: number, kept: number): void {
    while (value > WIDTHS[this.width]!.max) this.width++;
    const wider = WIDTHS[this.width]!.make(this.capacity);
    if (this.column) wider.set(this.column.subarray(0, kept));
    this.column = wider;
  }
}
