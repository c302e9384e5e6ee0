import type { WallClock } from "./types";

/** A cached wall clock, which also gives the zone offset (wall minus instant, ms) at a time in ms. */
export interface CachedWallClock extends WallClock {
  offsetAt(instantMs: number): number;
}

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
export function cachedWallClock(wallClock: WallClock): CachedWallClock {
  // readers cache the clock they are given, which callers often cached already
  if (isCached(wallClock)) return wallClock;
  const weeks = new Map<number, number>();
  const uniform = new Map<number, number>();
  const quarters = new Map<number, number>();
  const slotWeek = new Int32Array(SLOTS).fill(NO_WEEK);
  const slotOffset = new Float64Array(SLOTS);
  const exactOffset = (t: number) => wallClock(new Date(t)) - t;
  const offsetAt = (t: number): number => {
    const week = Math.floor(t / WEEK_MS);
    const slot = week & (SLOTS - 1);
    if (slotWeek[slot] === week) return slotOffset[slot]!;
    const weekOffset = uniform.get(week);
    if (weekOffset !== undefined) {
      slotWeek[slot] = week;
      slotOffset[slot] = weekOffset;
      return weekOffset;
    }
    const quarter = Math.floor(t / QUARTER_HOUR_MS);
    let exact = quarters.get(quarter);
    if (exact !== undefined) return exact;
    const state = weeks.get(week);
    if (state === SEEN_ONCE) {
      const start = exactOffset(week * WEEK_MS);
      if (start === exactOffset((week + 1) * WEEK_MS - 1)) {
        uniform.set(week, start);
        return start;
      }
      weeks.set(week, CHANGING);
    } else if (state === undefined) weeks.set(week, SEEN_ONCE);
    quarters.set(quarter, (exact = exactOffset(t)));
    return exact;
  };
  const clock = ((instant: Date) => {
    const t = instant.getTime();
    return t + offsetAt(t);
  }) as CachedWallClock;
  clock.offsetAt = offsetAt;
  cached.add(clock);
  return clock;
}

function isCached(clock: WallClock): clock is CachedWallClock {
  return cached.has(clock);
}

/**
 * Zone offset (wall minus instant, ms) of the clock at an instant: through the cache when the
 * clock is cached. An offset is a small integer where a wall time is not: hot loops that add it
 * themselves then box no number per cell.
 */
export function zoneOffsetOf(instant: Date, clock: WallClock): number {
  const offsetAt = (clock as Partial<CachedWallClock>).offsetAt;
  return offsetAt === undefined ? clock(instant) - instant.getTime() : offsetAt(instant.getTime());
}
