import { CEC_FUNCTIONS } from "./functions/cecFunctions";
import { JOURNAL_FUNCTIONS } from "./functions/journalFunctions";
import type { EntryRuns } from "./functions/spec";
import { VALUATION_FUNCTIONS } from "./functions/valuationFunctions";
import { guarded } from "./guard";
import { TRIGGERS } from "./menu";
import { UI_ENTRY_POINTS } from "./ui";

/**
 * Every entry point by the name Apps Script calls it, with the code that runs: what dist/Code.js keeps
 * of them. Each throws only French UserErrors (guarded): no engine message reaches a cell or the page.
 */
export const ENTRY_RUNS: EntryRuns = guarded({ ...TRIGGERS, ...UI_ENTRY_POINTS, ...JOURNAL_FUNCTIONS, ...CEC_FUNCTIONS, ...VALUATION_FUNCTIONS });
