import type { WallClock } from "../journal/types";
import { zoneOffsetOf } from "../journal/store";
import { isDate } from "./isDate";
import { MS_PER_DAY, SERIAL_ORIGIN_DAY, dayFromParts } from "./calendar";

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(?:à\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
/** Largest serial day accepted as a date number (31/12/9999 in Sheets). */
const MAX_SERIAL = 2_958_465;
/**
 * A two-digit year below this is 20xx, else 19xx: the window Excel and Windows use by default
 * (1930 to 2029), so "01/03/99" is 1999 as in the treasurer's spreadsheet. Such dates are listed
 * to check.
 */
export const TWO_DIGIT_YEAR_PIVOT = 30;

/** The four-digit year of a two-digit one, by the pivot. */
export function fullYear(twoDigits: number): number {
  return twoDigits < TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
}

const TWO_DIGIT_YEAR = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)/;

/** True for a date text written with a two-digit year ("01/03/99"). */
export function hasTwoDigitYear(value: unknown): boolean {
  return typeof value === "string" && TWO_DIGIT_YEAR.test(value);
}

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
    const year = m[3]!.length === 2 ? fullYear(+m[3]!) : +m[3]!;
    return dayFromParts(year, +m[2]!, +m[1]!);
  }
  return undefined;
}
