import type { YearReport } from "../report/yearReport";
import { frenchDate } from "../values/calendar";
import type { PrintDocument } from "./model";
import { accountsBlocks } from "./yearReportAccounts";
import { cecBlocks } from "./yearReportCec";
import { findingsBlocks } from "./yearReportFindings";
import { type YearReportContext, coverBlocks, summaryBlocks } from "./yearReportSummary";

export type { YearReportContext } from "./yearReportSummary";

/**
 * The yearly report of one association for the general assembly and the auditor, A4 landscape
 * (the CEC and findings tables are wide): cover, synthèse, 86/87 and method note, CEC, findings.
 * Every figure comes from the same YearReport as the workbook's, rounded as the Synthèse rounds it.
 */
export function yearReportDocument(section: YearReport, context: YearReportContext): PrintDocument {
  const footer = `Valorise — ${section.association.title} — ${section.period.name} — établi le ${frenchDate(context.day)}`;
  return {
    title: `Rapport annuel du bénévolat — ${section.association.title} — ${section.period.name}`,
    orientation: "landscape",
    parts: [
      coverBlocks(section, context),
      summaryBlocks(section),
      accountsBlocks(section),
      cecBlocks(section),
      findingsBlocks(section, context.findingsLimit),
    ].map((blocks) => ({ blocks, footer })),
  };
}
