import type { Grid } from "../../core/journal/types";
import { quoteCell } from "../../core/journal/cells";
import { isDate } from "../../core/values/isDate";
import { readDecimal } from "../../core/values/numbers";
import { UserError } from "../../core/userError";

/** Thrown for a bad argument: Sheets shows the message in the cell's error tooltip. */
export class ArgumentError extends UserError {}

export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** A range argument; `example` is a range to suggest in the message, such as "Journal!A:O". */
export function gridArg(value: unknown, name: string, example = "Journal!A:O"): Grid {
  if (!Array.isArray(value) || !Array.isArray(value[0])) {
    throw new ArgumentError(`${name} : attendu une plage avec les en-têtes en première ligne, par exemple ${example}`);
  }
  return value as Grid;
}

export function optionalGridArg(value: unknown, name: string, example?: string): Grid | undefined {
  return isOmitted(value) ? undefined : gridArg(value, name, example);
}

export function optionalText(value: unknown): string | undefined {
  if (isOmitted(value)) return undefined;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "date invalide" : value.toISOString();
  return String(value).trim() || undefined;
}

export function requiredText(value: unknown, name: string): string {
  const text = optionalText(value);
  if (text === undefined) throw new ArgumentError(`${name} : valeur manquante`);
  return text;
}

/** A year as a number, a digit string, or a date cell (its year, read on the given clock). */
export function optionalYear(value: unknown, name: string, yearOfDate: (d: Date) => number): number | undefined {
  if (isOmitted(value)) return undefined;
  // a date's year on the sheet's clock, which reads four-digit years: a date outside about 1897 to 10200, or NaN, is none
  const year = isDate(value) ? (+value > -2.3e12 && +value < 2.6e14 ? yearOfDate(value) : NaN) : typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new ArgumentError(`${name} : ${quoteCell(value)} n'est pas une année (attendu par exemple 2025)`);
  }
  return year;
}

export function requiredYear(value: unknown, name: string, yearOfDate: (d: Date) => number): number {
  const year = optionalYear(value, name, yearOfDate);
  if (year === undefined) throw new ArgumentError(`${name} : année manquante (par exemple 2025)`);
  return year;
}

/** A number cell, or a decimal as text ("1,5"): never "1e3", "0x10" nor "Infinity", which Number() reads. */
export function optionalNumber(value: unknown, name: string): number | undefined {
  if (isOmitted(value)) return undefined;
  const n = typeof value === "number" ? value : readDecimal(String(value)) ?? NaN;
  if (!Number.isFinite(n)) throw new ArgumentError(`${name} : « ${String(value)} » n'est pas un nombre`);
  return n;
}
