// State shared by every execution against one document: the spreadsheet, the property
// stores and the locks. Two executions built on one world can race for a lock.

import { SpreadsheetModel } from "./model";
import type { Locale } from "./numberFormat";
import { loadRows, type SheetSeed } from "./seed";

export type StoreName = "document" | "script" | "user";

export interface LockState {
  /** Id of the execution holding the lock, or null. */
  holder: number | null;
}

export interface World {
  readonly spreadsheet: SpreadsheetModel;
  readonly properties: Record<StoreName, Map<string, string>>;
  readonly locks: Record<StoreName, LockState>;
  nextExecutionId: number;
}

export interface WorldOptions {
  /** Spreadsheet time zone (File > Settings); default Europe/Paris. */
  timeZone?: string;
  /** Spreadsheet locale, used to parse typed strings and render display values; default fr_FR. */
  locale?: Locale;
  name?: string;
  id?: string;
  /** Sheets to create, in order; default one empty sheet ("Feuille 1" / "Sheet1"). */
  sheets?: SheetSeed[];
  properties?: Partial<Record<StoreName, Record<string, string>>>;
}

export function createWorld(options: WorldOptions = {}): World {
  const locale = options.locale ?? "fr_FR";
  const timeZone = options.timeZone ?? "Europe/Paris";
  const spreadsheet = new SpreadsheetModel(options.name ?? "Valorise test", options.id ?? "emulated-spreadsheet-id", timeZone, locale);
  const seeds = options.sheets?.length ? options.sheets : [{ name: defaultSheetName(locale, 1), rows: [] }];
  for (const seed of seeds) addSeededSheet(spreadsheet, seed);
  const store = (name: StoreName) => new Map(Object.entries(options.properties?.[name] ?? {}));
  return {
    spreadsheet,
    properties: { document: store("document"), script: store("script"), user: store("user") },
    locks: { document: { holder: null }, script: { holder: null }, user: { holder: null } },
    nextExecutionId: 1,
  };
}

export function addSeededSheet(spreadsheet: SpreadsheetModel, seed: SheetSeed, index?: number) {
  const width = seed.rows.reduce((max, r) => Math.max(max, r.length), 0);
  const sheet = spreadsheet.addSheet(seed.name, index, seed.maxRows ?? Math.max(1000, seed.rows.length), seed.maxColumns ?? Math.max(26, width));
  loadRows(sheet, seed.rows, spreadsheet);
  return sheet;
}

export function defaultSheetName(locale: Locale, n: number): string {
  return locale === "fr_FR" ? `Feuille ${n}` : `Sheet${n}`;
}
