import { MS_PER_HOUR } from "./calendar";

/** Hours rounded to the hundredth, for display: 2 h 30 = 2.5. */
export function roundHours(ms: number): number {
  return Math.round((ms / MS_PER_HOUR) * 100) / 100;
}

/** The same in French text: "2,5". */
export function frenchHours(ms: number): string {
  return String(roundHours(ms)).replace(".", ",");
}
