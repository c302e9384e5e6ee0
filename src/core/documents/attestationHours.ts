import { allocateCents } from "../money/cents";
import { ratio } from "../money/ratio";
import { groupThousands } from "../text/thousands";
import { MS_PER_HOUR } from "../values/calendar";

const HUNDREDTH_MS = MS_PER_HOUR / 100;

/** Hours in hundredths, rounded half up: 12 h 30 = 1250. */
export function hundredthsOf(ms: number): number {
  return Math.round(ms / HUNDREDTH_MS);
}

/** Hours as a number of the reports (12.5, cut to the hundredth) in hundredths: 1250. */
export function hundredthsOfHours(hours: number): number {
  return Math.round(hours * 100);
}

/** « 1 234,50 h », as the command line's report writes hours: two decimals, thousands apart, no break before « h ». */
export function hoursText(hundredths: number): string {
  const whole = groupThousands(Math.floor(hundredths / 100));
  return `${whole},${String(hundredths % 100).padStart(2, "0")}\u00a0h`;
}

/**
 * The hours of each part (a category, a project) in hundredths, adding up to the rounded total:
 * each part rounded alone could print 0,01 h more or less than the total beside it.
 */
export function splitHours(totalMs: number, partsMs: readonly number[]): { total: number; parts: number[] } {
  const total = hundredthsOf(totalMs);
  return { total, parts: allocateCents(total, partsMs.map((ms) => ratio(Math.round(ms)))) };
}
