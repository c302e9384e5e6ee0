import { readJournal } from "../../core/journal/read";
import type { Journal, WallClock } from "../../core/journal/types";
import { cachedWallClock } from "../../core/journal/store";
import { MS_PER_DAY, yearOfDay } from "../../core/values/calendar";
import { readAliasSheet } from "../sheets/aliasSheet";
import { spreadsheetWallClock } from "../sheets/wallClock";
import { savedAliasSheet } from "../sidebar/settingsStore";
import { gridArg } from "./args";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";

export interface JournalContext {
  journal: Journal;
  wallClock: WallClock;
  yearOfDate: (d: Date) => number;
}

/**
 * Reads the journal argument of a custom function on the spreadsheet's wall clock, with the alias
 * table the sidebar uses (custom functions may read other sheets and the document properties). Sheets
 * recomputes a custom function only when its arguments change: an edit of the alias table shows in
 * its cells at the next change of the journal (or when the formula is entered again).
 */
export function journalContext(journalArg: unknown): JournalContext {
  const grid = gridArg(journalArg, "journal");
  const spreadsheet = activeSpreadsheet();
  const wallClock = cachedWallClock(spreadsheetWallClock(spreadsheet.getSpreadsheetTimeZone()));
  const aliases = readAliasSheet(spreadsheet, savedAliasSheet())?.table;
  const journal = readJournal(grid, { wallClock, aliases });
  return { journal, wallClock, yearOfDate: (d) => yearOfDay(Math.floor(wallClock(d) / MS_PER_DAY)) };
}
