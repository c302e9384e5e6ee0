import { UserError } from "../../core/userError";

export class InputError extends UserError {}

/** What a defect says instead of the engine's message (RangeError, quota, "Maximum call stack"…), which is never shown. */
export const UNEXPECTED = "Valorise n'a pas pu aller au bout. Si cela se reproduit, signalez-le avec une copie de ce message et ce que vous faisiez (formule, réglages, bouton).";

/** A UserError's French message as it is; anything else is a defect: « Erreur inattendue » and how to report it. */
export function userMessage(error: unknown): string {
  return error instanceof UserError ? error.message : `Erreur inattendue : ${UNEXPECTED}`;
}

/** What a server function answers when it fails: the error's French message. */
export function failure(error: unknown): { ok: false; message: string } {
  return { ok: false, message: userMessage(error) };
}

/** Round trip through JSON: whatever a server function returns, no Date (nor undefined) reaches the page. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
