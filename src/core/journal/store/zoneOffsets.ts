import type { WallClock } from "../types";

/** A cached wall clock, whose zone gives the offset (wall minus instant, ms) at a time in ms. */
export interface CachedWallClock extends WallClock {
  zone: ZoneOffsets;
}

const WEEK_MS = 7 * 86_400_000;
const QUARTER_HOUR_MS = 900_000;
/** A week seen once so far: a single instant (a birth date, say) costs a single look-up. */
const SEEN_ONCE = -1;
/** A week in which the offset changes: offsets are then cached per quarter hour. */
const CHANGING = -2;
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
  const zone = new ZoneOffsets(wallClock);
  const clock = ((instant: Date) => {
    const t = instant.getTime();
    return t + zone.offsetAt(t);
  }) as CachedWallClock;
  clock.zone = zone;
  return clock;
}

/** The offsets of a wall clock, cached (see cachedWallClock). A class: its code outlives each journal read. */
export class ZoneOffsets {
  private readonly weeks = new Map<number, number>();
  private readonly uniform = new Map<number, number>();
  private readonly quarters = new Map<number, number>();
  private readonly slotWeek = new Int32Array(SLOTS).fill(NO_WEEK);
  private readonly slotOffset = new Float64Array(SLOTS);

  constructor(private readonly wallClock: WallClock) {}

  /** Kept small (a slot hit), so the loops reading cells inline it. */
  offsetAt(t: number): number {
    const week = Math.floor(t / WEEK_MS);
    const slot = week & (SLOTS - 1);
    return this.slotWeek[slot] === week ? this.slotOffset[slot]! : this.offsetInWeek(t, week, slot);
  }

  private offsetInWeek(t: number, week: number, slot: number): number {
    const weekOffset = this.uniform.get(week);
    if (weekOffset !== undefined) {
      this.slotWeek[slot] = week;
      this.slotOffset[slot] = weekOffset;
      return weekOffset;
    }
    const quarter = Math.floor(t / QUARTER_HOUR_MS);
    let exact = this.quarters.get(quarter);
    if (exact !== undefined) return exact;
    const state = this.weeks.get(week);
    if (state === SEEN_ONCE) {
      const start = this.exactOffset(week * WEEK_MS);
      if (start === this.exactOffset((week + 1) * WEEK_MS - 1)) {
        this.uniform.set(week, start);
        return start;
      }
      this.weeks.set(week, CHANGING);
    } else if (state === undefined) this.weeks.set(week, SEEN_ONCE);
    this.quarters.set(quarter, (exact = this.exactOffset(t)));
    return exact;
  }

  private exactOffset(t: number): number {
    return this.wallClock(new Date(t)) - t;
  }
}

function isCached(clock: WallClock): clock is CachedWallClock {
  return (clock as Partial<CachedWallClock>).zone !== undefined;
}

/**
 * Zone offset (wall minus instant, ms) of the clock at an instant: through the cache when the
 * clock is cached. An offset is a small integer where a wall time is not: hot loops that add it
 * themselves then box no number per cell.
 */
export function zoneOffsetOf(instant: Date, clock: WallClock): number {
  return isCached(clock) ? clock.zone.offsetAt(instant.getTime()) : clock(instant) - instant.getTime();
}
