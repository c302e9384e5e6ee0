import { packDocumentReport } from "../../core/documents/documentPack";
import { exportSection } from "../../core/export/section";
import { packExportSection } from "../../core/export/sectionPack";
import type { JournalReport } from "../../core/report/yearReport";
import { incomeYear } from "../../core/period/period";
import { today } from "../../core/values/calendar";
import type { DocumentPerson, DocumentsResult, DownloadsResult } from "../../contract/sidebar";
import { failure, plain } from "./errors";
import { parseInput, yearInput } from "./inputs";
import { loadSource } from "./load";
import { computeReport } from "./report";
import { settingsFor } from "./settingsStore";

/**
 * What the page turns into files, with the settings sent or the saved ones, for every association or
 * the chosen one: what the year's CSV tables and entries files are made of, packed (the page writes
 * them, src/sidebar/exportFiles.ts, so that the writers do not weigh on this bundle); or, with
 * `kind`, what the year's attestations and CEC kit, or its receipts, are made of (documents).
 */
export function getDownloads(input: unknown): DownloadsResult | DocumentsResult {
  try {
    const { year, settings: sent, association, kind } = parseInput(yearInput, input);
    const chosen = settingsFor(sent);
    if ("errors" in chosen) return { ok: false, message: chosen.message };
    const settings = chosen.settings;
    const period = kind === "recus" ? incomeYear(year) : undefined;
    const report = computeReport(loadSource(settings.source), settings, year, association, period);
    if (kind) return documents(report, year, kind);
    // the CLI's set of text files, one set per association
    return plain({ ok: true, year, sets: report.sections.map((s) => packExportSection(exportSection(s))) });
  } catch (error) {
    return failure(error);
  }
}

/**
 * The documents' part of the report, packed, and the volunteers table's addresses: the page builds the
 * documents and draws the PDFs (src/sidebar/documents.ts), so that neither the builders nor the PDF
 * library reach this bundle.
 */
function documents(report: JournalReport, year: number, kind: "attestations" | "recus"): DocumentsResult {
  const table = report.volunteersByKey;
  const volunteers = table ? [...table].map(([key, v]): DocumentPerson => [key, v.address ?? "", v.publicAgent ?? false]) : null;
  return plain({ ok: true, year, kind, day: today(), report: packDocumentReport(report), volunteers });
}
