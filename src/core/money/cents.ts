import { type Ratio, floor, ratio, roundHalfUp } from "./ratio";
import { groupThousands } from "../text/thousands";

/** Rounds an exact amount in cents to whole cents, once (half away from zero). */
export function toCents(exactCents: Ratio): number {
  return Number(roundHalfUp(exactCents));
}

/** Euros as a number, for custom functions and spreadsheet cells (exact for any amount below 90 000 000 000 000 cents). */
export function euros(cents: number): number {
  return cents / 100;
}

/** "1234,56": no thousands separator, decimal comma (entries files, CSV). */
export function plainAmount(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  return `${negative ? "-" : ""}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** "1 234,56 €" with a narrow no-break space between thousands, for French prose. */
export function frenchAmount(cents: number): string {
  const [int, frac] = plainAmount(cents).split(",");
  return `${groupThousands(int!)},${frac} €`;
}

/**
 * Splits a rounded total between parts in proportion to their exact amounts, by largest remainder:
 * each part gets the floor of its exact share, and the cents left go one by one to the largest
 * fractional parts (ties to the earlier part). The parts always add up to the total.
 */
export function allocateCents(total: number, exactParts: readonly Ratio[]): number[] {
  if (exactParts.length === 0) return [];
  const den = lcmDen(exactParts);
  const sumNum = exactParts.reduce((s, p) => s + (p.num * den) / p.den, 0n);
  if (sumNum === 0n) return exactParts.map((_, i) => (i === 0 ? total : 0));
  // share_i = total * part_i / sum, kept exact as (total * part_i * den / part.den) / sumNum
  const shares = exactParts.map((p) => ratio(BigInt(total) * ((p.num * den) / p.den), sumNum));
  const floors = shares.map(floor);
  let left = BigInt(total) - floors.reduce((a, b) => a + b, 0n);
  const order = shares
    .map((s, i) => ({ i, rest: ratio(s.num - floors[i]! * s.den, s.den) }))
    .sort((a, b) => {
      const d = b.rest.num * a.rest.den - a.rest.num * b.rest.den;
      return d > 0n ? 1 : d < 0n ? -1 : a.i - b.i;
    });
  const result = floors.map(Number);
  for (const { i } of order) {
    if (left <= 0n) break;
    result[i]! += 1;
    left -= 1n;
  }
  return result;
}

function lcmDen(parts: readonly Ratio[]): bigint {
  let l = 1n;
  for (const p of parts) {
    let a = l;
    let b = p.den;
    while (b !== 0n) [a, b] = [b, a % b];
    l = (l / a) * p.den;
  }
  return l;
}
