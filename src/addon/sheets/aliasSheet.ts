import { type AliasTable, readAliasTable } from "../../core/aliases/table";
import { SourceError } from "./grid";

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
  const sheet = spreadsheet.getSheetByName(name || ALIAS_SHEET);
  if (!sheet) {
    if (name) throw new SourceError(`Feuille « ${name} » introuvable (table des alias).`);
    return undefined;
  }
  return { sheet: sheet.getName(), table: readAliasTable(sheet.getDataRange().getValues()) };
}
