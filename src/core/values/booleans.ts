import { headerKey } from "../text/normalize";

const TRUE_WORDS = new Set(["oui", "vrai", "true", "yes", "1", "x", "o"]);
const FALSE_WORDS = new Set(["non", "faux", "false", "no", "0", "n", ""]);
/** Flags read from text so far: a CSV journal repeats "True" and "False" on every row. */
const fromText = new Map<string, boolean | undefined>();
const MAX_REMEMBERED = 1_000;

function readWord(text: string): boolean | undefined {
  const key = headerKey(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

/** true, false, or undefined when the cell says neither. Empty means false. */
export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === null || value === undefined) return false;
  if (typeof value !== "string") return undefined;
  if (fromText.has(value)) return fromText.get(value);
  const flag = readWord(value);
  if (fromText.size < MAX_REMEMBERED) fromText.set(value, flag);
  return flag;
}
