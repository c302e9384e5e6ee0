import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readAliasTable } from "../../core/aliases/table";
import { resolveColumns } from "../../core/journal/columnMapping";
import { requireColumns, withColumns } from "../../core/journal/columns";
import type { ColumnOverrides } from "../../core/journal/fields";
import { readJournal } from "../../core/journal/read";
import { defaultReportYear } from "../../core/journal/reportYear";
import { today } from "../../core/values/calendar";
import { readRolesTable } from "../../core/roles/table";
import { type JournalFile, readJournalFile } from "../readers";
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
  /** Alias table file (--alias): "Nom dans le journal" → "Nom retenu". */
  aliases?: string;
  /** Rates, coefficient, chart, SIREN, ETP base, mileage (--taux, --table-taux, --coefficient...). */
  valuation?: ValuationCliOptions;
  /** Columns chosen by hand (--colonne champ="En-tête"). */
  columns?: ColumnOverrides;
}

/** `valorise rapport`: reads the journal, prints the year's report, optionally writes it to a folder. */
export async function runRapport(options: RapportOptions, io: Io): Promise<number> {
  const { grid, wallClock, format, rejectedRows, encoding } = await readJournalFile(options.file, { sheet: options.sheet });
  const headers = grid[0] ?? [];
  const mapping = resolveColumns(headers, { overrides: options.columns });
  const unmatched = unmatchedColumnsError(mapping, headers);
  if (unmatched) throw unmatched;
  requireColumns(mapping.columns, headers, `Indiquez la colonne à lire avec --colonne, par exemple --colonne date="Jour" (voir valorise --help).`);
  const aliasFile = options.aliases === undefined ? undefined : await readSideTable(options.aliases, io);
  const aliases = aliasFile && readAliasTable(aliasFile.grid);
  const day = today();
  const journal = readJournal(withColumns(grid, mapping.columns), { wallClock, aliases, today: day, rejectedRows });
  const year = options.year ?? defaultReportYear(journal, day) ?? null;
  if (options.year !== undefined && !journal.years.includes(options.year)) {
    const present = journal.years.length ? `années présentes : ${journal.years.join(", ")}` : "aucune action comptée dans le journal";
    io.err(`Attention : aucune action comptée en ${options.year} (${present}).\n`);
  }
  const rolesFile = options.roles === undefined ? undefined : await readSideTable(options.roles, io);
  const roles = rolesFile && readRolesTable(rolesFile.grid, { wallClock: rolesFile.wallClock });
  const valuationSettings = await valuationSettingsOf(options.valuation ?? {}, async (path) => (await readSideTable(path, io)).grid);
  const yearReport = year === null ? undefined : buildYearReport(journal, year, { roles, valuationSettings });
  const source = { file: options.file, format, encoding, rows: Math.max(0, grid.length - 1), columns: columnsJson(mapping) };
  const report = buildReportJson(journal, source, year, {
    roles, rolesFile: options.roles, aliasFile: options.aliases, report: yearReport,
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
    if (written.length > 1) lines.push(`Classeur et fichiers écrits : ${written.slice(1).map((p) => basename(p)).join(", ")}`);
    if (yearReport?.accounting.entries.length) {
      lines.push(
        "Écritures de clôture à importer dans le logiciel comptable (ce n'est pas le FEC) : le .txt au format de l'article A47 A-1 " +
          "du LPF (ISO 8859-15), le .csv dans Paheko (import « Complet »).",
      );
      if (!yearReport.valuation.settings.siren) lines.push("(avec --siren, leur nom porte le SIREN de l'association)");
    }
    const text = `${lines.join("\n")}\n`;
    if (options.json) io.err(text);
    else io.out(`\n${text}`);
  }
  return 0;
}

/**
 * A table beside the journal (roles, rates): the rows its reader rejected are said on stderr and
 * emptied, so the table's reader skips them instead of reading shifted cells.
 */
async function readSideTable(path: string, io: Io): Promise<JournalFile> {
  const file = await readJournalFile(path);
  if (!file.rejectedRows.length) return file;
  const rejected = new Set(file.rejectedRows.map((r) => r.index));
  for (const r of file.rejectedRows) io.err(`Attention : ${path}, ligne ${r.index + 1} : ${r.problem}\n`);
  return { ...file, grid: file.grid.map((row, i) => (rejected.has(i) ? [] : row)) };
}
