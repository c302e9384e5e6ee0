/** An exact rational number; den is always positive. Amounts never go through floats. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError("Division par zéro");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Ratio = { num: 0n, den: 1n };
export const ONE: Ratio = { num: 1n, den: 1n };

export function add(a: Ratio, b: Ratio): Ratio {
  return a.den === b.den ? ratio(a.num + b.num, a.den) : ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

export function sum(values: Iterable<Ratio>): Ratio {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

export function compare(a: Ratio, b: Ratio): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * Rounds to the nearest integer, halves away from zero ("arrondi commercial": 0.5 -> 1, -0.5 -> -1),
 * the rounding a treasurer does by hand.
 */
export function roundHalfUp(r: Ratio): bigint {
  const negative = r.num < 0n;
  const n = negative ? -r.num : r.num;
  const rounded = (2n * n + r.den) / (2n * r.den);
  return negative ? -rounded : rounded;
}

/** Integer part toward minus infinity. */
export function floor(r: Ratio): bigint {
  const q = r.num / r.den;
  return r.num < 0n && q * r.den !== r.num ? q - 1n : q;
}

/** Nearest float, for display only. */
export function toNumber(r: Ratio): number {
  return Number(r.num) / Number(r.den);
}

/** "12345/100": exact and JSON-ready (a report crosses google.script.run and JSON, which refuse BigInt). */
export function ratioText(r: Ratio): string {
  return `${r.num}/${r.den}`;
}

export function parseRatioText(text: string): Ratio {
  const [n, d] = text.split("/");
  return ratio(BigInt(n!), BigInt(d ?? "1"));
}
