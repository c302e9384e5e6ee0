// What an execution may call: the authorization mode of the run (onOpen in AuthMode.NONE
// may only build menus) and the read-only sandbox of custom functions.

export type AuthModeName = "NONE" | "LIMITED" | "FULL";

export interface AccessPolicyOptions {
  authMode: AuthModeName;
  customFunction: boolean;
}

const ALLOWED_WITHOUT_AUTH = new Set(["SpreadsheetApp.getUi", "Ui.createAddonMenu", "Ui.createMenu", "Logger.log"]);
const ALWAYS_ALLOWED_TYPES = new Set(["Menu"]);

const SPREADSHEET_SCOPES = "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)";
const SCOPES: Record<string, string> = {
  SpreadsheetApp: SPREADSHEET_SCOPES,
  Spreadsheet: SPREADSHEET_SCOPES,
  Sheet: SPREADSHEET_SCOPES,
  Range: SPREADSHEET_SCOPES,
  Ui: "https://www.googleapis.com/auth/script.container.ui",
  HtmlService: "https://www.googleapis.com/auth/script.container.ui",
};

/** Types whose mutating methods a custom function may not call. */
const READ_ONLY_IN_CUSTOM_FUNCTIONS = new Set([
  "Spreadsheet",
  "Sheet",
  "Range",
  "DeveloperMetadata",
  "EmbeddedChart",
  "Properties",
]);
const WRITE_METHOD = /^(set|insert|delete|clear|add|remove|append|auto|hide|show|update|activate|copy|move|sort|merge|break)/;

export class AccessPolicy {
  constructor(readonly options: AccessPolicyOptions) {}

  /** Throws the error Apps Script raises when the call is not allowed in this execution. */
  check(typeName: string, method: string): void {
    const key = `${typeName}.${method}`;
    if (this.options.authMode === "NONE" && !ALLOWED_WITHOUT_AUTH.has(key) && !ALWAYS_ALLOWED_TYPES.has(typeName)) {
      const scopes = SCOPES[typeName];
      throw new Error(`You do not have permission to call ${key}.${scopes ? ` Required permissions: ${scopes}` : ""}`);
    }
    if (!this.options.customFunction) return;
    if (key === "SpreadsheetApp.getUi") throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    if (typeName === "Ui") throw new Error(`Cannot call Ui.${method}() from this context.`);
    if (READ_ONLY_IN_CUSTOM_FUNCTIONS.has(typeName) && WRITE_METHOD.test(method)) {
      throw new Error(`You do not have permission to call ${method}`);
    }
  }
}
