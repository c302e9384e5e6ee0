import { MAX_DECIMAL_DIGITS, MAX_VALUE_CHARS } from "../values/limits";
import { type Ratio, ratio } from "./ratio";

const DECIMAL = /^([+-])?(\d*)(?:[.,](\d*))?(?:e([+-]\d+))?$/;

/**
 * The exact value of a decimal written "1.45", "1,45", "11.65 €", or of a number (read through its
 * shortest decimal form, so 11.65 is 1165/100 and not the binary float behind it). Undefined when
 * unreadable: NaN, Infinity, an exponent typed ("1e15"; a number's own form, 1e-7, is read), more
 * than MAX_DECIMAL_DIGITS digits (exponent included) or MAX_VALUE_CHARS characters.
 */
export function parseDecimal(value: number | string): Ratio | undefined {
  const typed = String(value);
  if (typed.length > MAX_VALUE_CHARS) return undefined;
  const m = DECIMAL.exec(typed.trim().replace(/\s*(€|eur|euros?)$/i, "").replace(/[\s\u00a0\u202f]/g, ""));
  const e = m?.[4] && typeof value === "number" ? +m[4] : 0;
  const digits = m && (e || !m[4]) ? (m[2] ?? "") + (m[3] ?? "") : "";
  if (!digits || digits.length + Math.abs(e) > MAX_DECIMAL_DIGITS) return undefined;
  const scale = (m![3]?.length ?? 0) - e;
  return ratio(BigInt(m![1] === "-" ? `-${digits}` : digits) * 10n ** BigInt(Math.max(0, -scale)), 10n ** BigInt(Math.max(0, scale)));
}

/** A decimal that must be read (a rule table's, or a value already checked): throws a RangeError naming the value otherwise. */
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
