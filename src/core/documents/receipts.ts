import type { DocumentSet } from "./model";
import type { DocumentRequest } from "./request";

/** The receipts (Cerfa 11580) for the mileage each volunteer gave up. */
export function receiptSet(_request: DocumentRequest): DocumentSet {
  return { files: [], notices: ["Les reçus ne sont pas encore produits."] };
}
