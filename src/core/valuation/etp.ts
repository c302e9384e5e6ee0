import { MS_PER_HOUR } from "../values/calendar";

/** Annual hours of one full-time job (docs/regles/valorisation-comptes.md). */
export const ETP_BASES = {
  /** Legal annual working time: décret 2000-815 and the journée de solidarité. */
  legal: 1607,
  /** 35 h x 52 weeks. */
  weeks52: 1820,
} as const;

export const DEFAULT_ETP_BASE = ETP_BASES.legal;

/** Full-time equivalents of a duration. */
export function etp(durationMs: number, base: number = DEFAULT_ETP_BASE): number {
  if (!(base > 0)) throw new RangeError(`base ETP invalide : ${base}`);
  return durationMs / MS_PER_HOUR / base;
}

/** For display: two decimals. */
export function roundEtp(value: number): number {
  return Math.round(value * 100) / 100;
}
