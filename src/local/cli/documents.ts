import { join } from "node:path";
import { attestationSet } from "../../core/documents/attestations";
import { documentReportOf } from "../../core/documents/documentPack";
import type { DocumentSet } from "../../core/documents/model";
import { receiptSet } from "../../core/documents/receipts";
import type { Signatory } from "../../core/documents/signature";
import type { DocumentRequest } from "../../core/documents/request";
import { UserError } from "../../core/userError";
import { missingCharactersNotice } from "../../pdf/printable";
import { checkOutputs } from "../export/outputCheck";
import { loadRenderPdf } from "../export/pdf";
import { type OutputFile, writeAllOrNothing } from "../export/safeWrite";
import type { Io } from "./io";
import { type LoadOptions, inputFiles, loadJournalReport } from "./load";
import { outputFailure } from "./outputFailure";

export interface DocumentsOptions extends LoadOptions {
  kind: "attestations" | "recus";
  outDir?: string;
  overwrite?: boolean;
  volunteer?: string;
  firstNumber?: number;
  signatory?: Signatory;
}

const BUILDERS: Record<DocumentsOptions["kind"], (request: DocumentRequest) => DocumentSet> = {
  attestations: attestationSet,
  recus: receiptSet,
};

/**
 * `valorise attestations` and `valorise recus`: reads the journal like `rapport`, builds the
 * documents, says on stderr each one not issued and why, and writes the PDFs into --sortie, all or
 * nothing, never over a file read nor, without --ecraser, over a file already there.
 */
export async function runDocuments(options: DocumentsOptions, io: Io): Promise<number> {
  const loaded = await loadJournalReport({ ...options, calendarYear: options.kind === "recus", vehiclesMatter: options.kind === "recus" }, io);
  if (!loaded.journalReport) throw new UserError("Aucune action comptée dans le journal : aucun document à produire.");
  const set = BUILDERS[options.kind]({
    report: documentReportOf(loaded.journalReport), day: loaded.day, signatory: options.signatory ?? {},
    ...(options.volunteer !== undefined ? { volunteer: options.volunteer } : {}),
    ...(options.firstNumber !== undefined ? { firstNumber: options.firstNumber } : {}),
    // the table's rows by the journal's key of each person (identity rule, alias table, accents: matchVolunteers)
    ...(loaded.journalReport.volunteersByKey ? { volunteers: { byKey: loaded.journalReport.volunteersByKey } } : {}),
  });
  // a bundle repeats its documents' letters: said once, for the document
  const glyphs = set.files.filter((f) => !f.bundle).map((f) => missingCharactersNotice(f.name, f.document)).filter((n): n is string => n !== undefined);
  for (const notice of [...set.notices, ...glyphs]) io.err(`Attention : ${notice}\n`);
  if (set.files.length === 0) {
    io.err("Aucun document écrit.\n");
    return 1;
  }
  const dir = options.outDir!;
  const files: OutputFile[] = set.files.map((f) => ({ name: f.name, content: async () => (await loadRenderPdf())(f.document) }));
  try {
    await checkOutputs(dir, files.map((f) => ({ name: f.name, of: "les documents" })), inputFiles(options), options.overwrite ?? false);
    await writeAllOrNothing(dir, files);
  } catch (error) {
    return outputFailure(error, io);
  }
  io.out(`${files.length} document${files.length > 1 ? "s" : ""} écrit${files.length > 1 ? "s" : ""} :\n${files.map((f) => `  ${join(dir, f.name)}\n`).join("")}`);
  return 0;
}
