import { frenchDate } from "../values/calendar";

/** Who signs a document for the association; what is not known is left as a line to fill by hand. */
export interface Signatory {
  name?: string;
  /** « Présidente », « Trésorier »… */
  quality?: string;
  /** « Fait à … » */
  place?: string;
}

/** A line left to fill by hand on a printed document. */
export const BLANK = "…………………………";

/** The signature block's lines: place and date, name, quality, then room to sign. */
export function signatureLines(signatory: Signatory, day: number): string[] {
  return [
    `Fait à ${signatory.place?.trim() || BLANK}, le ${frenchDate(day)}`,
    `Nom : ${signatory.name?.trim() || BLANK}`,
    `Qualité : ${signatory.quality?.trim() || BLANK}`,
    "Signature :",
  ];
}
