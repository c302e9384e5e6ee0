// How a journal's actions are stored and read fast: narrow typed columns, interned texts, memos
// of ids and days, a cache of the spreadsheet's zone offsets; actions of several days spread over
// their days. The rules (rowRules.ts, spellings, totals, CEC, valuation) use only what this file exports.
export {
  type ActionDictionaries, type ActionInput, type ActionSelection, type ActionTable, type Actions, type LabelColumn,
  ActionTableWriter, Dictionary, LABEL_COLUMNS, actionAt, actionCount, actionList, labelDictionaries, labelLists, selectDays, selectWhere,
  selection, tableOf, tableOfActions, withDictionaries,
} from "./actionTable";
export { type Column, WIDTHS, columnSpan, widthOf } from "./column";
export { spreadOverDays } from "./spread";
export { DayMemo } from "./dayMemo";
export { IdMemo, PairIdMemo, UNKNOWN } from "./textMemo";
export { type CachedWallClock, ZoneOffsets, cachedWallClock, zoneOffsetOf } from "./zoneOffsets";
