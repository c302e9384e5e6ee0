import { yearReportDocument } from "../../core/documents/yearReport";
import { reportTextFiles, sectionFileName } from "../../core/export/files";
import { exportSection } from "../../core/export/section";
import { packExportSection, unpackExportSection } from "../../core/export/sectionPack";
import { sheetHeading } from "../../core/report/heading";
import { tableLayout } from "../../core/report/layout";
import { reportSheets } from "../../core/report/sheets";
import { summaryLayout } from "../../core/report/summary";
import type { YearReport } from "../../core/report/yearReport";
import { latin9Bytes } from "../../core/text/latin9";
import { type OutputFile, writeAllOrNothing } from "./safeWrite";
import { loadRenderPdf } from "./pdf";
import { reportWorkbookBytes } from "./workbook";

/** --pdf: the yearly report as a PDF too, dated `day` (the day the command runs). */
export interface ReportPdfOption {
  day: number;
}

/**
 * One association's files: the workbook rapport-N-<association>.xlsx (its Synthèse first, `source`
 * naming the journal), the French CSV files and the entries files (the A47 import file in
 * ISO 8859-15, the Paheko CSV), and with `pdf` the yearly report rapport-N-<association>.pdf.
 * Names first, workbook first; contents are made when written. The text files are made from the
 * section packed and unpacked, as the sidebar receives it: the same files, by the same path.
 */
export function reportFiles(report: YearReport, source = "", pdf?: ReportPdfOption): OutputFile[] {
  const sheets = reportSheets(report);
  const workbook: OutputFile = {
    name: sectionFileName(report, `rapport-${report.period.short}.xlsx`),
    content: () => reportWorkbookBytes([summaryLayout(report, { source }), ...sheets.map((s) => tableLayout(s, sheetHeading(s.name, report)))]),
  };
  const document: OutputFile[] = pdf ? [{
    name: sectionFileName(report, `rapport-${report.period.short}.pdf`),
    content: async () => (await loadRenderPdf())(yearReportDocument(report, { source, day: pdf.day })),
  }] : [];
  return [workbook, ...document, ...reportTextFiles(unpackExportSection(packExportSection(exportSection(report, sheets)))).map((file) => ({
    name: file.name,
    content: () => (file.charset ? latin9Bytes(file.content) : file.content),
  }))];
}

/** Writes one association's files into a folder, all or nothing (see writeAllOrNothing). Returns the paths, workbook first. */
export async function writeReportFiles(report: YearReport, dir: string, source = ""): Promise<string[]> {
  return writeAllOrNothing(dir, reportFiles(report, source));
}
