import type { DocumentsResult } from "../contract/sidebar";
import { unpackDocumentReport } from "../core/documents/documentPack";
import type { DocumentRequest } from "../core/documents/request";
import type { Signatory } from "../core/documents/signature";

/** What is typed under « Signataire des documents PDF »: who signs, and the first receipt number (receipts only). */
export interface TypedDocumentOptions {
  signatory: Signatory;
  firstNumber?: number;
}

/** The builders' request in the page: the server's report and volunteers, and what the user typed. */
export function pageRequest(result: Extract<DocumentsResult, { ok: true }>, typed: TypedDocumentOptions): DocumentRequest {
  return {
    report: unpackDocumentReport(result.report), day: result.day, signatory: typed.signatory, firstNumber: typed.firstNumber,
    ...(result.volunteers ? { volunteers: { byKey: new Map(result.volunteers.map(([key, address, publicAgent]) => [key, { address, publicAgent }])) } } : {}),
  };
}

/**
 * « Premier numéro de reçu »: a whole number from 1 (each association's receipts are numbered from
 * it), 1 when left empty; otherwise the French message to show, and no PDF. `badInput` is the
 * number field's own word for text it could not read as a number (its value is then empty).
 */
export function firstReceiptNumber(value: string, badInput = false): number | { error: string } {
  const text = value.trim();
  if (text === "" && !badInput) return 1;
  const wrong = `Premier numéro de reçu${text ? ` « ${text} »` : ""} invalide : attendu un nombre entier à partir de 1.`;
  if (!/^\d+$/.test(text)) return { error: wrong };
  const n = Number(text);
  if (n < 1) return { error: wrong };
  if (!Number.isSafeInteger(n)) return { error: `Premier numéro de reçu « ${text} » trop grand : au plus ${Number.MAX_SAFE_INTEGER}.` };
  return n;
}
