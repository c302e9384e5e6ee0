import type { DocumentReport } from "./documentReport";
import type { Signatory } from "./signature";

/**
 * The volunteers table as the documents read it (its VolunteerTable has this shape), by volunteer
 * key (volunteerKeyOf of the name, the journal's identity rule).
 */
export interface VolunteerAddresses {
  byKey: ReadonlyMap<string, { address?: string; publicAgent?: boolean }>;
}

/** What every document builder is given: the report, who signs, the day they are made. */
export interface DocumentRequest {
  report: DocumentReport;
  /** The day the documents are made: their date, and the deadlines said from it. */
  day: number;
  signatory: Signatory;
  /** Only this volunteer's documents (--benevole), matched like the journal's names. */
  volunteer?: string;
  /** The first receipt's order number. */
  firstNumber?: number;
  /**
   * The volunteers table (--benevoles, the add-on's sheet), by the volunteer's key: the donors'
   * addresses on the receipts, who is a public agent (their CEC rights in hours).
   */
  volunteers?: VolunteerAddresses;
}
