import type { DocumentSet } from "./model";
import type { DocumentRequest } from "./request";

/** The attestations de bénévolat and the CEC kit of each association of the report. */
export function attestationSet(_request: DocumentRequest): DocumentSet {
  return { files: [], notices: ["Les attestations ne sont pas encore produites."] };
}
