import { frenchAmount } from "../money/cents";
import { sheetHours } from "../report/sheets";
import { groupThousands } from "../text/thousands";
import { roundEtp } from "../valuation/etp";

/**
 * The yearly report's figures as French text, rounded exactly as the xlsx Synthèse rounds them
 * (src/core/report/summary.ts) and shown with the same number of decimals as its formats
 * (src/core/report/sheets.ts FORMATS): the PDF and the workbook say the same numbers.
 */

/** Fixed or bounded decimals, comma, thousands spaced: frenchNumber(1234.5, 2) = "1 234,50". */
export function frenchNumber(value: number, minDecimals: number, maxDecimals = minDecimals): string {
  let text = Math.abs(value).toFixed(maxDecimals);
  while (text.includes(".") && text.length - text.indexOf(".") - 1 > minDecimals && text.endsWith("0")) text = text.slice(0, -1);
  if (text.endsWith(".")) text = text.slice(0, -1);
  const [int, frac] = text.split(".");
  const sign = value < 0 && Number(text) !== 0 ? "-" : "";
  return `${sign}${groupThousands(int!)}${frac !== undefined ? `,${frac}` : ""}`;
}

/** Hours as the Synthèse rounds them (to the hundredth) and shows them (FORMATS.hours, "0.00"). */
export const hoursText = (ms: number) => frenchNumber(sheetHours(ms), 2);
/** FORMATS.etp, "0.00". */
export const etpText = (etp: number) => frenchNumber(roundEtp(etp), 2);
/** FORMATS.km, "0.0". */
export const kmText = (meters: number) => frenchNumber(meters / 1000, 1);
/** FORMATS.integer. */
export const countText = (n: number) => frenchNumber(n, 0);
/** FORMATS.rate, '0.00## "€"'. */
export const rateText = (eurosPerHour: number) => `${frenchNumber(eurosPerHour, 2, 4)} €`;
/** FORMATS.euros: "1 234,56 €", from the cents themselves. */
export const amountText = (cents: number) => frenchAmount(cents);
