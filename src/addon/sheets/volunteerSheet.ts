import type { Journal, WallClock } from "../../core/journal/types";
import type { VehicleOf } from "../../core/valuation/mileage";
import { matchVolunteers, vehicleLookup } from "../../core/volunteers/match";
import { type VolunteerTable, readVolunteerTable } from "../../core/volunteers/table";
import { spreadsheetWallClock } from "./wallClock";
import { activeSpreadsheet } from "./activeSpreadsheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The volunteers table's sheet (Bénévole, Adresse, Véhicule, CV, Électrique, Agent public). Not
 * « Bénévoles »: the report writes a sheet of that name (src/core/report/sheets.ts).
 */
export const VOLUNTEER_SHEET = "Fiches bénévoles";

export interface VolunteerSheet {
  sheet: string;
  table: VolunteerTable;
}

/** The sheet « Fiches bénévoles » read as the volunteers table, if there is one; read only. */
export function readVolunteerSheet(spreadsheet: Spreadsheet, wallClock?: WallClock): VolunteerSheet | undefined {
  const sheet = spreadsheet.getSheetByName(VOLUNTEER_SHEET);
  if (!sheet) return undefined;
  const clock = wallClock ?? spreadsheetWallClock(spreadsheet.getSpreadsheetTimeZone());
  return { sheet: VOLUNTEER_SHEET, table: readVolunteerTable(sheet.getDataRange().getValues(), { wallClock: clock }) };
}

/** Each volunteer's own vehicle, from the document's volunteers sheet (for a money function: the report's figures). */
export function documentVehicles(journal: Journal, wallClock: WallClock): VehicleOf | undefined {
  const table = readVolunteerSheet(activeSpreadsheet(), wallClock)?.table;
  return table && vehicleLookup(matchVolunteers(table, journal.actions.dictionaries.people, journal.keys.volunteer));
}
