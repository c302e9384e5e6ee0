import type { Journal } from "../journal/types";
import { frenchDate } from "../values/calendar";
import { frenchHours, roundHours } from "../values/hours";
import type { Tally } from "./breakdown";
import { volunteerTotals } from "./volunteers";

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

/** What BENEVOLAT_TOTAUX spills: headers, one row per volunteer, and a last line on rows left out. */
export function totalsTable(journal: Journal, year?: number): Table {
  const rows: Table = [TOTALS_HEADERS];
  for (const t of volunteerTotals(journal, year)) {
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
  const leftOut = journal.anomalies.length;
  if (leftOut > 0) {
    rows.push([
      `${leftOut} ligne${leftOut > 1 ? "s" : ""} du journal écartée${leftOut > 1 ? "s" : ""} des totaux : voir =BENEVOLAT_ANOMALIES(journal)`,
    ]);
  }
  return rectangle(rows);
}

export const ANOMALY_HEADERS = ["Ligne", "Colonne", "Problème"];

/** What BENEVOLAT_ANOMALIES spills: every row left out, with the column and the reason. */
export function anomaliesTable(journal: Journal): Table {
  return [ANOMALY_HEADERS, ...journal.anomalies.map((a) => [a.row, a.column, a.problem])];
}
