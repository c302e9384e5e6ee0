import { dayFromParts, yearOfDay } from "../values/calendar";
import type { Journal } from "./types";

/** A year is worth a report by default when it holds at least this share of the journal's counted actions. */
const REAL_SHARE = 0.05;

/**
 * The year a report covers when none is asked for: the latest year, not after the current one,
 * that holds a real share of the journal's actions (a stray row dated years ahead, or the first
 * days of a new year, do not make the report); the busiest year when none does. Undefined when
 * the journal counts no action up to the current year.
 */
export function defaultReportYear(journal: Journal, today: number): number | undefined {
  const current = yearOfDay(today);
  const years = journal.years.filter((y) => y <= current);
  if (!years.length) return undefined;
  const counts = actionsPerYear(journal, years);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const real = years.find((y) => counts.get(y)! >= total * REAL_SHARE);
  return real ?? years.reduce((best, y) => (counts.get(y)! > counts.get(best)! ? y : best));
}

/** Counted actions of each year given (newest first). */
function actionsPerYear(journal: Journal, years: readonly number[]): Map<number, number> {
  const starts = years.map((y) => dayFromParts(y, 1, 1)!);
  const ends = years.map((y) => dayFromParts(y + 1, 1, 1)!);
  const counts = new Int32Array(years.length);
  const { day, starts: first } = journal.actions;
  for (let i = 0; i < day.length; i++) {
    const d = day[i]!;
    for (let y = 0; y < years.length; y++) {
      if (d >= starts[y]! && d < ends[y]!) {
        counts[y]! += first ? first[i]! : 1;
        break;
      }
    }
  }
  return new Map(years.map((y, i) => [y, counts[i]!]));
}
