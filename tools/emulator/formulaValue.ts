// The emulator does not evaluate formulas, except HYPERLINK with literal arguments, whose value
// Sheets documents: HYPERLINK(url, [link_label]) shows link_label, or the URL when it is omitted.
// Arguments separated by "," or ";" (Sheets accepts ";" in every locale).
import type { CellValue } from "./model";

const TEXT = `"((?:[^"]|"")*)"`;
const HYPERLINK = new RegExp(`^=\\s*HYPERLINK\\(\\s*${TEXT}\\s*(?:[;,]\\s*(?:${TEXT}|(-?\\d+(?:\\.\\d+)?))\\s*)?\\)$`, "i");

/** The value a formula shows, when the emulator knows it; undefined otherwise (read as an empty cell). */
export function formulaValue(formula: string): CellValue | undefined {
  const m = HYPERLINK.exec(formula.trim());
  if (!m) return undefined;
  if (m[3] !== undefined) return Number(m[3]);
  return (m[2] ?? m[1]!).replace(/""/g, '"');
}
