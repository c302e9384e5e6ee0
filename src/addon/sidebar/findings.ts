import type { Journal } from "../../core/journal/types";
import { describeDuplicate, findingCounts } from "../../core/report/findings";
import type { FindingsSummary } from "../../contract/sidebar";

/** How many possible duplicates the page spells out. */
const DUPLICATES_SHOWN = 10;

export function findingsSummary(journal: Journal): FindingsSummary {
  const { errors, toCheck, pending, duplicates } = findingCounts(journal);
  const details = journal.possibleDuplicates.slice(0, DUPLICATES_SHOWN).map(describeDuplicate);
  if (duplicates > DUPLICATES_SHOWN) details.push(`et ${duplicates - DUPLICATES_SHOWN} autres`);
  return { errors, toCheck, pending, duplicates, details };
}
