import { readJournal } from "../../core/journal/read";
import type { Journal, WallClock } from "../../core/journal/types";
import { cachedWallClock } from "../../core/journal/wallClock";
import { type RolesTable, readRolesTable } from "../../core/roles/table";
import type { RateTable } from "../../core/settings/valuation";
import { rateTableFromGrid } from "../../core/valuation/rateTable";
import { type SheetGrid, SourceError, readSheetGrid } from "../sheets/grid";
import { type DetectedColumns, detectColumns, findJournalSheet } from "../sheets/journalSource";
import { spreadsheetWallClock } from "../sheets/wallClock";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SourceInput {
  sheet?: string;
  range?: string;
  rolesSheet?: string;
  rateSheet?: string;
}

export interface LoadedSource {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: Sheet;
  sheetName: string;
  data: SheetGrid;
  detected: DetectedColumns;
  journal: Journal;
  wallClock: WallClock;
  roles?: RolesTable;
  rolesSheet?: string;
  rateTable?: RateTable;
  rateSheet?: string;
}

function namedSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, what: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new SourceError(`Feuille « ${name} » introuvable (${what}).`);
  return sheet;
}

/** Reads the journal (and the optional roles and rate sheets) the settings point at; never writes. */
export function loadSource(input: SourceInput): LoadedSource {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
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
  const detected = detectColumns(data.grid[0] ?? [], data.firstColumn);
  const sheetName = sheet.getName();
  if (detected.missing.length) {
    throw new SourceError(`La feuille « ${sheetName} » n'a pas les colonnes d'un journal : il manque ${detected.missing.join(", ")}.`);
  }
  const journal = readJournal(data.grid, { wallClock, firstRow: data.firstRow });
  const loaded: LoadedSource = { spreadsheet, sheet, sheetName, data, detected, journal, wallClock };
  if (input.rolesSheet) {
    const roles = readSheetGrid(namedSheet(spreadsheet, input.rolesSheet, "table des rôles"));
    loaded.roles = readRolesTable(roles.grid, { wallClock, firstRow: roles.firstRow });
    loaded.rolesSheet = input.rolesSheet;
  }
  if (input.rateSheet) {
    loaded.rateTable = rateTableFromGrid(readSheetGrid(namedSheet(spreadsheet, input.rateSheet, "table de taux")).grid);
    loaded.rateSheet = input.rateSheet;
  }
  return loaded;
}
