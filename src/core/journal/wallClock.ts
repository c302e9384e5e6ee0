import type { WallClock } from "./types";

const WEEK_MS = 7 * 86_400_000;
const QUARTER_HOUR_MS = 900_000;
/** A week seen once so far: a single instant (a birth date, say) costs a single look-up. */
const SEEN_ONCE = -1;
/** A week in which the offset changes: offsets are then cached per quarter hour. */
const CHANGING = -2;
const cached = new WeakSet<WallClock>();
/** Uniform weeks also sit in a direct-mapped table (week mod SLOTS): a typed-array hit, no hashing. */
const SLOTS = 1024;
const NO_WEEK = -0x80000000;

/**
 * Caches the zone offset behind a wall clock: a journal's million cells hold a few thousand
 * distinct instants, and the clock behind (Utilities.formatDate in Apps Script) is slow.
 * From its second distinct quarter hour on, a week whose first and last millisecond share an
 * offset is taken to keep it throughout (no zone changes its offset twice within a week); weeks
 * with a change are cached per quarter hour (offsets change on quarter-hour boundaries in every
 * zone since 1912).
 */
export function cachedWallClock(wallClock: WallClock): WallClock {
  // readers cache the clock they are given, which callers often cached already
  if (cached.has(wallClock)) return wallClock;
  const weeks = new Map<number, number>();
  const uniform = new Map<number, number>();
  const quarters = new Map<number, number>();
  const slotWeek = new Int32Array(SLOTS).fill(NO_WEEK);
  const slotOffset = new Float64Array(SLOTS);
  const offsetAt = (t: number) => wallClock(new Date(t)) - t;
  const clock: WallClock = (instant) => {
    const t = instant.getTime();
    const week = Math.floor(t / WEEK_MS);
    const slot = week & (SLOTS - 1);
    if (slotWeek[slot] === week) return t + slotOffset[slot]!;
    const weekOffset = uniform.get(week);
    if (weekOffset !== undefined) {
      slotWeek[slot] = week;
      slotOffset[slot] = weekOffset;
      return t + weekOffset;
    }
    const quarter = Math.floor(t / QUARTER_HOUR_MS);
    let exact = quarters.get(quarter);
    if (exact !== undefined) return t + exact;
    const state = weeks.get(week);
    if (state === SEEN_ONCE) {
      const start = offsetAt(week * WEEK_MS);
      if (start === offsetAt((week + 1) * WEEK_MS - 1)) {
        uniform.set(week, start);
        return t + start;
      }
      weeks.set(week, CHANGING);
    } else if (state === undefined) weeks.set(week, SEEN_ONCE);
    quarters.set(quarter, (exact = offsetAt(t)));
    return t + exact;
  };
  cached.add(clock);
  return clock;
}
