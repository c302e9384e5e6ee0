import { type ColumnOverrides, withColumns } from "../../core/journal/columns";
import { readJournal } from "../../core/journal/read";
import type { Journal, WallClock } from "../../core/journal/types";
import { cachedWallClock } from "../../core/journal/store";
import { type RolesTable, readRolesTable } from "../../core/roles/table";
import type { RateTable } from "../../core/settings/valuation";
import { rateTableFromGrid } from "../../core/valuation/rateTable";
import { type AliasSheet, readAliasSheet } from "../sheets/aliasSheet";
import { type AssociationSheet, readAssociationSheet } from "../sheets/associationSheet";
import { type VolunteerSheet, readVolunteerSheet } from "../sheets/volunteerSheet";
import { type SheetGrid, SourceError, readSheetGrid, tableSheet } from "../sheets/grid";
import { type DetectedColumns, detectColumns, findJournalSheet } from "../sheets/journalSource";
import { spreadsheetWallClock } from "../sheets/wallClock";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SourceInput {
  sheet?: string;
  range?: string;
  rolesSheet?: string;
  rateSheet?: string;
  /** Alias table; empty: a sheet named « Alias » if there is one. */
  aliasSheet?: string;
  /** Associations table; empty: a sheet named « Associations » if there is one. */
  associationSheet?: string;
  /** Columns chosen by hand (field → header); the others are found by their headers. */
  columns?: ColumnOverrides;
}

/** The journal sheet's cells and what its header row holds (not yet checked). */
export interface JournalData {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  sheetName: string;
  data: SheetGrid;
  detected: DetectedColumns;
  wallClock: WallClock;
}

export interface LoadedSource extends JournalData {
  journal: Journal;
  roles?: RolesTable;
  rateTable?: RateTable;
  associations?: AssociationSheet;
  volunteers?: VolunteerSheet;
}

/** Reads the journal sheet's cells (one getValues up to 1.5 million cells); never writes. */
export function readJournalData(input: SourceInput): JournalData {
  const spreadsheet = activeSpreadsheet();
  const sheet = findJournalSheet(spreadsheet, input.sheet || undefined);
  if (!sheet) {
    throw new SourceError(
      input.sheet
        ? `Feuille « ${input.sheet} » introuvable : choisissez la feuille du journal.`
        : "Aucune feuille ne ressemble à un journal (colonnes Bénévole, Date et Durée en première ligne) : choisissez la feuille du journal.",
    );
  }
  const wallClock = cachedWallClock(spreadsheetWallClock(spreadsheet.getSpreadsheetTimeZone()));
  const data = readSheetGrid(sheet, input.range || undefined);
  return { spreadsheet, sheet, sheetName: sheet.getName(), data, detected: detectColumns(data.grid[0] ?? [], data.firstColumn, input.columns), wallClock };
}

export function parseJournal(d: JournalData, aliases?: AliasSheet): Journal {
  if (d.detected.missing.length) {
    throw new SourceError(`La feuille « ${d.sheetName} » n'a pas les colonnes d'un journal : il manque ${d.detected.missing.join(", ")}.`);
  }
  return readJournal(withColumns(d.data.grid, d.detected.map), { wallClock: d.wallClock, firstRow: d.data.firstRow, aliases: aliases?.table });
}

export function readRoles(d: JournalData, name: string): RolesTable {
  const roles = readSheetGrid(tableSheet(d.spreadsheet, name, "table des rôles")!);
  return readRolesTable(roles.grid, { wallClock: d.wallClock, firstRow: roles.firstRow });
}

export function readRates(d: JournalData, name: string): RateTable {
  return rateTableFromGrid(readSheetGrid(tableSheet(d.spreadsheet, name, "table de taux")!).grid);
}

/** Everything a report needs from the document. */
export function loadSource(input: SourceInput): LoadedSource {
  const d = readJournalData(input);
  const loaded: LoadedSource = { ...d, journal: parseJournal(d, readAliasSheet(d.spreadsheet, input.aliasSheet)) };
  if (input.rolesSheet) loaded.roles = readRoles(d, input.rolesSheet);
  if (input.rateSheet) loaded.rateTable = readRates(d, input.rateSheet);
  const associations = readAssociationSheet(d.spreadsheet, input.associationSheet, d.wallClock);
  if (associations) loaded.associations = associations;
  const volunteers = readVolunteerSheet(d.spreadsheet, d.wallClock);
  if (volunteers) loaded.volunteers = volunteers;
  return loaded;
}
