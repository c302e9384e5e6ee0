import type { CecReport, CecReportLine } from "../cec/report";
import type { Period } from "../period/period";
import type { ReportedAssociation } from "../report/yearReport";
import type { MileageSettings } from "../settings/valuation";
import type { VolunteerTotal } from "../totals/volunteers";
import type { MileageValuation } from "../valuation/mileage";

/**
 * What the documents (attestations, CEC kit, receipts) read of the yearly report: plain data, the
 * same on the command line and in the add-on, where the server sends it to the sidebar page that
 * draws the PDFs (the builders and the PDF library stay out of the Apps Script bundle). It travels
 * packed (documentPack.ts).
 */
export interface DocumentReport {
  sections: DocumentSection[];
}

export type DocumentVolunteer = Pick<VolunteerTotal, "key" | "volunteer" | "anonymous" | "durationMs" | "actions" | "byCategory" | "byProject">;
export type DocumentCec = Pick<CecReport, "year" | "declareBy" | "validateBy"> & { rule: Pick<CecReport["rule"], "totalHours" | "oneAssociationHours"> };
export type DocumentMileage = Pick<MileageValuation, "mode" | "waived" | "receipts" | "method" | "reductionRate" | "reductionRateText" | "byVolunteer">;

export interface DocumentSection {
  year: number;
  association: ReportedAssociation;
  period: Period;
  volunteers: DocumentVolunteer[];
  /** The CEC lines of the association's volunteers (calendar year `cec.year`). */
  cecVolunteers: CecReportLine[];
  /** The section is the journal's only association: its CEC lines are all the journal's. */
  cecAll: boolean;
  cec: DocumentCec;
  valuation: { settings: { mileage: MileageSettings }; mileage: DocumentMileage };
}
