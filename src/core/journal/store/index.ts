// How a journal's actions are stored and read fast: narrow typed columns, interned texts, memos
// of ids and days, a cache of the spreadsheet's zone offsets. The rules (rowRules.ts, spellings,
// totals, CEC, valuation) use only what this file exports.
export {
  type ActionDictionaries, type ActionSelection, type ActionTable, type Actions, type LabelColumn,
  ActionTableWriter, Dictionary, LABEL_COLUMNS, actionAt, actionList, labelDictionaries, labelLists, selectDays, selectWhere,
  selection, tableOf, tableOfActions, withDictionaries,
} from "./actionTable";
export { type Column, WIDTHS, widthOf } from "./column";
export { DayMemo } from "./dayMemo";
export { IdMemo, PairIdMemo, UNKNOWN } from "./textMemo";
export { type CachedWallClock, ZoneOffsets, cachedWallClock, zoneOffsetOf } from "./zoneOffsets";
