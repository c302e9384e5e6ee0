const toTag = Object.prototype.toString;

/** True for a Date from any realm (cells built outside a vm context are not `instanceof` its Date). */
export function isDate(value: unknown): value is Date {
  return value instanceof Date || (typeof value === "object" && value !== null && toTag.call(value) === "[object Date]");
}
