import { plainAmount } from "../money/cents";
import { fileText } from "./fileText";

/** An amount of money: written with two decimals and a decimal comma, never neutralised. */
export interface Money {
  cents: number;
}
export type CsvCell = string | number | boolean | Money | null | undefined;

const BOM = "\ufeff";
const SEPARATOR = ";";
const EOL = "\r\n";
/**
 * First characters that make a spreadsheet read a cell as a formula, after any spaces (where the
 * tab and CR that OWASP's CSV Injection page also lists are now: see fileText).
 */
const FORMULA_START = /^\s*[=+\-@]/;

export function money(cents: number): Money {
  return { cents };
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return plainAmount(cell.cents);
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell).replace(".", ",") : "";
  if (typeof cell === "boolean") return cell ? "Oui" : "Non";
  // Text only: numbers we write ourselves may be negative, text from the journal may not run.
  const text = fileText(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A French CSV, as Excel and LibreOffice open it with a double click: UTF-8 with a BOM, ";" between
 * fields, decimal comma, CRLF line ends, quotes only where needed. In text, line breaks and tabs
 * become spaces and control characters are removed (fileText); text starting with =, +, - or @,
 * spaces aside, gets a leading apostrophe so that no spreadsheet runs it as a formula.
 */
export function frenchCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map((c) => quote(cellText(c))).join(SEPARATOR)).join(EOL) + EOL;
}
