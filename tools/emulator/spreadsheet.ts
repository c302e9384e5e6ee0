// Spreadsheet: sheets (insert, delete, activate, look up), A1 lookup across sheets,
// spreadsheet-level metadata, settings and toasts.

import { parseA1 } from "./a1";
import { asApi, type Execution } from "./execution";
import { addMetadata, metadataApis } from "./metadata";
import { untracked } from "./tracked";
import { defaultSheetName } from "./world";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApi = Pick<
  Spreadsheet,
  | "getId"
  | "getName"
  | "rename"
  | "getUrl"
  | "getSpreadsheetTimeZone"
  | "setSpreadsheetTimeZone"
  | "getSpreadsheetLocale"
  | "getSheets"
  | "getNumSheets"
  | "getSheetByName"
  | "insertSheet"
  | "deleteSheet"
  | "getActiveSheet"
  | "setActiveSheet"
  | "getRange"
  | "getRangeByName"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "toast"
>;

type InsertOptions = { template?: Sheet | undefined };

export class FakeSpreadsheet implements SpreadsheetApi {
  constructor(private readonly execution: Execution) {}

  private get model() {
    return this.execution.world.spreadsheet;
  }

  getId(): string {
    return this.model.id;
  }

  getName(): string {
    return this.model.name;
  }

  rename(newName: string): void {
    this.model.name = newName;
  }

  getUrl(): string {
    return this.model.url;
  }

  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    this.model.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.model.locale;
  }

  getSheets(): Sheet[] {
    return this.model.sheets.map((s) => this.execution.sheet(s));
  }

  getNumSheets(): number {
    return this.model.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this.model.sheetByName(name);
    return sheet ? this.execution.sheet(sheet) : null;
  }

  /** insertSheet([name][, index][, options]); the new sheet becomes the active one. */
  insertSheet(first?: string | number | InsertOptions, second?: number | InsertOptions, _options?: InsertOptions): Sheet {
    const name = typeof first === "string" ? first : this.nextDefaultName();
    const index = typeof first === "number" ? first : typeof second === "number" ? second : this.model.sheets.length;
    if (this.model.sheetNamedLike(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (index < 0 || index > this.model.sheets.length) throw new Error("Those rows are out of bounds.");
    const sheet = this.model.addSheet(name, index);
    this.model.activeSheetIndex = index;
    return this.execution.sheet(sheet);
  }

  private nextDefaultName(): string {
    let n = this.model.sheets.length + 1;
    while (this.model.sheetNamedLike(defaultSheetName(this.model.locale, n))) n++;
    return defaultSheetName(this.model.locale, n);
  }

  deleteSheet(sheet: Sheet): void {
    const model = (untracked(sheet) as unknown as { model?: unknown }).model;
    const index = this.model.sheets.findIndex((s) => s === model);
    if (index < 0) throw new Error("Sheet not found");
    if (this.model.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.model.sheets.splice(index, 1);
    if (this.model.activeSheetIndex >= index && this.model.activeSheetIndex > 0) this.model.activeSheetIndex--;
  }

  getActiveSheet(): Sheet {
    return this.execution.sheet(this.model.activeSheet());
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    const model = (untracked(sheet) as unknown as { model?: unknown }).model;
    const index = this.model.sheets.findIndex((s) => s === model);
    if (index < 0) throw new Error("Sheet not found");
    this.model.activeSheetIndex = index;
    return sheet;
  }

  /** "Journal!A:O" or "A1:B2" (on the active sheet). */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const ref = parseA1(a1Notation);
    if (!ref) throw new Error("Range not found");
    const sheet = ref.sheetName === null ? this.model.activeSheet() : this.model.sheetByName(ref.sheetName);
    if (!sheet) throw new Error("Range not found");
    return untracked(this.execution.sheet(sheet)).getRange(a1Notation);
  }

  /** Named ranges are not emulated: none exist. */
  getRangeByName(_name: string): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Spreadsheet {
    addMetadata(this.model, this.model.metadata, key, valueOrVisibility, visibility);
    return asApi<Spreadsheet>(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataApis(this.execution, this.model.metadata);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.execution.ui.toasts.push({ message: msg, title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }
}
