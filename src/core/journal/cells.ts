import { foldSpaces } from "../text/normalize";
import { isDate } from "../values/isDate";

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

/** How a cell is quoted in a French message. */
export function quoteCell(value: unknown): string {
  const text = isDate(value) ? value.toISOString() : String(value);
  return `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;
}
