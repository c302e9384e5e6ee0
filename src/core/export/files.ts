import { type ReportSheet, reportSheets } from "../report/sheets";
import type { YearReport } from "../report/yearReport";
import { latin9Bytes } from "../text/latin9";
import { entriesFileName, entriesImportContent } from "./entriesFile";
import { pahekoCsv, pahekoFileName } from "./paheko";
import { sheetCsv } from "./sheetCsv";

export interface ExportFile {
  name: string;
  /** Text is written in UTF-8; bytes as they are (the entries import file, in ISO 8859-15). */
  content: string | Uint8Array;
}

/**
 * The files of a yearly report: per-volunteer totals and the accounting table as French CSV; then,
 * when there is something to enter, the closing entries twice: in the A47 A-1 layout for any
 * accounting software (ISO 8859-15), and in Paheko's CSV import layout (UTF-8).
 */
export function reportTextFiles(report: YearReport, sheets: ReportSheet[] = reportSheets(report)): ExportFile[] {
  const byName = (name: string) => sheets.find((s) => s.name === name)!;
  const files: ExportFile[] = [
    { name: `benevoles-${report.year}.csv`, content: sheetCsv(byName("Bénévoles")) },
    { name: `comptabilite-${report.year}.csv`, content: sheetCsv(byName("Comptabilité")) },
  ];
  const a = report.accounting;
  const siren = report.valuation.settings.siren;
  if (a.entries.length > 0) {
    files.push(
      { name: entriesFileName(a.closingDay, siren), content: latin9Bytes(entriesImportContent(a.entries, a.closingDay)) },
      { name: pahekoFileName(a.closingDay, siren), content: pahekoCsv(a.entries) },
    );
  }
  return files;
}
