import type { WallClock } from "../journal/types";
import { zoneOffsetOf } from "../journal/store";
import { MS_PER_DAY, MS_PER_HOUR, SERIAL_ORIGIN_DAY } from "./calendar";
import { readDecimal } from "./numbers";
import { isDate } from "./isDate";

const SERIAL_ORIGIN_MS = SERIAL_ORIGIN_DAY * MS_PER_DAY;
/** "1 day, 2:00:00", "2 days, 1:30", "2:30", "2:30:00", "-1:00" (Python timedelta and clock forms). */
const CLOCK = /^(-)?(?:(\d+)\s*(?:days?|jours?|j)\s*,?\s*)?(\d+):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?$/i;
const UNIT_MS: Record<string, number> = {
  j: MS_PER_DAY, jour: MS_PER_DAY, jours: MS_PER_DAY, day: MS_PER_DAY, days: MS_PER_DAY,
  h: MS_PER_HOUR, heure: MS_PER_HOUR, heures: MS_PER_HOUR, hour: MS_PER_HOUR, hours: MS_PER_HOUR,
  min: 60_000, mn: 60_000, minute: 60_000, minutes: 60_000, m: 60_000,
  s: 1000, sec: 1000, seconde: 1000, secondes: 1000, second: 1000, seconds: 1000,
};
/** One "<number> <unit>" part of "2h30", "2 h 30 min", "150 min", "1 j 2 h", "2 heures 15 minutes". */
const UNIT_PART = /(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*/giy;

function readUnits(text: string): number | undefined {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1).trim() : text;
  UNIT_PART.lastIndex = 0;
  let total = 0;
  let previousUnit = 0;
  let m: RegExpExecArray | null;
  while ((m = UNIT_PART.exec(body))) {
    // a bare number right after hours is minutes ("2h30")
    const unit = m[2] ? UNIT_MS[m[2].toLowerCase()] : previousUnit === MS_PER_HOUR ? 60_000 : undefined;
    if (unit === undefined) return undefined;
    total += decimal(m[1]) * unit;
    previousUnit = unit;
    if (UNIT_PART.lastIndex === body.length) return negative ? -total : total;
  }
  return undefined;
}

function decimal(text: string | undefined): number {
  return text ? Number(text.replace(",", ".")) : 0;
}

/** Whole milliseconds of a Sheets duration cell: its instant (ms) on a wall clock `offsetMs` ahead of it, since 1899-12-30. */
export function durationOfInstant(ms: number, offsetMs: number): number {
  return Math.round(ms + offsetMs - SERIAL_ORIGIN_MS);
}

/**
 * Duration in whole milliseconds, or undefined when unreadable. May be negative (the caller reports it).
 * Numbers and plain decimal strings are hours ("2,5" = 2 h 30). A Date is a Sheets duration:
 * the wall-clock time elapsed since 1899-12-30 00:00 in the spreadsheet's zone.
 */
export function readDurationMs(value: unknown, wallClock: WallClock): number | undefined {
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : durationOfInstant(ms, zoneOffsetOf(value, wallClock));
  }
  if (typeof value === "number") return Number.isFinite(value) ? Math.round(value * MS_PER_HOUR) : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  const hours = readDecimal(text);
  if (hours !== undefined) return Math.round(hours * MS_PER_HOUR);
  const m = CLOCK.exec(text);
  if (m) {
    if (decimal(m[4]) >= 60 || decimal(m[5]) >= 60) return undefined;
    const seconds = decimal(m[5]) + (m[6] ? Number(`0.${m[6]}`) : 0);
    const ms = (decimal(m[2]) * 24 + decimal(m[3])) * MS_PER_HOUR + decimal(m[4]) * 60_000 + seconds * 1000;
    return Math.round(m[1] ? -ms : ms);
  }
  const units = readUnits(text);
  return units === undefined ? undefined : Math.round(units);
}
