// SpreadsheetApp: the entry point to the active (bound) spreadsheet and its UI.

import { DeveloperMetadataVisibility } from "./enums";
import type { Execution } from "./execution";
import { untracked } from "./tracked";
import { FakeDataValidationBuilder } from "./dataValidation";

type SpreadsheetAppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  "getActiveSpreadsheet" | "getActive" | "getActiveSheet" | "setActiveSheet" | "getUi" | "flush" | "newDataValidation"
>;

export class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;

  constructor(
    private readonly execution: Execution,
    private readonly ui: GoogleAppsScript.Base.Ui,
  ) {}

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.execution.spreadsheet();
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.execution.spreadsheet();
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return untracked(this.execution.spreadsheet()).getActiveSheet();
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, restoreSelection?: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    return untracked(this.execution.spreadsheet()).setActiveSheet(sheet, restoreSelection ?? false);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui;
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }

  /** Writes are applied immediately; nothing to flush. */
  flush(): void {}
}
