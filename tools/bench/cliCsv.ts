// The command line on a large CSV export, run as a user runs it: a child process reading a file
// of some 600 MB, timed, its peak resident memory read from the kernel as the process exits.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeJournalCsv } from "./csvFile";
import { formatBytes, formatCount, formatMs, now } from "./measure";

/** Rows of the generated CSV: at some 250 bytes a row, the 600 MB the issue names. */
export const CLI_CSV_ROWS = 2_400_000;

export interface CliCsvResult {
  rows: number;
  bytes: number;
  /** Time of `valorise rapport fichier.csv --json` (stdout to /dev/null), from start to exit. */
  ms: number;
  /** The child's peak resident memory (getrusage's maxrss). */
  peakRssBytes: number;
}

/** bin/valorise.js beside the built bench (dist-local/bench.js), or in the current folder. */
function valoriseBin(): string {
  const besideBench = fileURLToPath(new URL("../bin/valorise.js", import.meta.url));
  return existsSync(besideBench) ? besideBench : join(process.cwd(), "bin", "valorise.js");
}

/** Generates the CSV in a temporary folder, runs the command line on it, removes the folder. */
export function measureCliCsv(rows: number, log: (line: string) => void): CliCsvResult {
  const dir = mkdtempSync(join(tmpdir(), "valorise-bench-csv-"));
  try {
    const csv = join(dir, "benevalo-export.csv");
    const started = now();
    const bytes = writeJournalCsv(csv, rows);
    log(`CSV de ${formatCount(rows)} lignes (${formatBytes(bytes)}) écrit en ${formatMs(now() - started)}`);
    // the child writes its peak memory when it exits: Node gives no child's rusage to its parent
    const rssFile = join(dir, "maxrss.txt");
    const preload = join(dir, "maxrss.cjs");
    writeFileSync(preload, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const t0 = now();
    const child = spawnSync(process.execPath, ["-r", preload, valoriseBin(), "rapport", csv, "--json"], {
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    const ms = now() - t0;
    if (child.status !== 0) throw new Error(`valorise rapport a échoué (code ${child.status ?? child.signal}) : ${(child.stderr ?? "").slice(0, 500)}`);
    const peakRssBytes = Number(readFileSync(rssFile, "utf8")) * 1024;
    return { rows, bytes, ms, peakRssBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
