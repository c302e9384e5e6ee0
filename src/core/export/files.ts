import { type ReportSheet, reportSheets } from "../report/sheets";
import type { YearReport } from "../report/yearReport";
import { fecContent, fecFileName } from "./fec";
import { sheetCsv } from "./sheetCsv";
import { slug } from "../text/slug";

export interface ExportFile {
  name: string;
  content: string;
}

/** A file of one association's set: its name carries the association's ("benevoles-2025-club-sportif.csv"). */
export function sectionFileName(report: YearReport, name: string): string {
  const part = slug(report.association.name);
  if (!part) return name;
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}-${part}${name.slice(dot)}`;
}

/**
 * The text files of a yearly report: per-volunteer totals and the accounting table as French CSV,
 * and the FEC of the closing entries (none when there is nothing to enter).
 */
export function reportTextFiles(report: YearReport, sheets: ReportSheet[] = reportSheets(report)): ExportFile[] {
  const byName = (name: string) => sheets.find((s) => s.name === name)!;
  const files: ExportFile[] = [{ name: `benevoles-${report.period.short}.csv`, content: sheetCsv(byName("Bénévoles")) }];
  const a = report.accounting;
  if (a) files.push({ name: `comptabilite-${report.period.short}.csv`, content: sheetCsv(byName("Comptabilité")) });
  if (a && a.entries.length > 0) {
    files.push({ name: fecFileName(a.closingDay, report.valuation.settings.siren), content: fecContent(a.entries, a.closingDay) });
  }
  return files.map((f) => ({ ...f, name: sectionFileName(report, f.name) }));
}
