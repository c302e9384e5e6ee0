// Wall-clock arithmetic for an IANA time zone, with Intl as the only source of offsets
// (Intl knows historical offsets such as Paris LMT +00:09:21 before 1911).

const HOUR_MS = 3_600_000;
const MAX_OFFSET_SPAN_MS = 15 * HOUR_MS;

interface ZoneOffsets {
  /** UTC offset (wall - instant) in ms at that instant, exact to the second. */
  offsetAt(instantMs: number): number;
  /** The offset of every wall time in that wall-clock hour when no transition is near, else null. */
  stableOffsetOfWallHour(wallHour: number): number | null;
}

// Building the zone's formatter also validates the name (Intl throws RangeError).
const zones = new Map<string, ZoneOffsets>();

function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = createZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

function createZoneOffsets(timeZone: string): ZoneOffsets {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });

  const exactOffset = (instantMs: number): number => {
    const wholeSecond = Math.floor(instantMs / 1000) * 1000;
    const fields: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(wholeSecond))) fields[part.type] = part.value;
    let year = Number(fields.year);
    if (fields.era === "BC" || fields.era === "B") year = 1 - year;
    const wall = new Date(0);
    wall.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
    wall.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second), 0);
    return wall.getTime() - wholeSecond;
  };

  // Per-hour cache: an hour whose two ends share an offset is taken to have that offset
  // throughout (no zone changes offset twice within an hour); otherwise compute exactly.
  const hourOffsets = new Map<number, number | null>();
  const wallHourOffsets = new Map<number, number | null>();
  const zone: ZoneOffsets = {
    stableOffsetOfWallHour(wallHour: number): number | null {
      let offset = wallHourOffsets.get(wallHour);
      if (offset === undefined) {
        const before = zone.offsetAt(wallHour * HOUR_MS - MAX_OFFSET_SPAN_MS);
        const after = zone.offsetAt(wallHour * HOUR_MS + HOUR_MS + MAX_OFFSET_SPAN_MS);
        offset = before === after ? before : null;
        if (wallHourOffsets.size > 200_000) wallHourOffsets.clear();
        wallHourOffsets.set(wallHour, offset);
      }
      return offset;
    },
    offsetAt(instantMs: number): number {
      const hour = Math.floor(instantMs / HOUR_MS);
      let offset = hourOffsets.get(hour);
      if (offset === undefined) {
        const start = exactOffset(hour * HOUR_MS);
        const end = exactOffset(hour * HOUR_MS + HOUR_MS - 1000);
        offset = start === end ? start : null;
        if (hourOffsets.size > 200_000) hourOffsets.clear();
        hourOffsets.set(hour, offset);
      }
      return offset ?? exactOffset(instantMs);
    },
  };
  return zone;
}

/**
 * Returns a function giving, for an instant, the milliseconds since 1970-01-01 of its wall-clock
 * time in timeZone read as if it were UTC (Date.UTC of the local fields).
 */
export function intlWallClock(timeZone: string): (instant: Date) => number {
  const zone = zoneOffsets(timeZone);
  return (instant: Date): number => {
    const ms = instant.getTime();
    return ms + zone.offsetAt(ms);
  };
}

/**
 * The instant whose wall-clock time in timeZone is wallMs. Around transitions it follows
 * java.time's ZonedDateTime.ofLocal: in an overlap the earlier offset (the one in force before
 * the transition) wins; in a gap the wall time is read with the offset before the gap, so the
 * result lies after the gap (02:30 in a 02:00→03:00 spring-forward gap becomes 03:30).
 */
export function instantFromWallClock(timeZone: string, wallMs: number): Date {
  const zone = zoneOffsets(timeZone);
  const stable = zone.stableOffsetOfWallHour(Math.floor(wallMs / HOUR_MS));
  if (stable !== null) return new Date(wallMs - stable);
  const before = zone.offsetAt(wallMs - MAX_OFFSET_SPAN_MS);
  const after = zone.offsetAt(wallMs + MAX_OFFSET_SPAN_MS);
  const candidate = wallMs - before;
  if (candidate + zone.offsetAt(candidate) === wallMs) return new Date(candidate);
  const other = wallMs - after;
  if (other + zone.offsetAt(other) === wallMs) return new Date(other);
  return new Date(candidate);
}
