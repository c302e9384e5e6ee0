/**
 * The error values a spreadsheet shows in a cell it could not compute, in English (xlsx files,
 * Apps Script's getValues) and as French Google Sheets and Excel display them.
 */
const ERROR_CODES = new Set([
  "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!", "#SPILL!", "#CALC!",
  "#VALEUR!", "#NOM?", "#NOMBRE!", "#NUL!", "#ERREUR!", "#PROPAGATION!",
]);

/** True for a cell holding a spreadsheet error such as "#N/A" or "#REF!". */
export function isCellError(value: unknown): value is string {
  return typeof value === "string" && value.length > 1 && value.charCodeAt(0) === 35 /* # */ && ERROR_CODES.has(value.trim().toUpperCase());
}
