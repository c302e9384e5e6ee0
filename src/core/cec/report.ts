import type { Journal } from "../journal/types";
import type { RolesIssue } from "../roles/table";
import { isoDate } from "../values/calendar";
import { type CecStatus, STATUS_LABELS } from "./assess";
import { type CecOptions, cecEngine } from "./engine";
import { hoursValue } from "./format";
import { cecNotes } from "./notes";
import { cecRolesIssues } from "./rolesIssues";
import { cecRule, declarationDeadline, validationDeadline } from "./rules";

export interface CecAssociationLine {
  association: string;
  hours: number;
  /** Hours meeting the association's conditions. */
  eligibleHours: number;
  role: "qualifying" | "unclear" | "none" | "unknown";
  roles: string[];
  roleSource: "table" | "journal" | "none";
}

export interface CecReportLine {
  volunteer: string;
  status: CecStatus;
  /** "Éligible", "Éligible sous réserve", "À compléter" or "Non éligible". */
  statusLabel: string;
  reason: string;
  /** Label, " : ", reason. */
  text: string;
  /** Hours the status rests on, cut down to the hundredth. */
  qualifyingHours: number;
  mainAssociationHours: number;
  mainAssociation: string;
  rightsEur: number;
  /** Rights of the journal's years up to this one, capped at capEur. */
  cumulativeEur: number;
  /** ISO dates, "" when Non éligible. */
  declareBy: string;
  validateBy: string;
  associations: CecAssociationLine[];
}

/** The CEC part of the yearly report: plain data (JSON-ready: no Date, no Map). */
export interface CecReport {
  year: number;
  rule: { totalHours: number; oneAssociationHours: number; rightsEur: number; capEur: number; minimumAge: number; associationYears: number; associationSource: string };
  declareBy: string;
  validateBy: string;
  volunteers: CecReportLine[];
  /** French statements of what the figures assume (association conditions, cap), then every roles issue. */
  notes: string[];
  /** Rows of the roles table not read as written, or matching nothing in the journal or the year, in row order. */
  rolesIssues: RolesIssue[];
}

export function buildCecReport(journal: Journal, year: number, options: CecOptions = {}): CecReport {
  const engine = cecEngine(journal, options);
  const rule = cecRule(year);
  const assessments = engine.assessYear(year);
  const associations = [...new Set(assessments.flatMap((a) => a.associations.map((x) => x.association)))];
  const rolesIssues = options.roles ? cecRolesIssues(journal, options.roles, year, assessments) : [];
  return {
    year,
    rule: {
      totalHours: hoursValue(rule.totalMs),
      oneAssociationHours: hoursValue(rule.oneAssociationMs),
      rightsEur: rule.rightsEur,
      capEur: rule.capEur,
      minimumAge: rule.minimumAge,
      associationYears: rule.associationYears,
      associationSource: rule.associationSource,
    },
    declareBy: isoDate(declarationDeadline(year)),
    validateBy: isoDate(validationDeadline(year)),
    volunteers: assessments.map((a) => ({
      volunteer: a.volunteer,
      status: a.status,
      statusLabel: STATUS_LABELS[a.status],
      reason: a.reason,
      text: a.text,
      qualifyingHours: hoursValue(a.countedMs),
      mainAssociationHours: hoursValue(a.mainMs),
      mainAssociation: a.mainAssociation,
      rightsEur: a.rightsEur,
      cumulativeEur: engine.rights(a.volunteerKey, year).cumulativeEur,
      declareBy: a.status === "ineligible" ? "" : isoDate(a.declareBy),
      validateBy: a.status === "ineligible" ? "" : isoDate(a.validateBy),
      associations: a.associations.map((x) => ({
        association: x.association,
        hours: hoursValue(x.totalMs),
        eligibleHours: hoursValue(x.eligibleMs),
        role: x.role.kind,
        roles: x.role.roles,
        roleSource: x.role.source,
      })),
    })),
    notes: cecNotes(year, { settings: options.settings, associations, rolesIssues, rolesIssueLimit: Infinity, rolesTable: options.roles !== undefined }),
    rolesIssues,
  };
}
