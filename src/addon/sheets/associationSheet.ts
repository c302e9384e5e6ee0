import { type AssociationTable, readAssociationTable } from "../../core/associations/table";
import type { WallClock } from "../../core/journal/types";
import { tableSheet } from "./grid";
import { spreadsheetWallClock } from "./wallClock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet « Créer la table des associations » creates, and the one read when the settings name none. */
export const ASSOCIATION_SHEET = "Associations";

export interface AssociationSheet {
  sheet: string;
  table: AssociationTable;
}

/**
 * The associations table the settings name (source.associationSheet), else a sheet named
 * « Associations » if there is one; read only. Date cells are read on the spreadsheet's wall clock.
 */
export function readAssociationSheet(spreadsheet: Spreadsheet, name?: string, wallClock?: WallClock): AssociationSheet | undefined {
  const sheet = tableSheet(spreadsheet, name, "table des associations", ASSOCIATION_SHEET);
  if (!sheet) return undefined;
  const clock = wallClock ?? spreadsheetWallClock(spreadsheet.getSpreadsheetTimeZone());
  return { sheet: sheet.getName(), table: readAssociationTable(sheet.getDataRange().getValues(), { wallClock: clock }) };
}
