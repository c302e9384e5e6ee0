const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** A decimal written "12.50", "12,50", "-3", or undefined. Thousands separators are not accepted. */
export function readDecimal(text: string): number | undefined {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t.replace(",", ".")) : undefined;
}

/** A number cell or decimal string; "" and blanks give `empty`; undefined when unreadable. */
export function readNumber(value: unknown, empty: number): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value === "" || value === null || value === undefined) return empty;
  if (typeof value !== "string") return undefined;
  if (value.trim() === "") return empty;
  return readDecimal(value.replace(/\s*km$/i, ""));
}
