// Sheets stores dates, times and durations as a serial number of days since 1899-12-30
// of the WALL-CLOCK time (no zone). These helpers convert between serials, wall-clock
// milliseconds (Date.UTC of the local fields) and instants in a zone.

import { instantFromWallClock, intlWallClock } from '../../src/local/timezone.js';

export const DAY_MS = 86_400_000;
/** Date.UTC(1899, 11, 30) / DAY_MS. */
const EPOCH_OFFSET_DAYS = 25_569;

const EPOCH_OFFSET_MS = EPOCH_OFFSET_DAYS * DAY_MS;

// Adding whole milliseconds before the single division keeps time-of-day fractions exact.
export function serialToWallMs(serial: number): number {
  return Math.round(serial * DAY_MS) - EPOCH_OFFSET_MS;
}

export function wallMsToSerial(wallMs: number): number {
  return (wallMs + EPOCH_OFFSET_MS) / DAY_MS;
}

export function serialToInstant(serial: number, timeZone: string): Date {
  return instantFromWallClock(timeZone, serialToWallMs(serial));
}

export function instantToSerial(instant: Date, timeZone: string): number {
  return wallMsToSerial(intlWallClock(timeZone)(instant));
}

/** "2025-03-01" → serial of that day at 00:00. */
export function isoDateToSerial(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`Not an ISO date (yyyy-mm-dd): ${text}`);
  return wallMsToSerial(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "2:30:00", "2:30", "26:15:30" (hours may exceed 24), "-1:00" → fraction of days. */
export function clockToSerial(text: string): number {
  const match = /^(-)?(\d+):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3}))?)?$/.exec(text);
  if (!match) throw new Error(`Not a time or duration (h:mm[:ss]): ${text}`);
  const ms =
    Number(match[2]) * 3_600_000 +
    Number(match[3]) * 60_000 +
    Number(match[4] ?? 0) * 1000 +
    Number((match[5] ?? '').padEnd(3, '0'));
  return (match[1] ? -ms : ms) / DAY_MS;
}

/** "2025-03-01 14:30[:00]" or "2025-03-01T14:30[:00]" → serial. */
export function isoDateTimeToSerial(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?$/.exec(text);
  if (!match) throw new Error(`Not an ISO date-time (yyyy-mm-dd hh:mm[:ss]): ${text}`);
  return isoDateToSerial(match[1]) + (match[2] ? clockToSerial(match[2]) : 0);
}
