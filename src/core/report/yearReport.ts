import type { Anomaly, Journal } from "../journal/types";
import { type VolunteerTotal, volunteerTotals } from "../totals/volunteers";

/**
 * Everything the yearly report shows, computed once from the journal: the CLI, the report sheets
 * and the sidebar all render this object.
 */
export interface YearReport {
  year: number;
  volunteers: VolunteerTotal[];
  anomalies: Anomaly[];
}

export function buildYearReport(journal: Journal, year: number): YearReport {
  return { year, volunteers: volunteerTotals(journal, year), anomalies: journal.anomalies };
}
