import { ALIAS_HEADERS } from "../../core/aliases/table";
import { ALIAS_SHEET } from "../sheets/aliasSheet";
import { markAliasSheet } from "../sheets/marks";
import type { AliasTableResult } from "./api";
import { userMessage } from "./errors";
import { aliasSheetInput, parseInput } from "./inputs";
import { BUSY_MESSAGE, withDocumentLock } from "./lock";
import { loadSettings, storeSettings } from "./settingsStore";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The two headers in bold, frozen; both columns as text so that a name like "007" or "=^.^=" stays as typed. */
function writeAliasHeaders(sheet: Sheet): void {
  sheet.getRange(1, 1, sheet.getMaxRows(), 2).setNumberFormat("@");
  sheet.getRange(1, 1, 1, 2).setValues([[ALIAS_HEADERS.spelling, ALIAS_HEADERS.retained]]).setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 2, 220);
  markAliasSheet(sheet);
}

/**
 * « Créer la table des alias »: a new sheet (the one the settings name, else « Alias ») with its
 * two headers, marked as Valorise's. A sheet of that name is never written to: the settings are
 * only pointed at it. Saved settings are pointed at the table; unsaved ones get it in the page.
 */
export function createAliasTable(input: unknown): AliasTableResult {
  try {
    const wanted = parseInput(aliasSheetInput, input).sheet.trim() || ALIAS_SHEET;
    const locked = withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      // Sheets keeps names unique whatever their letter case; whether getSheetByName ignores case is not documented.
      const existing = spreadsheet.getSheets().find((s) => s.getName().toLowerCase() === wanted.toLowerCase());
      const sheet = existing ?? spreadsheet.insertSheet(wanted, spreadsheet.getNumSheets());
      if (!existing) writeAliasHeaders(sheet);
      const name = sheet.getName();
      const stored = loadSettings();
      if (stored.saved && stored.settings.source.aliasSheet !== name) {
        stored.settings.source.aliasSheet = name;
        storeSettings(stored.settings);
      }
      return { ok: true as const, sheet: name, created: !existing, message: existing
        ? `La feuille « ${name} » existe déjà : elle n'a pas été modifiée et sert de table des alias.`
        : `Feuille « ${name} » créée : une ligne par nom à regrouper, tel qu'écrit dans le journal, puis le nom à retenir.` };
    });
    return locked.busy ? { ok: false, busy: true, message: BUSY_MESSAGE } : locked.value;
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
