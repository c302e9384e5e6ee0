/** Errors whose message is French and meant for the user; anything else is a bug to report. */
const USER_ERRORS = new Set([
  "SourceError", "JournalError", "RolesError", "AliasError", "AssociationError", "RateTableError", "RateError", "SettingsError", "CecSettingsError", "InputError", "ReportError", "PeriodError",
]);

export class InputError extends Error {
  override name = "InputError";
}

export function userMessage(error: unknown): string {
  if (error instanceof Error && (USER_ERRORS.has(error.name) || error instanceof RangeError)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Erreur inattendue : ${detail}. Si elle persiste, signalez-la avec une copie du message.`;
}

/** Round trip through JSON: whatever a server function returns, no Date (nor undefined) reaches the page. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
