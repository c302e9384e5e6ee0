import { join } from "node:path";
import type { YearReport } from "../../core/report/yearReport";
import { type ReportPdfOption, reportFiles } from "./files";
import { type InputFile, checkOutputs } from "./outputCheck";
import type { OutputFile } from "./safeWrite";

/** The files of --sortie: the JSON report's set first, then one set per association. */
export interface OutputSet {
  /** Whose files, in French: "le rapport JSON", "« Club » (exercice 2025)". */
  of: string;
  files: OutputFile[];
}

export interface ReportOutputsInput {
  year: number | null;
  sections: readonly YearReport[];
  /** The JSON report, as printed with --json. */
  json: string;
  /** The journal as the Synthèse names it: "journal.csv (120 lignes lues)". */
  source: string;
  inputs: readonly InputFile[];
  /** --ecraser */
  overwrite: boolean;
  /** --pdf: each association's yearly report as a PDF too. */
  pdf?: ReportPdfOption;
}

/**
 * The files `valorise rapport --sortie` writes, every name known and checked before anything is
 * written: none may be one of the files read, none may exist already unless --ecraser.
 */
export async function planReportOutputs(dir: string, input: ReportOutputsInput): Promise<OutputSet[]> {
  const sets: OutputSet[] = [
    { of: "le rapport JSON", files: [{ name: `rapport-${input.year ?? "sans-annee"}.json`, content: () => input.json }] },
    ...input.sections.map((section) => ({
      of: `« ${section.association.title} » (${section.period.name})`,
      files: reportFiles(section, input.source, input.pdf),
    })),
  ];
  const planned = sets.flatMap((set) => set.files.map((f) => ({ name: f.name, of: set.of })));
  await checkOutputs(dir, planned, input.inputs, input.overwrite);
  return sets;
}

/** What the folder received: the JSON report's path, each association's files, how to import the entries. */
export function writtenSummary(dir: string, sets: readonly OutputSet[], sections: readonly YearReport[]): string {
  const [report, ...associations] = sets;
  const lines = [`Rapport écrit : ${join(dir, report!.files[0]!.name)}`];
  for (const set of associations) lines.push(`Fichiers de ${set.of} : ${set.files.map((f) => f.name).join(", ")}`);
  if (sections.some((s) => s.accounting?.entries.length)) {
    lines.push(
      "Écritures de clôture à importer dans le logiciel comptable (ce n'est pas le FEC) : le .txt au format de l'article A47 A-1 " +
        "du LPF (ISO 8859-15), le .csv dans Paheko (import « Complet »).",
    );
    if (sections.some((s) => s.accounting?.entries.length && !s.valuation.settings.siren)) {
      lines.push("(avec --siren ou la table des associations, leur nom porte le SIREN de l'association)");
    }
  }
  return `${lines.join("\n")}\n`;
}
