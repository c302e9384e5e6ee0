// One run of the script (a menu click, a custom function recalculation, onOpen): its
// access policy, its call counter, its UI log, and factories for the tracked fakes.

import type { GridArea } from "./a1";
import type { SheetModel } from "./model";
import type { Tracking } from "./tracked";
import type { UiLog } from "./uiLog";
import type { World } from "./world";

export interface Execution extends Tracking {
  readonly id: number;
  readonly world: World;
  readonly ui: UiLog;
  readonly htmlDir: string;
  readonly scriptTimeZone: string;
  /** Names visible to HTML template scriptlets (the script's global scope). */
  templateScope: object;
  track<T extends object>(fake: T, typeName: string): T;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(model: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  range(model: SheetModel, area: GridArea, a1?: string): GoogleAppsScript.Spreadsheet.Range;
}

/** Treats a fake as the Apps Script type it stands for (it implements a subset of it). */
export function asApi<T>(fake: unknown): T {
  return fake as unknown as T;
}
