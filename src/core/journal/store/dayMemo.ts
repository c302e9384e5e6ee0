const SLOTS = 1024;
/** No day: days are within ±3,000,000 of 1970 (years 1 to 9999). */
const NO_DAY = -0x80000000;

/**
 * A whole number computed once per day (days since 1970-01-01), remembered direct-mapped: a
 * journal spans a few hundred distinct days, looked up once per row of a million. Int32 slots:
 * the hot loops then get a small integer back, never a double to convert.
 */
export class DayMemo {
  private readonly slotDay = new Int32Array(SLOTS).fill(NO_DAY);
  private readonly slotValue = new Int32Array(SLOTS);

  constructor(private readonly compute: (day: number) => number) {}

  get(day: number): number {
    const slot = day & (SLOTS - 1);
    if (this.slotDay[slot] === day) return this.slotValue[slot]!;
    this.slotDay[slot] = day;
    return (this.slotValue[slot] = this.compute(day));
  }
}
