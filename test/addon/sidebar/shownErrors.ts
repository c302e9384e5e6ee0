import { fieldMessage } from "../../../src/core/settings/messages";

/** The settings errors as the page shows them: the server leaves a field's fixed message for the page to write (src/sidebar/errors.ts). */
export function shownErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path, message || fieldMessage(path)]));
}
