import { type ReportSheet, reportSheets } from "../report/sheets";
import type { YearReport } from "../report/yearReport";
import { fecContent, fecFileName } from "./fec";
import { sheetCsv } from "./sheetCsv";

export interface ExportFile {
  name: string;
  content: string;
}

/**
 * The text files of a yearly report: per-volunteer totals and the accounting table as French CSV,
 * and the FEC of the closing entries (none when there is nothing to enter).
 */
export function reportTextFiles(report: YearReport, sheets: ReportSheet[] = reportSheets(report)): ExportFile[] {
  const byName = (name: string) => sheets.find((s) => s.name === name)!;
  const files: ExportFile[] = [
    { name: `benevoles-${report.year}.csv`, content: sheetCsv(byName("Bénévoles")) },
    { name: `comptabilite-${report.year}.csv`, content: sheetCsv(byName("Comptabilité")) },
  ];
  const a = report.accounting;
  if (a.entries.length > 0) {
    files.push({ name: fecFileName(a.closingDay, report.valuation.settings.siren), content: fecContent(a.entries, a.closingDay) });
  }
  return files;
}
