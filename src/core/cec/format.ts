import { MS_PER_HOUR } from "../values/calendar";

const CENTI_HOUR = MS_PER_HOUR / 100;

function hundredths(centi: number): string {
  const whole = Math.floor(centi / 100);
  const rest = centi % 100;
  return rest === 0 ? `${whole}` : `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** Hours for a message, cut down to the hundredth so that 199,999 h never reads "200 h". */
export function hoursDown(ms: number): string {
  return hundredths(Math.floor(ms / CENTI_HOUR));
}

/** Hours still missing, rounded up to the hundredth. */
export function hoursUp(ms: number): string {
  return hundredths(Math.ceil(ms / CENTI_HOUR));
}

/** Hours as a number for tables, cut down to the hundredth (like hoursDown). */
export function hoursValue(ms: number): number {
  return Math.floor(ms / CENTI_HOUR) / 100;
}

export function quote(text: string): string {
  return `« ${text} »`;
}

export function listRoles(roles: readonly string[]): string {
  return roles.map(quote).join(", ");
}
