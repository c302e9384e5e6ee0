import type { Entry } from "../accounting/entries";
import { type ReportSheet, reportSheets } from "../report/sheets";
import type { YearReport } from "../report/yearReport";

/** A report sheet's table as a CSV file writes it: its links to the journal stay behind. */
export type ExportTable = Pick<ReportSheet, "headers" | "rows" | "formats">;

/**
 * What one association's text files are made of (reportTextFiles), and nothing else of its yearly
 * report: the sidebar page builds the files from it (src/sidebar/exportFiles.ts), so that the CSV and
 * entries writers do not weigh on dist/Code.js, loaded on every custom-function call.
 */
export interface ExportSection {
  /** For the file names (sectionFileName). */
  association: { name: string; title: string };
  period: { short: string };
  /** "" for none. */
  siren: string;
  /** The « Bénévoles » sheet's table. */
  volunteers: ExportTable;
  /** The « Comptabilité » sheet's table, the closing day and the closing entries; null for a free period. */
  accounting: { table: ExportTable; closingDay: number; entries: Entry[] } | null;
}

/** The export part of a yearly report, from its sheets (reportSheets) when they are at hand. */
export function exportSection(report: YearReport, sheets: ReportSheet[] = reportSheets(report)): ExportSection {
  const table = (name: string): ExportTable => {
    const { headers, rows, formats } = sheets.find((s) => s.name === name)!;
    return { headers, rows, formats };
  };
  const a = report.accounting;
  return {
    association: { name: report.association.name, title: report.association.title },
    period: { short: report.period.short },
    siren: report.valuation.settings.siren ?? "",
    volunteers: table("Bénévoles"),
    accounting: a && { table: table("Comptabilité"), closingDay: a.closingDay, entries: a.entries },
  };
}
