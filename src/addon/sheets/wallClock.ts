import type { WallClock } from "../../core/journal/types";
import { UserError } from "../../core/userError";
import { activeSpreadsheet } from "./activeSpreadsheet";

const PATTERN = "yyyy-MM-dd HH:mm:ss.SSS";
const FIELDS = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/;

/** Reads instants on the spreadsheet's wall clock through Utilities.formatDate (Apps Script has no zone data of its own to trust). */
export function spreadsheetWallClock(timeZone: string): WallClock {
  return (instant) => {
    // past about the year 10200, or NaN (a hostile argument), a date has no four-digit year: formatDate may not even read it
    const m = Math.abs(+instant) < 2.6e14 ? FIELDS.exec(Utilities.formatDate(instant, timeZone, PATTERN)) : null;
    if (!m) throw new UserError("Date illisible : attendu une date des années 1000 à 9999.");
    return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!);
  };
}

/** Time zone of the spreadsheet the script is bound to (not the script's own zone). */
export function activeWallClock(): WallClock {
  return spreadsheetWallClock(activeSpreadsheet().getSpreadsheetTimeZone());
}
