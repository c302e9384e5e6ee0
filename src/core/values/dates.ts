import type { WallClock } from "../journal/types";
import { zoneOffsetOf } from "../journal/wallClock";
import { isDate } from "./isDate";
import { MS_PER_DAY, SERIAL_ORIGIN_DAY, dayFromParts } from "./calendar";

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(?:à\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
/** Largest serial day accepted as a date number (31/12/9999 in Sheets). */
const MAX_SERIAL = 2_958_465;

/** Calendar day of an instant (ms) on a wall clock `offsetMs` ahead of it. */
export function dayOfInstant(ms: number, offsetMs: number): number {
  return Math.floor((ms + offsetMs) / MS_PER_DAY);
}

/**
 * Calendar day (days since 1970-01-01) of a date cell, or undefined when unreadable.
 * A Date is read on the spreadsheet's wall clock; a number is a spreadsheet serial date.
 */
export function readDay(value: unknown, wallClock: WallClock): number | undefined {
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : dayOfInstant(ms, zoneOffsetOf(value, wallClock));
  }
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 1 && value <= MAX_SERIAL ? SERIAL_ORIGIN_DAY + Math.floor(value) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) return dayFromParts(+m[1]!, +m[2]!, +m[3]!);
  m = FRENCH.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    return dayFromParts(year, +m[2]!, +m[1]!);
  }
  return undefined;
}
