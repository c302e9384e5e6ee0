import type { Journal } from "../journal/types";
import type { RolesIssue, RolesTable } from "../roles/table";
import { journalNames, rolesTableIssues } from "../roles/unmatched";
import type { CecAssessment } from "./assess";

/**
 * The roles table's issues for the CEC of `year`: rows it could not read, then rows that match no
 * volunteer or association of the journal, or no action of `year` (from the year's assessments).
 */
export function cecRolesIssues(journal: Journal, table: RolesTable, year: number, assessments: readonly CecAssessment[]): RolesIssue[] {
  const associationsOf = new Map(assessments.map((a) => [a.volunteerKey, a.associations.filter((x) => !x.elsewhere).map((x) => x.association)]));
  return rolesTableIssues(table, journalNames(journal), { year, associationsOf });
}
