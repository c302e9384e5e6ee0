import { CEC_DOCS } from "./functions/cecFunctions";
import { JOURNAL_DOCS } from "./functions/journalFunctions";
import type { EntryDoc, EntryPoint } from "./functions/spec";
import { VALUATION_DOCS } from "./functions/valuationFunctions";
import { TRIGGER_DOCS } from "./menu";
import { ENTRY_RUNS } from "./runs";
import { SIDEBAR_DOCS } from "./sidebar/entryPoints";
import { UI_DOCS } from "./ui";

const DOCS: EntryDoc[] = [...TRIGGER_DOCS, ...UI_DOCS, ...SIDEBAR_DOCS, ...JOURNAL_DOCS, ...CEC_DOCS, ...VALUATION_DOCS];

/** Every function Apps Script calls by name; the build declares each one at the top level of dist/Code.js, in this order. */
export const ENTRY_POINTS: EntryPoint[] = DOCS.map((doc) => ({ ...doc, run: ENTRY_RUNS[doc.name]! }));

const unmatched = [
  ...Object.keys(ENTRY_RUNS).filter((name) => !DOCS.some((doc) => doc.name === name)),
  ...DOCS.filter((doc) => !ENTRY_RUNS[doc.name]).map((doc) => doc.name),
];
if (unmatched.length) throw new Error(`entry points with code but no declaration, or the reverse: ${unmatched.join(", ")}`);
