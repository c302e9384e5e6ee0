/** The spreadsheet the add-on runs in (the one open in Sheets, or the custom function's). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}
