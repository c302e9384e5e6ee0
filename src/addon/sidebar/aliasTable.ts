import { ALIAS_HEADERS } from "../../core/aliases/table";
import { ALIAS_SHEET } from "../sheets/aliasSheet";
import { ALIAS_KEY } from "../sheets/marks";
import { insertTable, sheetNamed } from "../sheets/tableSheet";
import type { AliasTableResult } from "../../contract/sidebar";
import { failure } from "./errors";
import { aliasSheetInput, parseInput } from "./inputs";
import { withDocumentLock } from "./lock";
import { loadSettings, storeSettings } from "./settingsStore";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";

/**
 * « Créer la table des alias »: a new sheet (the one the settings name, else « Alias ») with its
 * two headers, both columns as text (a name like "007" or "=^.^=" stays as typed), marked as
 * Valorise's. A sheet of that name is never written to: the settings are only pointed at it. Saved
 * settings are pointed at the table; unsaved ones get it in the page.
 */
export function createAliasTable(input: unknown): AliasTableResult {
  try {
    const wanted = parseInput(aliasSheetInput, input).sheet.trim() || ALIAS_SHEET;
    return withDocumentLock(() => {
      const spreadsheet = activeSpreadsheet();
      const existing = sheetNamed(spreadsheet, wanted);
      const sheet = existing ?? insertTable(spreadsheet, wanted, [[ALIAS_HEADERS.spelling, ALIAS_HEADERS.retained]], [1, 2], ALIAS_KEY);
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
  } catch (error) {
    return failure(error);
  }
}
