import { basename } from "node:path";
import { planReportOutputs, writtenSummary } from "../export/reportOutputs";
import { writeAllOrNothing } from "../export/safeWrite";
import { columnsJson } from "./columns";
import type { Io } from "./io";
import { type LoadOptions, inputFiles, loadJournalReport } from "./load";
import { outputFailure } from "./outputFailure";
import { buildReportJson } from "./report";
import { renderText } from "./text";

export interface RapportOptions extends LoadOptions {
  outDir?: string;
  json: boolean;
  /** --pdf: the yearly report as one PDF too, in --sortie. */
  pdf?: boolean;
  /** --ecraser: replace the report files already in the output folder. */
  overwrite?: boolean;
}

/** `valorise rapport`: reads the journal, prints the year's report, optionally writes it to a folder. */
export async function runRapport(options: RapportOptions, io: Io): Promise<number> {
  const { journal, mapping, format, encoding, rows, year, associations, volunteers, journalReport, day } = await loadJournalReport({ ...options, vehiclesMatter: true }, io);
  const source = { file: options.file, format, encoding, rows, columns: columnsJson(mapping) };
  const report = buildReportJson(journal, source, journalReport, {
    rolesFile: options.roles, aliasFile: options.aliases,
    ...(associations ? { associationsTable: { file: options.associations!, issues: associations.issues } } : {}),
    ...(volunteers ? { volunteersTable: { file: options.volunteers!, issues: [...volunteers.issues, ...(journalReport?.volunteerIssues ?? [])] } } : {}),
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const sections = journalReport?.sections ?? [];
  try {
    const outputs = options.outDir === undefined ? undefined : await planReportOutputs(options.outDir, {
      year, sections, json, source: `${basename(options.file)} (${source.rows} lignes lues)`, inputs: inputFiles(options), overwrite: options.overwrite ?? false,
      ...(options.pdf ? { pdf: { day } } : {}),
    });
    io.out(options.json ? json : renderText(report));
    if (outputs) {
      await writeAllOrNothing(options.outDir!, outputs.flatMap((o) => o.files));
      const text = writtenSummary(options.outDir!, outputs, sections);
      if (options.json) io.err(text);
      else io.out(`\n${text}`);
    }
  } catch (error) {
    return outputFailure(error, io);
  }
  return 0;
}
