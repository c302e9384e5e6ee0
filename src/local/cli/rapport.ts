import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { resolveColumns } from "../../core/journal/columnMapping";
import { requireColumns, withColumns } from "../../core/journal/columns";
import type { ColumnOverrides } from "../../core/journal/fields";
import { readJournal } from "../../core/journal/read";
import { readRolesTable } from "../../core/roles/table";
import { readJournalFile } from "../readers";
import type { Io } from "./io";
import { buildYearReport } from "../../core/report/yearReport";
import { writeReportFiles } from "../export/files";
import { unmatchedColumnsError } from "./columnArgs";
import { columnsJson } from "./columns";
import { buildReportJson } from "./report";
import { type ValuationCliOptions, valuationSettingsOf } from "./valuationArgs";
import { renderText } from "./text";

export interface RapportOptions {
  file: string;
  year?: number;
  outDir?: string;
  json: boolean;
  sheet?: string;
  /** Roles table file (--roles). */
  roles?: string;
  /** Rates, coefficient, chart, SIREN, ETP base, mileage (--taux, --table-taux, --coefficient...). */
  valuation?: ValuationCliOptions;
  /** Columns chosen by hand (--colonne champ="En-tête"). */
  columns?: ColumnOverrides;
}

/** `valorise rapport`: reads the journal, prints the year's report, optionally writes it to a folder. */
export async function runRapport(options: RapportOptions, io: Io): Promise<number> {
  const { grid, wallClock, format } = await readJournalFile(options.file, { sheet: options.sheet });
  const headers = grid[0] ?? [];
  const mapping = resolveColumns(headers, { overrides: options.columns });
  const unmatched = unmatchedColumnsError(mapping, headers);
  if (unmatched) throw unmatched;
  requireColumns(mapping.columns, headers, `Indiquez la colonne à lire avec --colonne, par exemple --colonne date="Jour" (voir valorise --help).`);
  const journal = readJournal(withColumns(grid, mapping.columns), { wallClock });
  const year = options.year ?? journal.years[0] ?? null;
  if (options.year !== undefined && !journal.years.includes(options.year)) {
    const present = journal.years.length ? `années présentes : ${journal.years.join(", ")}` : "aucune action comptée dans le journal";
    io.err(`Attention : aucune action comptée en ${options.year} (${present}).\n`);
  }
  const rolesFile = options.roles === undefined ? undefined : await readJournalFile(options.roles);
  const roles = rolesFile && readRolesTable(rolesFile.grid, { wallClock: rolesFile.wallClock });
  const valuationSettings = await valuationSettingsOf(options.valuation ?? {}, async (path) => (await readJournalFile(path)).grid);
  const yearReport = year === null ? undefined : buildYearReport(journal, year, { roles, valuationSettings });
  const source = { file: options.file, format, rows: Math.max(0, grid.length - 1), columns: columnsJson(mapping) };
  const report = buildReportJson(journal, source, year, {
    roles, rolesFile: options.roles, report: yearReport,
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  io.out(options.json ? json : renderText(report));
  if (options.outDir !== undefined) {
    const path = join(options.outDir, `rapport-${year ?? "sans-annee"}.json`);
    const written = [path];
    try {
      await mkdir(options.outDir, { recursive: true });
      await writeFile(path, json);
      if (yearReport) written.push(...(await writeReportFiles(yearReport, options.outDir)));
    } catch (error) {
      io.err(`Impossible d'écrire dans ${options.outDir} : ${(error as Error).message}\n`);
      return 1;
    }
    const lines = [`Rapport écrit : ${path}`];
    if (written.length > 1) lines.push(`Classeur, CSV et FEC écrits : ${written.slice(1).map((p) => basename(p)).join(", ")}`);
    if (yearReport && !yearReport.valuation.settings.siren && yearReport.accounting.entries.length) {
      lines.push("(sans --siren, le fichier FEC est nommé FEC<date>.txt au lieu de <SIREN>FEC<date>.txt)");
    }
    const text = `${lines.join("\n")}\n`;
    if (options.json) io.err(text);
    else io.out(`\n${text}`);
  }
  return 0;
}
