import { headerKey } from "../text/normalize";

const TRUE_WORDS = new Set(["oui", "vrai", "true", "yes", "1", "x", "o"]);
const FALSE_WORDS = new Set(["non", "faux", "false", "no", "0", "n", ""]);

/** true, false, or undefined when the cell says neither. Empty means false. */
export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === null || value === undefined) return false;
  if (typeof value !== "string") return undefined;
  const key = headerKey(value);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}
