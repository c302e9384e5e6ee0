/** A column of non-negative whole numbers, as narrow as its largest value allows. */
export type Column = Uint8Array | Uint16Array | Int32Array | Float64Array;

/** The widths a column takes, narrowest first, with the largest value each holds. */
export const WIDTHS = [
  { max: 0xff, make: (n: number): Column => new Uint8Array(n) },
  { max: 0xffff, make: (n: number): Column => new Uint16Array(n) },
  { max: 0x7fffffff, make: (n: number): Column => new Int32Array(n) },
  { max: Infinity, make: (n: number): Column => new Float64Array(n) },
];

/** Index in WIDTHS of the narrowest width holding `value`. */
export function widthOf(value: number): number {
  let width = 0;
  while (value > WIDTHS[width]!.max) width++;
  return width;
}

/** A copy of the first `kept` values of `column` in a column of `capacity` values at `width`. */
export function widened(column: Column, width: number, capacity: number, kept: number): Column {
  const wider = WIDTHS[width]!.make(capacity);
  wider.set(column.subarray(0, kept));
  return wider;
}

/** The least and the greatest value of a column, [Infinity, -Infinity] when empty: of `day`, the journal's first and last day. */
export function columnSpan(column: ArrayLike<number>): [number, number] {
  let [least, most] = [Infinity, -Infinity];
  for (let i = 0; i < column.length; i++) {
    if (column[i]! < least) least = column[i]!;
    if (column[i]! > most) most = column[i]!;
  }
  return [least, most];
}
