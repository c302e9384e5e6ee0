import { type ReportSheet, FORMATS, serialOfDay } from "../report/sheets";
import { frenchDate } from "../values/calendar";
import { type CsvCell, frenchCsv, money } from "./csv";

/** A report sheet as a French CSV: euro columns with two decimals, dates as JJ/MM/AAAA. */
export function sheetCsv(sheet: ReportSheet): string {
  const headers = sheet.headers.map((h, i) => (sheet.formats[i] === FORMATS.euros ? `${h} (€)` : h));
  const rows = sheet.rows.map((row) =>
    row.map((cell, i): CsvCell => {
      if (typeof cell !== "number") return cell;
      if (sheet.formats[i] === FORMATS.euros) return money(Math.round(cell * 100));
      if (sheet.formats[i] === FORMATS.date) return frenchDate(cell - serialOfDay(0));
      return cell;
    }),
  );
  return frenchCsv([headers, ...rows]);
}
