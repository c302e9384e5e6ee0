import { type Ratio, ratio } from "./ratio";

const DECIMAL = /^([+-])?(\d*)(?:[.,](\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact value of a decimal written "1.45", "1,45", "11.65 €", or of a number (read through its
 * shortest decimal form, so 11.65 is 1165/100 and not the binary float behind it). Undefined when unreadable.
 */
export function parseDecimal(value: number | string): Ratio | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return undefined;
  const text = String(value).trim().replace(/\s*(€|eur|euros?)$/i, "").replace(/[\s\u00a0\u202f]/g, "");
  const m = DECIMAL.exec(text);
  if (!m || (!m[2] && !m[3])) return undefined;
  const fraction = m[3] ?? "";
  let num = BigInt((m[2] || "0") + fraction);
  let den = 10n ** BigInt(fraction.length);
  const exponent = m[4] ? Number(m[4]) : 0;
  if (Math.abs(exponent) > 400) return undefined;
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return ratio(m[1] === "-" ? -num : num, den);
}

/** A decimal that must be read: throws a RangeError naming the value otherwise. */
export function decimal(value: number | string): Ratio {
  const r = parseDecimal(value);
  if (r === undefined) throw new RangeError(`« ${String(value)} » n'est pas un nombre décimal`);
  return r;
}

/** "1,45", "11,88", "1": shortest exact French form of a decimal ratio (up to 6 decimals, else rounded). */
export function frenchDecimal(r: Ratio, maxDecimals = 6): string {
  for (let d = 0; d <= maxDecimals; d++) {
    const scaled = r.num * 10n ** BigInt(d);
    if (scaled % r.den === 0n) return withComma(scaled / r.den, d);
  }
  const scale = 10n ** BigInt(maxDecimals);
  const n = r.num * scale;
  const q = (2n * (n < 0n ? -n : n) + r.den) / (2n * r.den);
  return withComma(n < 0n ? -q : q, maxDecimals);
}

function withComma(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? "-" : ""}${int}${decimals ? `,${frac}` : ""}`;
}
