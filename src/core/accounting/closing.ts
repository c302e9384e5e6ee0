import type { ValuationSettings } from "../settings/valuation";
import { dayFromParts } from "../values/calendar";

/** Closing day of year N: "MM-DD" is taken in year N, a full "YYYY-MM-DD" as written. */
export function closingDay(settings: ValuationSettings, year: number): number {
  const parts = settings.closingDate.split("-").map(Number);
  const [y, m, d] = parts.length === 3 ? parts : [year, ...parts];
  const day = dayFromParts(y!, m!, d!);
  if (day === undefined) throw new RangeError(`Date de clôture invalide : ${settings.closingDate}`);
  return day;
}
