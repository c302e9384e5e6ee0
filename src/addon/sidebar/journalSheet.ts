import type { ColumnCheck } from "../../core/journal/template";
import type { JournalSheetResult } from "../../contract/sidebar";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";
import { JOURNAL_KEY } from "../sheets/marks";
import { freeName } from "../sheets/reportWriter";
import { insertTable, writeText } from "../sheets/tableSheet";
import { failure } from "./errors";
import { journalSheetInput, parseInput } from "./inputs";
import { withDocumentLock } from "./lock";

/**
 * « Créer une feuille Journal » and « Importer un export Bénévalibre » (src/contract/sidebar.ts): a new
 * last sheet, its cells written as text exactly as sent (an import reads as its file does). The rest
 * of an import goes below the last row of the sheet the same import created, found by its mark
 * (a copy of it has another id); no other sheet is ever written to.
 */
export function createJournalSheet(input: unknown): JournalSheetResult {
  try {
    const { name, rows, sheetId, headerNotes, checks } = parseInput(journalSheetInput, input);
    return withDocumentLock((): JournalSheetResult => {
      const spreadsheet = activeSpreadsheet();
      const sheets = spreadsheet.getSheets();
      const id = String(sheetId);
      const sheet = sheetId === undefined
        // an import's columns as text all the way down; the template's typed, for its checks to apply
        ? insertTable(spreadsheet, freeName(name, new Set(sheets.map((s) => s.getName().toLowerCase()))), rows, checks ? [] : rows[0]!.map((_, i) => i + 1), JOURNAL_KEY)
        : sheets.find((s) => String(s.getSheetId()) === id && s.getDeveloperMetadata().some((m) => m.getKey() === JOURNAL_KEY && m.getValue() === id));
      if (!sheet) return { ok: false, message: "La feuille de l'import a été supprimée pendant l'import : recommencez-le." };
      if (sheetId !== undefined) writeText(sheet, sheet.getLastRow() + 1, rows);
      if (headerNotes) sheet.getRange(1, 1, 1, headerNotes.length).setNotes([headerNotes]);
      checks?.forEach((check, i) => check && sheet.getRange(2, i + 1, sheet.getMaxRows() - 1).setDataValidation(rule(check)));
      return { ok: true, sheet: sheet.getName(), sheetId: sheet.getSheetId(), rows: sheet.getLastRow() };
    });
  } catch (error) {
    return failure(error);
  }
}

/** A date, a number from 0, or a value of the list (a warning only: an association may have its own). */
function rule(check: ColumnCheck): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (check.kind === "date") builder.requireDate();
  else if (check.kind === "list") builder.requireValueInList(check.values.map(String));
  else builder.requireNumberGreaterThanOrEqualTo(0);
  return builder.setAllowInvalid(check.kind === "list").setHelpText(String(check.help)).build();
}
