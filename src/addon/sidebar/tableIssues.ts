import { rolesIssueText } from "../../core/roles/table";

/** How many issues of a side table the page spells out. */
const ISSUES_SHOWN = 5;

/** The first issues of a table in French ("ligne 3, colonne « SIREN » : …"), then "et N autres". */
export function issueDetails(issues: readonly { row: number; column: string; problem: string }[]): string[] {
  const details = issues.slice(0, ISSUES_SHOWN).map(rolesIssueText);
  if (issues.length > ISSUES_SHOWN) details.push(`et ${issues.length - ISSUES_SHOWN} autres`);
  return details;
}
