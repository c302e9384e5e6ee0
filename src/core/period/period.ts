import { MONTH_NAMES, MS_PER_DAY, dayFromParts, frenchDate, isoDate, yearOfDay } from "../values/calendar";
import { UserError } from "../userError";

/**
 * The days a report covers. The accounts cover an exercice: with the closing day JJ/MM, exercice N
 * runs from the day after JJ/MM of N-1 to JJ/MM of N (docs/regles/valorisation-comptes.md), the calendar year when
 * the closing day is 31/12. Any other span (a grant report, a board meeting) gives totals and a
 * valuation, never accounts.
 */
export interface Period {
  /** First day, and the day after the last one (day numbers). */
  from: number;
  until: number;
  /** N: the exercice closing in N, or the year of a free period's last day. */
  year: number;
  /** True for an exercice: the accounts (86/87, entries) apply. */
  exercice: boolean;
  /** Closing day of the exercice (its last day); the last day of a free period. */
  closingDay: number;
  /** "exercice 2025", "exercice clos le 30/06/2025", "période du 01/03/2025 au 31/05/2025" */
  name: string;
  /** "du 01/07/2024 au 30/06/2025" */
  dates: string;
  /** For entry labels and piece references: "2025", "2024-2025" (exercice across two years), "20250301-20250531". */
  short: string;
}

export class PeriodError extends UserError {}

const lastDay = (p: { until: number }) => p.until - 1;
const datesOf = (from: number, until: number) => `du ${frenchDate(from)} au ${frenchDate(until - 1)}`;

/** Day of the closing date "MM-DD" in `year` (a "MM-DD" that exists every year: checked where it is typed). */
function closingIn(year: number, monthDay: string): number {
  const [m, d] = monthDay.split("-").map(Number);
  const day = dayFromParts(year, m!, d!);
  if (day === undefined) throw new PeriodError(`Date de clôture invalide : ${monthDay}`);
  return day;
}

/**
 * Exercice N for a closingDate setting: "MM-DD", or a full "YYYY-MM-DD" which must close N (a
 * closing date of 1999 does not close the exercice of 2025 work).
 */
export function exerciceOf(year: number, closingDate: string): Period {
  const full = /^(\d{4})-(\d{2}-\d{2})$/.exec(closingDate);
  if (full && +full[1]! !== year) {
    const typed = frenchDate(closingIn(+full[1]!, full[2]!));
    throw new PeriodError(`La clôture du ${typed} ne ferme pas l'exercice ${year} : indiquez la clôture en JJ/MM (par exemple 31/12 ou 30/06), ou une date de ${year}.`);
  }
  const monthDay = full ? full[2]! : closingDate;
  const until = closingIn(year, monthDay) + 1;
  const from = closingIn(year - 1, monthDay) + 1;
  const calendar = monthDay === "12-31";
  return {
    from, until, year, exercice: true, closingDay: until - 1,
    name: calendar ? `exercice ${year}` : `exercice clos le ${frenchDate(until - 1)}`,
    dates: datesOf(from, until),
    short: calendar ? String(year) : `${yearOfDay(from)}-${year}`,
  };
}

/** The calendar year: what the CEC always counts (D5151-14), and exercice N closing on 31/12. */
export function calendarYear(year: number): Period {
  return exerciceOf(year, "12-31");
}

/**
 * The income year of tax receipts, as a report's free period (first and last day): a receipt is for
 * the gifts of one calendar year, whatever the association's closing day (CGI art. 200).
 */
export function incomeYear(year: number): { from: number; to: number } {
  return { from: dayFromParts(year, 1, 1)!, to: dayFromParts(year, 12, 31)! };
}

/** A free period, both days included (--du / --au). */
export function periodBetween(fromDay: number, toDay: number): Period {
  if (toDay < fromDay) throw new PeriodError(`La période se termine (${frenchDate(toDay)}) avant de commencer (${frenchDate(fromDay)}).`);
  const until = toDay + 1;
  return {
    from: fromDay, until, year: yearOfDay(toDay), exercice: false, closingDay: toDay,
    name: `période ${datesOf(fromDay, until)}`, dates: datesOf(fromDay, until),
    short: `${isoDate(fromDay).replace(/-/g, "")}-${isoDate(toDay).replace(/-/g, "")}`,
  };
}

/** The calendar years a period touches, each cut to the period (the mileage scale is yearly). */
export function calendarParts(period: Period): { year: number; from: number; until: number }[] {
  const parts = [];
  for (let year = yearOfDay(period.from); year <= yearOfDay(lastDay(period)); year++) {
    parts.push({ year, from: Math.max(period.from, dayFromParts(year, 1, 1)!), until: Math.min(period.until, dayFromParts(year + 1, 1, 1)!) });
  }
  return parts;
}

/** First day of each month the period touches, and the label of that month ("juillet 2024"). */
export function monthsOf(period: Period): { from: number; until: number; label: string }[] {
  const months = [];
  let start = period.from;
  while (start < period.until) {
    const d = new Date(start * MS_PER_DAY);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY;
    months.push({ from: start, until: Math.min(next, period.until), label: `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
    start = next;
  }
  return months;
}
