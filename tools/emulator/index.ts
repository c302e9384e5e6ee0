// createServices: the Apps Script globals for one execution against an emulated document,
// plus a handle for tests (the model, the call counter, the UI log, the logs).

import type { GridArea } from "./a1";
import { CallCounter } from "./callCounter";
import { ChartType } from "./enums";
import { asApi, type Execution } from "./execution";
import { FakeHtmlService } from "./html";
import { FakeLockService, releaseLocksOf } from "./lock";
import type { SheetModel, SpreadsheetModel } from "./model";
import { AccessPolicy, type AuthModeName } from "./policy";
import { FakePropertiesService } from "./properties";
import { FakeRange } from "./range";
import { createConsole, FakeLogger, FakeScriptApp, FakeSession } from "./script";
import type { SheetSeed } from "./seed";
import { FakeSheet } from "./sheet";
import { FakeSpreadsheet } from "./spreadsheet";
import { FakeSpreadsheetApp } from "./spreadsheetApp";
import { tracked, untracked } from "./tracked";
import { FakeUi } from "./ui";
import { createUiLog, type UiLog } from "./uiLog";
import { FakeUtilities } from "./utilities";
import { addSeededSheet, createWorld, type World, type WorldOptions } from "./world";

export interface ExecutionOptions {
  /** Default FULL. In NONE only getUi, the menu builders and Logger.log may be called. */
  authMode?: AuthModeName;
  /** Run as a custom function: read-only spreadsheet and properties, no UI. */
  customFunction?: boolean;
  /** Session.getScriptTimeZone(); defaults to the spreadsheet's zone. */
  scriptTimeZone?: string;
  /** Directory holding "<name>.html" for HtmlService; default "dist". */
  htmlDir?: string;
  userEmail?: string;
  userLocale?: string;
}

export interface ServicesOptions extends ExecutionOptions, WorldOptions {
  /** Share the document (sheets, properties, locks) with another execution. */
  world?: World;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: { ChartType: typeof ChartType };
  console: Pick<Console, "log" | "info" | "warn" | "error" | "debug">;
}

export interface EmulatorHandle {
  readonly world: World;
  readonly spreadsheet: SpreadsheetModel;
  readonly calls: CallCounter;
  readonly ui: UiLog;
  /** Lines written with Logger.log and console.*. */
  readonly logs: string[];
  readonly executionId: number;
  /** The sheet model by name; throws when missing. */
  sheet(name: string): SheetModel;
  addSheet(seed: SheetSeed, index?: number): SheetModel;
  /** getValues / getDisplayValues of "Sheet!A1:B2" without counting a call. */
  values(a1: string): unknown[][];
  displayValues(a1: string): string[][];
  /** Make the script's globals (e.g. loadBundle's context) visible to template scriptlets. */
  useTemplateScope(scope: object): void;
  /** Ends this execution: releases the locks it holds. */
  endExecution(): void;
  /** Another execution on the same document (e.g. a second click, a custom function). */
  newExecution(options?: ExecutionOptions): Services;
}

export interface Services {
  globals: AppsScriptGlobals;
  handle: EmulatorHandle;
}

export function createServices(options: ServicesOptions = {}): Services {
  const world = options.world ?? createWorld(options);
  const spreadsheetModel = world.spreadsheet;
  const counter = new CallCounter();
  const policy = new AccessPolicy({ authMode: options.authMode ?? "FULL", customFunction: options.customFunction ?? false });
  const logs: string[] = [];
  const sheets = new Map<SheetModel, GoogleAppsScript.Spreadsheet.Sheet>();
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;

  const execution: Execution = {
    id: world.nextExecutionId++,
    world,
    ui: createUiLog(),
    htmlDir: options.htmlDir ?? "dist",
    scriptTimeZone: options.scriptTimeZone ?? spreadsheetModel.timeZone,
    templateScope: {},
    counter,
    policy,
    track: (fake, typeName) => tracked(fake, typeName, execution),
    spreadsheet() {
      spreadsheet ??= asApi<GoogleAppsScript.Spreadsheet.Spreadsheet>(execution.track(new FakeSpreadsheet(execution), "Spreadsheet"));
      return spreadsheet;
    },
    sheet(model) {
      let sheet = sheets.get(model);
      if (!sheet) {
        sheet = asApi<GoogleAppsScript.Spreadsheet.Sheet>(execution.track(new FakeSheet(execution, model), "Sheet"));
        sheets.set(model, sheet);
      }
      return sheet;
    },
    range: (model: SheetModel, area: GridArea, a1?: string) => asApi(execution.track(new FakeRange(execution, model, area, a1), "Range")),
  };

  const ui = asApi<GoogleAppsScript.Base.Ui>(execution.track(new FakeUi(execution), "Ui"));
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: asApi(execution.track(new FakeSpreadsheetApp(execution, ui), "SpreadsheetApp")),
    PropertiesService: asApi(execution.track(new FakePropertiesService(execution), "PropertiesService")),
    LockService: asApi(execution.track(new FakeLockService(execution), "LockService")),
    HtmlService: asApi(execution.track(new FakeHtmlService(execution), "HtmlService")),
    Session: asApi(
      execution.track(
        new FakeSession(
          { scriptTimeZone: execution.scriptTimeZone, userEmail: options.userEmail ?? "benevole@example.org", userLocale: options.userLocale ?? "fr" },
          options.customFunction ?? false,
        ),
        "Session",
      ),
    ),
    Utilities: asApi(execution.track(new FakeUtilities(execution), "Utilities")),
    ScriptApp: asApi(execution.track(new FakeScriptApp(), "ScriptApp")),
    Logger: asApi(execution.track(new FakeLogger(logs), "Logger")),
    Charts: { ChartType },
    console: createConsole(logs),
  };
  execution.templateScope = globals;

  const rangeOf = (a1: string) => untracked(untracked(execution.spreadsheet()).getRange(a1));
  const handle: EmulatorHandle = {
    world,
    spreadsheet: spreadsheetModel,
    calls: counter,
    ui: execution.ui,
    logs,
    executionId: execution.id,
    sheet(name) {
      const sheet = spreadsheetModel.sheetByName(name);
      if (!sheet) throw new Error(`No sheet named ${name}`);
      return sheet;
    },
    addSheet: (seed, index) => addSeededSheet(spreadsheetModel, seed, index),
    values: (a1) => rangeOf(a1).getValues(),
    displayValues: (a1) => rangeOf(a1).getDisplayValues(),
    useTemplateScope(scope) {
      execution.templateScope = scope;
    },
    endExecution: () => releaseLocksOf(world.locks, execution.id),
    newExecution: (next = {}) => createServices({ htmlDir: execution.htmlDir, ...next, world }),
  };
  return { globals, handle };
}

export { createWorld, type World, type WorldOptions } from "./world";
export { sheetFromRows, loadRows, type SeedCell, type SheetSeed } from "./seed";
export { CallCounter } from "./callCounter";
export type { AuthModeName } from "./policy";
export type { UiLog, MenuRecord, MenuEntry, ShownHtml, AlertRecord, ToastRecord } from "./uiLog";
export type { SheetModel, SpreadsheetModel, CellValue } from "./model";
export { columnToLetters, lettersToColumn, parseA1 } from "./a1";
export { formatDate } from "./formatDate";
