import { isDate } from "../values/isDate";

/** Sheets' day zero, 30 December 1899: a time or a duration read from a file is a date on that day or the next. */
const DAY_ZERO_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell of a journal file as the text an import writes into a sheet, for Valorise to read the sheet
 * as it reads the file (src/sidebar/import): text as it is; a number as the file's reader gives it
 * ("2.5", read back as 2.5); a boolean as VRAI or FAUX; a date (a workbook's, on its wall clock, UTC
 * fields) as ISO 8601, "2025-03-14" or "2025-03-14 09:30:00"; a time or duration of Sheets' day zero
 * as "2:30:00".
 */
export function importText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (!isDate(value)) return String(value);
  const ms = value.getTime();
  if (Number.isNaN(ms)) return "";
  const clock = (t: number) => `${pad(Math.floor(t / 3_600_000) % 24)}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}`;
  if (ms >= DAY_ZERO_MS && ms < DAY_ZERO_MS + 2 * DAY_MS) {
    const t = ms - DAY_ZERO_MS;
    return `${Math.floor(t / 3_600_000)}${clock(t).slice(2)}`;
  }
  const day = value.toISOString().slice(0, 10);
  const t = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  return t ? `${day} ${clock(t)}` : day;
}
