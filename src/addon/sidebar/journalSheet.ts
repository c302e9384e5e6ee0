import type { ColumnCheck } from "../../core/journal/template";
import type { JournalSheetResult } from "../../contract/sidebar";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";
import { JOURNAL_KEY, UNDER_WAY } from "../sheets/marks";
import { freeName } from "../sheets/reportWriter";
import { insertTable, writeText } from "../sheets/tableSheet";
import { InputError, failure } from "./errors";
import { INVALID_REQUEST, journalSheetInput, parseInput } from "./inputs";
import { withDocumentLock } from "./lock";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * « Créer une feuille Journal » and « Importer un export Bénévalibre » (src/contract/sidebar.ts): a new
 * last sheet, its cells written as text exactly as sent (an import reads as its file does), the
 * template's notes and checks on it. While an import's parts are coming, the sheet is marked as
 * under way: no journal yet (marks.ts), and the only sheet the next part may be added to, below its
 * last row. No other sheet is ever written to.
 */
export function createJournalSheet(input: unknown): JournalSheetResult {
  try {
    const { name, rows, sheetId, more, headerNotes, checks } = parseInput(journalSheetInput, input);
    const suffix = more ? UNDER_WAY : "";
    // built first: a check the server refuses leaves no sheet behind
    const rules = checks?.map((check) => check && rule(check));
    return withDocumentLock((): JournalSheetResult => {
      const spreadsheet = activeSpreadsheet();
      const sheets = spreadsheet.getSheets();
      let sheet: Sheet;
      if (sheetId === undefined) {
        // an import's columns as text all the way down; the template's typed, for its checks to apply
        sheet = insertTable(spreadsheet, freeName(name, new Set(sheets.map((s) => s.getName().toLowerCase()))), rows,
          checks ? [] : Array.from({ length: Math.max(...rows.map((r) => r.length)) }, (_, i) => i + 1), JOURNAL_KEY, suffix);
        if (headerNotes) sheet.getRange(1, 1, 1, headerNotes.length).setNotes([headerNotes]);
        rules?.forEach((r, i) => r && sheet.getRange(2, i + 1, sheet.getMaxRows() - 1).setDataValidation(r));
      } else {
        const found = sheets.find((s) => s.getSheetId() === sheetId);
        const mark = found?.getDeveloperMetadata().find((m) => m.getKey() === JOURNAL_KEY && m.getValue() === sheetId + UNDER_WAY);
        if (!mark) return { ok: false, message: "La feuille de cet import a été supprimée ou n'attend plus de lignes : recommencez l'import." };
        sheet = found!;
        writeText(sheet, sheet.getLastRow() + 1, rows);
        mark.setValue(sheetId + suffix);
      }
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
  else if (check.kind === "number") builder.requireNumberGreaterThanOrEqualTo(0);
  else throw new InputError(INVALID_REQUEST);
  return builder.setAllowInvalid(check.kind === "list").setHelpText(String(check.help)).build();
}
