import { UserError } from "../core/userError";
import type { EntryRuns } from "./functions/spec";
import { UNEXPECTED } from "./sidebar/errors";

/** What an entry point throws, told to the user: Sheets shows it in the cell's tooltip as "name: message", google.script.run hands it to the page. */
function shown(error: unknown): UserError {
  // a new one, named « Erreur »: a subclass may keep a name of its own ("SettingsError"), which the tooltip would show
  if (error instanceof UserError) return new UserError(error.message);
  const defect = new UserError(UNEXPECTED);
  defect.name = "Erreur inattendue";
  return defect;
}

/**
 * Every entry point run so that whatever it throws is a French UserError: a refusal's own message,
 * or for a defect « Erreur inattendue » and how to report it, never an engine message.
 */
export function guarded(runs: EntryRuns): EntryRuns {
  const out: EntryRuns = {};
  for (const name in runs) {
    const run = runs[name] as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => {
      try {
        return run(...args);
      } catch (error) {
        throw shown(error);
      }
    };
  }
  return out;
}
