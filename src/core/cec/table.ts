import { type Table, rectangle } from "../totals/table";
import { frenchDate } from "../values/calendar";
import type { CecEngine } from "./engine";
import { hoursValue } from "./format";

export const CEC_HEADERS = [
  "Bénévole", "Heures qualifiantes", "Heures (association principale)", "Statut",
  "Droits de l'année (€)", "Droits cumulés (€)", "À déclarer avant", "À valider avant",
];

/** One row per named volunteer with hours in `year`, then the notes (one per line). */
export function cecTable(engine: CecEngine, year: number, notes: readonly string[]): Table {
  const rows: Table = [CEC_HEADERS];
  for (const a of engine.assessYear(year)) {
    const deadlines = a.status === "ineligible" ? ["", ""] : [frenchDate(a.declareBy), frenchDate(a.validateBy)];
    rows.push([
      a.volunteer,
      hoursValue(a.countedMs),
      hoursValue(a.mainMs),
      a.text,
      a.rightsEur,
      engine.rights(a.volunteerKey, year).cumulativeEur,
      ...deadlines,
    ]);
  }
  for (const note of notes) rows.push([note]);
  return rectangle(rows);
}
