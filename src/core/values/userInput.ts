import { quoteCell } from "../journal/cells";
import { parseDecimal } from "../money/decimal";
import type { Ratio } from "../money/ratio";
import { COEFFICIENT, ETP_BASE, EUROS_PER_KM, type Range } from "./limits";

/*
 * The checks of a value a user types, shared by the command-line options, the sidebar's settings
 * (src/core/settings), the server functions and the custom functions: each reads the value the same
 * way, against the same bound (limits.ts), and says what is wrong in the same French words.
 */

/** "0,1", "2500": a bound as the messages write it. */
export const frenchNumber = (n: number) => String(n).replace(".", ",");

/** A value named in a message: « as typed », cut after 40 characters (a hostile megabyte is not echoed), a date as a date. */
export const quoted = (value: unknown) => quoteCell(typeof value === "string" ? value.trim() : value);

/** The exact value is within the range (a decimal of MAX_DECIMAL_DIGITS digits at most: a float compares it closely enough). */
export function within(r: Ratio, [least, most]: Range): boolean {
  const n = Number(r.num) / Number(r.den);
  return n >= least && n <= most;
}

/** The decimals a user types besides rates: what each is, what it counts, an example and its range, for the checks and messages. */
const DECIMALS = {
  coefficient: ["un coefficient", "un nombre", "1 ou 1,45", COEFFICIENT],
  eurosPerKm: ["un taux kilométrique", "des euros par km", "0,32", EUROS_PER_KM],
  etpBase: ["une base ETP", "un nombre d'heures", "1607 ou 1820", ETP_BASE],
} as const;
export type TypedDecimal = keyof typeof DECIMALS;

/** The exact value typed for `kind` (a number, or a decimal as text), undefined when unreadable or out of its range. */
export function boundedDecimal(value: unknown, kind: TypedDecimal): Ratio | undefined {
  const r = typeof value === "number" || typeof value === "string" ? parseDecimal(value) : undefined;
  return r && within(r, DECIMALS[kind][3]) ? r : undefined;
}

/** "un nombre de 0,1 à 10, par exemple 1 ou 1,45": what `kind` accepts. */
export function expectedDecimal(kind: TypedDecimal): string {
  const [, what, example, [least, most]] = DECIMALS[kind];
  return `${what} de ${frenchNumber(least)} à ${frenchNumber(most)}, par exemple ${example}`;
}

/** "« 1e308 » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45". */
export function implausible(value: unknown, kind: TypedDecimal): string {
  return `${quoted(value)} n'est pas ${DECIMALS[kind][0]} plausible : attendu ${expectedDecimal(kind)}`;
}

/** "métropole", "Metropole", "Mayotte" (case and the accent ignored) → the territory of the SMIC series; undefined for any other text. */
export function readTerritory(text: string): "metropole" | "mayotte" | undefined {
  const t = text.trim().toLowerCase();
  return t === "mayotte" ? "mayotte" : /^m[ée]tropole$/.test(t) ? "metropole" : undefined;
}

/** "« lune » n'est pas un territoire connu : attendu « métropole » ou « Mayotte »". */
export const unknownTerritory = (value: unknown) => `${quoted(value)} n'est pas un territoire connu : attendu « métropole » ou « Mayotte »`;
