import { CEC_FUNCTIONS } from "./functions/cecFunctions";
import { JOURNAL_FUNCTIONS } from "./functions/journalFunctions";
import type { EntryRuns } from "./functions/spec";
import { VALUATION_FUNCTIONS } from "./functions/valuationFunctions";
import { TRIGGERS } from "./menu";
import { UI_ENTRY_POINTS } from "./ui";

/**
 * The bundle's only export: the build wraps each entry point in a top-level function declaration,
 * with the parameters and JSDoc of src/addon/registry.ts (which the bundle does not carry).
 */
export const entryPoints: EntryRuns = { ...TRIGGERS, ...UI_ENTRY_POINTS, ...JOURNAL_FUNCTIONS, ...CEC_FUNCTIONS, ...VALUATION_FUNCTIONS };
