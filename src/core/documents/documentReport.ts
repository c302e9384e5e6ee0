import type { CecAssociationLine, CecReport, CecReportLine } from "../cec/report";
import type { Period } from "../period/period";
import type { ReportedAssociation } from "../report/yearReport";
import type { MileageSettings } from "../settings/valuation";
import type { Tally } from "../totals/breakdown";
import type { VolunteerTotal } from "../totals/volunteers";
import type { MileageLine, MileageValuation } from "../valuation/mileage";

/**
 * What the documents (attestations, CEC kit, receipts) read of the yearly report: plain data, the
 * same on the command line and in the add-on, where the server sends it to the sidebar page that
 * draws the PDFs (the builders and the PDF library stay out of the Apps Script bundle). It travels
 * packed (documentPack.ts), so it holds only the fields the documents read.
 */
export interface DocumentReport {
  sections: DocumentSection[];
}

export type DocumentTally = Pick<Tally, "label" | "durationMs" | "actions">;
export type DocumentVolunteer = Pick<VolunteerTotal, "key" | "volunteer" | "anonymous" | "durationMs" | "actions"> & {
  byCategory: DocumentTally[];
  byProject: DocumentTally[];
};
export type DocumentCecAssociation = Pick<CecAssociationLine, "association" | "hours" | "roles">;
/** A CEC line as the documents print it: `text` is the status label and its reason. */
export type DocumentCecLine = Pick<
  CecReportLine, "volunteer" | "status" | "text" | "qualifyingHours" | "mainAssociationHours" | "mainAssociation" | "rightsEur" | "cumulativeEur"
> & { associations: DocumentCecAssociation[] };
export type DocumentCec = Pick<CecReport, "year" | "declareBy" | "validateBy"> & { rule: Pick<CecReport["rule"], "totalHours" | "oneAssociationHours"> };
export type DocumentMileageLine = Omit<MileageLine, "km" | "reductionCents">;
export type DocumentMileage = Pick<MileageValuation, "mode" | "waived" | "method"> & { byVolunteer: DocumentMileageLine[] };

export interface DocumentSection {
  year: number;
  association: ReportedAssociation;
  period: Period;
  volunteers: DocumentVolunteer[];
  /** The CEC lines of the association's volunteers (calendar year `cec.year`). */
  cecVolunteers: DocumentCecLine[];
  /** The section is the journal's only association: its CEC lines are all the journal's. */
  cecAll: boolean;
  cec: DocumentCec;
  valuation: { settings: { mileage: MileageSettings }; mileage: DocumentMileage };
}
