import type { Journal } from "../journal/types";
import { FINDING_LABELS, findingCounts, findingLines } from "../report/findings";
import { frenchDate } from "../values/calendar";
import { frenchHours, roundHours } from "../values/hours";
import type { Tally } from "./breakdown";
import type { ActionSelection } from "../journal/store";
import { actionsOfYear, totalsOf } from "./volunteers";

export type TableCell = string | number | boolean;
export type Table = TableCell[][];

export const TOTALS_HEADERS = [
  "Bénévole", "Heures", "Actions", "Distance (km)", "Première action", "Dernière action", "Catégories", "Associations",
];

/** "Gouvernance : 12,5 h ; Autre : 2 h" */
export function describeTallies(tallies: readonly Tally[]): string {
  return tallies
    .filter((t) => t.label)
    .map((t) => `${t.label} : ${frenchHours(t.durationMs)} h`)
    .join(" ; ");
}

/** Pads rows to the widest one: a custom function must return a rectangle. */
export function rectangle(rows: Table): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<TableCell>(width - r.length).fill("")]));
}

/** What BENEVOLAT_TOTAUX spills: headers, one row per volunteer of the actions, and a last line on the journal's rows left out. */
export function totalsTable(journal: Journal, actions: ActionSelection = actionsOfYear(journal)): Table {
  const rows: Table = [TOTALS_HEADERS];
  for (const t of totalsOf(actions)) {
    rows.push([
      t.volunteer,
      roundHours(t.durationMs),
      t.actions,
      Math.round(t.distanceM) / 1000,
      frenchDate(t.firstDay),
      frenchDate(t.lastDay),
      describeTallies(t.byCategory),
      t.byAssociation.map((a) => a.label).filter(Boolean).join(" ; "),
    ]);
  }
  const { leftOut, toCheck, duplicates } = findingCounts(journal);
  const parts: string[] = [];
  if (leftOut > 0) parts.push(`${leftOut} ligne${leftOut > 1 ? "s" : ""} du journal écartée${leftOut > 1 ? "s" : ""} des totaux`);
  if (toCheck > 0) parts.push(`${toCheck} ligne${toCheck > 1 ? "s" : ""} comptée${toCheck > 1 ? "s" : ""} à vérifier`);
  if (duplicates > 0) parts.push(`${duplicates} doublon${duplicates > 1 ? "s" : ""} possible${duplicates > 1 ? "s" : ""}`);
  if (parts.length) rows.push([`${parts.join(", ")} : voir =BENEVOLAT_ANOMALIES(journal)`]);
  return rectangle(rows);
}

export const ANOMALY_HEADERS = ["Ligne", "Colonne", "Problème", "Type"];

/** What BENEVOLAT_ANOMALIES spills: every finding, errors first, with the column, the reason and its type. */
export function anomaliesTable(journal: Journal): Table {
  return [ANOMALY_HEADERS, ...findingLines(journal).map((f) => [f.row || "", f.column, f.problem, FINDING_LABELS[f.type]])];
}
