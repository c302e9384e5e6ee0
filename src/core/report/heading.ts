import type { YearReport } from "./yearReport";

/** Sheets of the whole journal, whatever the association: the CEC of calendar year N, every finding. */
const JOURNAL_HEADINGS: Record<string, (report: YearReport) => string> = {
  CEC: (r) => `Valorise – CEC ${r.cec.year} – bénévoles de toutes les associations du journal`,
  Anomalies: () => "Valorise – Anomalies du journal",
};

/** What a report sheet is, printed at the top of its pages: "Valorise – <association> – <sheet> – <period>". */
export function sheetHeading(sheet: string, report: YearReport): string {
  const journal = JOURNAL_HEADINGS[sheet];
  return journal ? journal(report) : `Valorise – ${report.association.title} – ${sheet} – ${report.period.name}`;
}
