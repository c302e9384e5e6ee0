import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readJournal } from "../../core/journal/read";
import { readJournalFile } from "../readers";
import type { Io } from "./io";
import { buildReportJson } from "./report";
import { renderText } from "./text";

export interface RapportOptions {
  file: string;
  year?: number;
  outDir?: string;
  json: boolean;
  sheet?: string;
}

/** `valorise rapport`: reads the journal, prints the year's report, optionally writes it to a folder. */
export async function runRapport(options: RapportOptions, io: Io): Promise<number> {
  const { grid, wallClock, format } = await readJournalFile(options.file, { sheet: options.sheet });
  const journal = readJournal(grid, { wallClock });
  const year = options.year ?? journal.years[0] ?? null;
  if (options.year !== undefined && !journal.years.includes(options.year)) {
    const present = journal.years.length ? `années présentes : ${journal.years.join(", ")}` : "aucune action comptée dans le journal";
    io.err(`Attention : aucune action comptée en ${options.year} (${present}).\n`);
  }
  const report = buildReportJson(journal, { file: options.file, format, rows: Math.max(0, grid.length - 1) }, year);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  io.out(options.json ? json : renderText(report));
  if (options.outDir !== undefined) {
    const path = join(options.outDir, `rapport-${year ?? "sans-annee"}.json`);
    try {
      await mkdir(options.outDir, { recursive: true });
      await writeFile(path, json);
    } catch (error) {
      io.err(`Impossible d'écrire ${path} : ${(error as Error).message}\n`);
      return 1;
    }
    if (options.json) io.err(`Rapport écrit : ${path}\n`);
    else io.out(`\nRapport écrit : ${path}\n`);
  }
  return 0;
}
