import { readJournal } from "../../core/journal/read";
import type { Journal, WallClock } from "../../core/journal/types";
import { cachedWallClock } from "../../core/journal/store";
import { MS_PER_DAY, yearOfDay } from "../../core/values/calendar";
import { activeWallClock } from "../sheets/wallClock";
import { gridArg } from "./args";

export interface JournalContext {
  journal: Journal;
  wallClock: WallClock;
  yearOfDate: (d: Date) => number;
}

/** Reads the journal argument of a custom function on the spreadsheet's wall clock. */
export function journalContext(journalArg: unknown): JournalContext {
  const wallClock = cachedWallClock(activeWallClock());
  const journal = readJournal(gridArg(journalArg, "journal"), { wallClock });
  return { journal, wallClock, yearOfDate: (d) => yearOfDay(Math.floor(wallClock(d) / MS_PER_DAY)) };
}
