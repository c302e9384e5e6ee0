export const MS_PER_DAY = 86_400_000;
export const MONTH_NAMES = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" ");
export const MS_PER_HOUR = 3_600_000;
/** Day number (days since 1970-01-01) of 1899-12-30, the origin of spreadsheet serial dates. */
export const SERIAL_ORIGIN_DAY = -25_569;

/** Today as a day number, by the system clock (UTC): what "a year in the future" and the default year count from. */
export function today(): number {
  return Math.floor(Date.now() / MS_PER_DAY);
}

/** Day number of a valid calendar date, or undefined (31/02 is not a date). */
export function dayFromParts(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/** Proleptic Gregorian year of a day number, by integer arithmetic (H. Hinnant's civil_from_days). */
export function yearOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const month = Math.floor((5 * doy + 2) / 153); // March = 0
  return yoe + era * 400 + (month >= 10 ? 1 : 0);
}

/** "2025-03-01" */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of an ISO date the code itself wrote ("2025-03-01"): the inverse of isoDate. */
export function dayOfIso(iso: string): number {
  return dayFromParts(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10))!;
}

/** "2025-03-01" → "01/03/2025" */
export function frenchDateOfIso(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "01/03/2025" */
export function frenchDate(day: number): string {
  return frenchDateOfIso(isoDate(day));
}
