import { foldSpaces } from "../text/normalize";
import { MS_PER_DAY, SERIAL_ORIGIN_DAY, frenchDate } from "../values/calendar";
import { isDate } from "../values/isDate";
import type { WallClock } from "./types";

export function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Text of a label cell (category, project...), spaces folded. */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value.length && (value[0] === " " || value.includes("  ")) ? foldSpaces(value) : value.trim();
  if (value === null || value === undefined) return "";
  if (isDate(value)) return value.toISOString();
  return String(value);
}

/**
 * How a cell is quoted in a French message. A Date is shown as the spreadsheet shows it, on its
 * wall clock (UTC fields when none is given): a time or duration cell (a date on 30 or 31 December
 * 1899, Sheets' day zero) as "2:30", any other as "01/03/2025" or "01/03/2025 14:30".
 */
export function quoteCell(value: unknown, wallClock?: WallClock): string {
  const text = isDate(value) ? dateText(value, wallClock) : frenchCellText(value);
  return `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;
}

/** A number or a boolean as a French spreadsheet shows it (1,5 ; VRAI), anything else as it is. */
function frenchCellText(value: unknown): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return String(value);
}

function dateText(date: Date, wallClock: WallClock | undefined): string {
  const wall = wallClock ? wallClock(date) : date.getTime();
  if (Number.isNaN(wall)) return "date invalide";
  const day = Math.floor(wall / MS_PER_DAY);
  const minutes = Math.round((wall - day * MS_PER_DAY) / 60_000);
  const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
  if (day - SERIAL_ORIGIN_DAY <= 1) return clock(minutes + (day - SERIAL_ORIGIN_DAY) * 1440);
  return minutes ? `${frenchDate(day)} ${clock(minutes)}` : frenchDate(day);
}
