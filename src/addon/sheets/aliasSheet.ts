import { type AliasTable, readAliasTable } from "../../core/aliases/table";
import { tableSheet } from "./grid";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet « Créer la table des alias » creates, and the one read when the settings name none. */
export const ALIAS_SHEET = "Alias";

export interface AliasSheet {
  sheet: string;
  table: AliasTable;
}

/**
 * The alias table the settings name (source.aliasSheet), else a sheet named « Alias » if there is
 * one; read only. One getSheetByName when there is none; the sidebar and the custom functions both
 * read it here, so they count the same names together.
 */
export function readAliasSheet(spreadsheet: Spreadsheet, name: string | undefined): AliasSheet | undefined {
  const sheet = tableSheet(spreadsheet, name, "table des alias", ALIAS_SHEET);
  return sheet && { sheet: sheet.getName(), table: readAliasTable(sheet.getDataRange().getValues()) };
}
