import { type CecReport, buildCecReport } from "../cec/report";
import type { Anomaly, Journal } from "../journal/types";
import { type FindingLine, findingLines } from "./findings";
import type { RolesTable } from "../roles/table";
import type { CecSettings } from "../cec/settings";
import { type VolunteerTotal, actionsOfYear, volunteerTotals } from "../totals/volunteers";
import { type AccountingSummary, buildAccounting } from "../accounting/summary";
import type { ValuationSettingsInput } from "../settings/valuation";
import { type Valuation, valueActions } from "../valuation/valuation";

/**
 * Everything the yearly report shows, computed once from the journal: the CLI, the report sheets
 * and the sidebar all render this object.
 */
export interface YearReport {
  year: number;
  volunteers: VolunteerTotal[];
  /** The journal's findings (all years): errors and pending rows left out, rows counted but to check. */
  anomalies: Anomaly[];
  /** Every finding as the report lists it: errors, to check, possible duplicates, alias table, pending. */
  findings: FindingLine[];
  /** CEC status of every named volunteer with hours in the year. */
  cec: CecReport;
  /** Hours valued in euros (totals and breakdowns, mileage). */
  valuation: Valuation;
  /** The 86/87 table, the closing entries and the method note. */
  accounting: AccountingSummary;
}

export interface YearReportOptions {
  /** Roles table (Bénévole, Rôle, Association, Date de naissance), read by readRolesTable. */
  roles?: RolesTable;
  /** CEC settings (qualifying role words, association conditions), read by parseCecSettings. */
  cecSettings?: CecSettings;
  /** Valuation settings (rates, coefficient, chart...), defaults filled by parseValuationSettings. */
  valuationSettings?: ValuationSettingsInput;
}

export function buildYearReport(journal: Journal, year: number, options: YearReportOptions = {}): YearReport {
  const valuation = valueActions(actionsOfYear(journal, year), options.valuationSettings, year);
  return {
    year,
    volunteers: volunteerTotals(journal, year),
    anomalies: journal.anomalies,
    findings: findingLines(journal),
    cec: buildCecReport(journal, year, { roles: options.roles, settings: options.cecSettings }),
    valuation,
    accounting: buildAccounting(valuation, year),
  };
}
