import type { WallClock } from "./types";

/** Zone offsets change on quarter-hour boundaries (UTC) in every zone since 1912 (Paris left its mean time at 23:50:39 UTC in 1911; no journal value falls near it). */
const BUCKET_MS = 900_000;

/**
 * Caches the zone offset per quarter hour: a journal's million cells hold a few thousand distinct
 * instants, and the wall clock behind (Utilities.formatDate in Apps Script) is slow.
 */
export function cachedWallClock(wallClock: WallClock): WallClock {
  const offsets = new Map<number, number>();
  return (instant) => {
    const t = instant.getTime();
    const bucket = Math.floor(t / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = wallClock(instant) - t;
      offsets.set(bucket, offset);
    }
    return t + offset;
  };
}
