import { FORMATS } from "../report/sheets";
import { frenchDate } from "../values/calendar";
import { type CsvCell, frenchCsv, money } from "./csv";
import type { ExportTable } from "./section";

/** A report sheet as a French CSV: euro columns with two decimals, dates as JJ/MM/AAAA. */
export function sheetCsv(sheet: ExportTable): string {
  const headers = sheet.headers.map((h, i) => (sheet.formats[i] === FORMATS.euros ? `${h} (€)` : h));
  const rows = sheet.rows.map((row) =>
    row.map((cell): CsvCell => {
      if (typeof cell !== "object") return cell;
      return "cents" in cell ? money(cell.cents) : frenchDate(cell.day);
    }),
  );
  return frenchCsv([headers, ...rows]);
}
