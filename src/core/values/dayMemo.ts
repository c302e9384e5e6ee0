const SLOTS = 1024;

/**
 * A number computed once per day (days since 1970-01-01), remembered direct-mapped: a journal
 * spans a few hundred distinct days, looked up once per row of a million.
 */
export class DayMemo {
  private readonly slotDay = new Float64Array(SLOTS).fill(NaN);
  private readonly slotValue = new Float64Array(SLOTS);

  constructor(private readonly compute: (day: number) => number) {}

  get(day: number): number {
    const slot = day & (SLOTS - 1);
    if (this.slotDay[slot] === day) return this.slotValue[slot]!;
    this.slotDay[slot] = day;
    return (this.slotValue[slot] = this.compute(day));
  }
}
