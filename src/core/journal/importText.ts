import { MS_PER_DAY, MS_PER_HOUR, SERIAL_ORIGIN_DAY, isoDate } from "../values/calendar";
import { readDay } from "../values/dates";
import { isDate } from "../values/isDate";
import { resolveColumns } from "./columnMapping";
import type { Field } from "./fields";
import type { Grid, WallClock } from "./types";

/** Sheets' day zero, 30 December 1899: a duration or a time of day read from a workbook is a date counted from it. */
const DAY_ZERO_MS = SERIAL_ORIGIN_DAY * MS_PER_DAY;
/** readDay reads a number without a wall clock: it is a serial day. */
const NO_CLOCK: WallClock = (d) => d.getTime();
const pad = (n: number) => String(n).padStart(2, "0");

/** "50:00:00", "2:30:00.250": hours past 24 as they are, milliseconds only when there are some. */
function clockText(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const t = Math.abs(ms);
  const rest = t % 1000;
  const seconds = `${pad(Math.floor(t / 1000) % 60)}${rest ? `.${String(rest).padStart(3, "0")}` : ""}`;
  return `${sign}${Math.floor(t / MS_PER_HOUR)}:${pad(Math.floor(t / 60_000) % 60)}:${seconds}`;
}

/** "2025-03-14", or "2025-03-14 09:30:00" when the instant is not midnight (its UTC fields: a workbook's wall clock). */
function dateTimeText(ms: number): string {
  const time = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const day = isoDate(Math.floor(ms / MS_PER_DAY));
  return time ? `${day} ${time < 36_000_000 ? "0" : ""}${clockText(time)}` : day;
}

const DAY_FIELDS: ReadonlySet<Field> = new Set(["date", "endDate", "timestamp"]);
const DURATION_FIELDS: ReadonlySet<Field> = new Set(["duration", "decimalHours"]);
const TIME_FIELDS: ReadonlySet<Field> = new Set(["startTime", "endTime"]);

/**
 * A cell of a journal file as the text an import writes into a sheet, for Valorise to read the sheet
 * as it reads the file (src/sidebar/import). The journal reads a cell by its column (src/core/journal/read.ts),
 * and so does this:
 * - a workbook's date (its wall clock in UTC fields) is a day and time in a date column, the time
 *   elapsed since Sheets' day zero in a duration column ("50:00:00"), the time of day in a time column;
 * - a number is a serial day in a date column, as the journal reads it, and the number otherwise
 *   ("2.5", read back as 2.5);
 * - a boolean is VRAI or FAUX; text stays as it is.
 */
export function importText(value: unknown, field?: Field): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // a serial day, read as the journal reads it (its time left); a number out of the serials' range stays one
    const day = field && DAY_FIELDS.has(field) ? readDay(value, NO_CLOCK) : undefined;
    return day === undefined ? String(value) : isoDate(day);
  }
  if (!isDate(value)) return String(value);
  const ms = value.getTime();
  if (Number.isNaN(ms)) return "";
  if (field && DURATION_FIELDS.has(field)) return clockText(ms - DAY_ZERO_MS);
  if (field && TIME_FIELDS.has(field)) return clockText((((ms - DAY_ZERO_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
  // a bare time or duration outside those columns: as Sheets shows it
  if (ms >= DAY_ZERO_MS && ms < DAY_ZERO_MS + 2 * MS_PER_DAY) return clockText(ms - DAY_ZERO_MS);
  return dateTimeText(ms);
}

/** A journal file's grid as the texts of its import: each column converted as the journal will read it (its header's field). */
export function importGrid(grid: Grid): string[][] {
  const fields: (Field | undefined)[] = [];
  const { columns } = resolveColumns(grid[0] ?? []);
  for (const [field, cell] of Object.entries(columns)) fields[cell!.index] = field as Field;
  return grid.map((row, r) => row.map((cell, c) => importText(cell, r ? fields[c] : undefined)));
}
