import { readJournal } from "../../../src/core/journal/read";
import type { Grid, Journal } from "../../../src/core/journal/types";
import { type RolesTable, readRolesTable } from "../../../src/core/roles/table";

/** Dates in the grids are UTC instants: the wall clock is UTC. */
export const utc = (d: Date) => d.getTime();

export const JOURNAL_HEADERS = ["Bénévole", "Association", "Date", "Date de fin", "Durée", "Rôle"];

/** One journal row as Sheets/CSV give it: name, association, date, end date, duration ("120:30:00"), role. */
export type Row = readonly [string, string, string, string, string, string];

export function journalOf(rows: readonly Row[]): Journal {
  const journal = readJournal([JOURNAL_HEADERS, ...rows], { wallClock: utc });
  if (journal.anomalies.length) throw new Error(JSON.stringify(journal.anomalies));
  return journal;
}

export function rolesOf(grid: Grid): RolesTable {
  return readRolesTable(grid, { wallClock: utc });
}

/** `duration` hours in one action spread over March of `year` (the journal caps 24 h a day). */
export function hoursRow(name: string, association: string, year: number, duration: string, role = "", month = "03"): Row {
  return [name, association, `${year}-${month}-01`, `${year}-${month}-28`, duration, role];
}
