import { CEC_FUNCTIONS } from "./functions/cecFunctions";
import { JOURNAL_FUNCTIONS } from "./functions/journalFunctions";
import type { EntryPoint } from "./functions/spec";
import { VALUATION_FUNCTIONS } from "./functions/valuationFunctions";
import { TRIGGERS } from "./menu";
import { UI_ENTRY_POINTS } from "./ui";

/** Every function Apps Script calls by name; the build declares each one at the top level of dist/Code.js. */
export const ENTRY_POINTS: EntryPoint[] = [...TRIGGERS, ...UI_ENTRY_POINTS, ...JOURNAL_FUNCTIONS, ...CEC_FUNCTIONS, ...VALUATION_FUNCTIONS];
