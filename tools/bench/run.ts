// The benchmark itself: for each journal size, the floor, the core's yearly report, the busiest
// custom functions as Sheets calls them, memory; then the SUMIFS comparison, the service calls of
// a report generation through the emulator, and the bundle's size and cold start.

import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { volunteerKeyOf } from "../../src/core/journal/names";
import { actionCount } from "../../src/core/journal/store";
import { callCustomFunction, entryPointParams, loadBundle } from "./appsScript";
import { generateJournal, REPORT_YEAR, withTrailingEmptyRows, type GeneratedJournal } from "./generate";
import { canMeasureHeap, collectGarbage, formatBytes, formatCount, formatMs, formatRatio, heapSizeOf, measureHeap, median, timeRuns } from "./measure";
import { barePass, benchWallClock, fullReport, reportStages, singlePassTotals, yearlyTotals } from "./pipeline";
import { reportServiceCalls, type ReportCalls } from "./reportCalls";
import { CLI_CSV_ROWS, type CliCsvResult, measureCliCsv } from "./cliCsv";
import { ENGINE_MAX_JOURNAL_ROWS, runSumifs } from "./spreadsheetEngine";

export const FULL_SIZES = [1_000, 10_000, 100_000, 1_000_000];
export const SMOKE_SIZES = [1_000];
/** Empty rows after the data in the whole-column case (Journal!A:O on a sheet with room to grow). */
export const TRAILING_EMPTY_ROWS = 100_000;
export const BUSIEST_FUNCTIONS = ["BENEVOLAT_TOTAUX", "CEC_TABLEAU", "BENEVOLAT_VALORISATION"];
const MONEY_FUNCTIONS = new Set(["BENEVOLAT_VALORISATION"]);
export const ENGINE_VOLUNTEERS = 300;

export interface BenchOptions {
  sizes?: number[];
  /** Smoke run (CI): one run per measure, no timing verdict. */
  smoke?: boolean;
  bundlePath?: string;
  /** Largest journal tried with the spreadsheet engine (default and most: the 39,999 rows it accepts; 0 skips it). */
  engineMaxRows?: number;
  /** Rows of the CSV the command line reads in a child process (default CLI_CSV_ROWS, some 600 MB; 0 skips it; never in a smoke run). */
  cliCsvRows?: number;
  /** Progress lines (default console.log). */
  log?: (line: string) => void;
}

export interface FunctionTiming {
  name: string;
  /** Fresh context: bundle evaluation + call, exact range (median). */
  exactMs: number;
  /** Same with TRAILING_EMPTY_ROWS empty rows after the data (Journal!A:O). */
  wholeColumnMs: number;
  /** Service calls of one call. */
  serviceCalls: number;
  error?: string;
}

export interface SizeResult {
  rows: number;
  cells: number;
  runs: number;
  bareMs: number;
  /** Each run of the bare pass, in order (the ratio moves with it as much as with the report). */
  bareRuns: number[];
  singlePassMs: number;
  /** The whole journal's report: one section per association. */
  reportMs: number;
  /** Each run of the report, in order (the median hides the runs a garbage collection slowed). */
  reportRuns: number[];
  /** The report of one association (the journal read whole, one section). */
  oneAssociationMs: number;
  /** Where the time of one report goes (one run, after the timed ones). */
  stages: Record<string, number>;
  actions: number;
  /** Rows left out (errors and pending moderation): with the actions, every data row. */
  anomalies: number;
  volunteers: number;
  functions: FunctionTiming[];
  /** Heap of the journal's typed cells (bytes), undefined without --expose-gc. */
  journalBytes?: number;
  reportPeakBytes?: number;
  reportRetainedBytes?: number;
}

export interface EngineResult {
  rows: number;
  volunteers: number;
  engineMs: number;
  /** Our per-volunteer yearly totals (read + totals) on the typed journal. */
  oursMs: number;
  /** Volunteers whose totals differ between the engine and the core (0 expected). */
  mismatches: number;
  runs: number;
}

export interface BundleResult {
  bytes: number;
  loadMs: number;
  entryPoints: number;
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  smoke: boolean;
  sizes: SizeResult[];
  engine: EngineResult[];
  reportCalls: ReportCalls[];
  bundle?: BundleResult;
  peakRssBytes: number;
  /** The command line on a generated CSV of some 600 MB (not in a smoke run). */
  cliCsv?: CliCsvResult;
  /** Measures that crashed (French or English message): the smoke run fails on any. */
  errors: string[];
}

function runsFor(rows: number, smoke: boolean): number {
  if (smoke) return 1;
  if (rows <= 1_000) return 15;
  if (rows <= 10_000) return 9;
  if (rows <= 100_000) return 7;
  return 5;
}

/**
 * Arguments of a custom function, by its parameter names: the journal, the year, the roles table,
 * and one association (a money figure is never summed across the journal's associations).
 */
function argsFor(params: { name: string }[], journal: unknown[][], roles: unknown[][], association: string | undefined): unknown[] {
  return params.map((p) => {
    if (p.name === "journal") return journal;
    if (p.name === "annee") return REPORT_YEAR;
    if (p.name === "roles") return roles;
    if (p.name === "association") return association;
    return undefined;
  });
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** A custom function's result must be a number, a string or a rectangle of them, never an error. */
function checkResult(name: string, result: unknown): void {
  if (Array.isArray(result)) {
    const width = (result[0] as unknown[] | undefined)?.length;
    if (!result.every((r) => Array.isArray(r) && r.length === width)) throw new Error(`${name} returned rows of unequal width`);
  } else if (typeof result !== "number" && typeof result !== "string") {
    throw new Error(`${name} returned ${typeof result}`);
  }
}

function measureFunctions(code: string, generated: GeneratedJournal, runs: number, errors: string[]): FunctionTiming[] {
  const params = entryPointParams(loadBundle(code).context);
  const whole = withTrailingEmptyRows(generated.grid, TRAILING_EMPTY_ROWS);
  const out: FunctionTiming[] = [];
  for (const name of BUSIEST_FUNCTIONS) {
    const p = params.get(name);
    if (!p) {
      out.push({ name, exactMs: NaN, wholeColumnMs: NaN, serviceCalls: NaN, error: "absent de dist/Code.js" });
      continue;
    }
    try {
      // hours stay across associations (as before); money needs one
      const association = MONEY_FUNCTIONS.has(name) ? generated.associations[0] : undefined;
      const exact = argsFor(p, generated.grid, generated.roles, association);
      const wide = argsFor(p, whole, generated.roles, association);
      const exactRuns = timeRuns(runs, () => callCustomFunction(code, name, exact));
      checkResult(name, exactRuns.last.result);
      const wholeRuns = timeRuns(runs, () => callCustomFunction(code, name, wide));
      checkResult(name, wholeRuns.last.result);
      out.push({
        name,
        exactMs: exactRuns.medianMs,
        wholeColumnMs: wholeRuns.medianMs,
        serviceCalls: Object.values(exactRuns.last.serviceCalls).reduce((a, b) => a + b, 0),
      });
    } catch (e) {
      errors.push(`${name} (${generated.grid.length - 1} lignes) : ${describeError(e)}`);
      out.push({ name, exactMs: NaN, wholeColumnMs: NaN, serviceCalls: NaN, error: describeError(e) });
    }
  }
  return out;
}

function measureSize(rows: number, options: Required<Pick<BenchOptions, "smoke">> & { code?: string; log: (l: string) => void }, errors: string[]): SizeResult {
  const { smoke, log } = options;
  const runs = runsFor(rows, smoke);
  const { value: generated, bytes: journalBytes } = heapSizeOf(() => generateJournal({ rows }));
  const input = { grid: generated.grid, roles: generated.roles };

  const bare = timeRuns(runs, () => barePass(generated.grid));
  const single = timeRuns(runs, () => singlePassTotals(generated.grid, benchWallClock(), REPORT_YEAR));
  const report = timeRuns(runs, () => fullReport(input));
  const one = timeRuns(runs, () => fullReport({ ...input, association: generated.associations[0] }));
  const stages = reportStages(input);
  const { journal, report: yearReport } = report.last;
  const result: SizeResult = {
    rows,
    cells: rows * generated.grid[0]!.length,
    runs,
    bareMs: bare.medianMs,
    bareRuns: bare.runs,
    singlePassMs: single.medianMs,
    reportMs: report.medianMs,
    reportRuns: report.runs,
    oneAssociationMs: one.medianMs,
    stages,
    actions: actionCount(journal.actions),
    anomalies: journal.anomalies.filter((a) => a.kind !== "verifier").length,
    volunteers: yearReport.acrossAssociations.volunteers.length,
    functions: [],
  };
  log(
    `${formatCount(rows)} lignes : passe nue ${formatMs(result.bareMs)}, rapport ${formatMs(result.reportMs)} ` +
      `(${yearReport.sections.length} associations ; une seule : ${formatMs(result.oneAssociationMs)}) ` +
      `(${formatRatio(result.reportMs / result.bareMs)} la passe nue ; ${Object.entries(stages).map(([k, v]) => `${k} ${formatMs(v)}`).join(", ")})`,
  );
  if (canMeasureHeap()) {
    const heap = measureHeap(() => fullReport(input));
    result.journalBytes = journalBytes;
    result.reportPeakBytes = heap.peakAddedBytes;
    result.reportRetainedBytes = heap.retainedBytes;
    log(`  mémoire : journal ${formatBytes(journalBytes)}, rapport +${formatBytes(heap.peakAddedBytes)} au plus haut, +${formatBytes(heap.retainedBytes)} gardés`);
  }
  if (options.code) {
    result.functions = measureFunctions(options.code, generated, Math.min(runs, rows >= 1_000_000 ? 3 : runs), errors);
    for (const f of result.functions) {
      log(`  ${f.name} : ${f.error ? `ERREUR ${f.error}` : `${formatMs(f.exactMs)}, colonne entière ${formatMs(f.wholeColumnMs)}, ${f.serviceCalls} appels de service`}`);
    }
  }
  return result;
}

function compareWithEngine(rows: number, runs: number, log: (l: string) => void): EngineResult {
  const generated = generateJournal({ rows, volunteers: ENGINE_VOLUNTEERS, withFacts: true });
  // ours first: the engine leaves a large heap behind, whose collection would be charged to us
  const ours = timeRuns(Math.max(runs, 5), () => yearlyTotals(generated.grid, REPORT_YEAR));
  const engineRuns: number[] = [];
  let hours: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const r = runSumifs(generated);
    engineRuns.push(r.ms);
    hours = r.hours;
  }
  const byKey = new Map(ours.last.map((t) => [t.key, t.durationMs / 3_600_000]));
  let mismatches = 0;
  generated.volunteers.forEach((name, i) => {
    if (Math.abs((byKey.get(volunteerKeyOf(name)) ?? 0) - hours[i]!) > 1e-6) mismatches++;
  });
  const result = { rows, volunteers: generated.volunteers.length, engineMs: median(engineRuns), oursMs: ours.medianMs, mismatches, runs };
  log(
    `SUMIFS (HyperFormula), ${formatCount(rows)} lignes, ${result.volunteers} bénévoles : ${formatMs(result.engineMs)} ; ` +
      `Valorise ${formatMs(result.oursMs)} (${formatRatio(result.engineMs / result.oursMs)} plus rapide), ` +
      `${mismatches === 0 ? "mêmes totaux" : `${mismatches} totaux différents`}`,
  );
  return result;
}

function measureBundle(code: string, smoke: boolean): BundleResult {
  const loads: number[] = [];
  for (let i = 0; i < (smoke ? 3 : 30); i++) loads.push(loadBundle(code).loadMs);
  const context = loadBundle(code).context;
  return { bytes: Buffer.byteLength(code, "utf8"), loadMs: median(loads), entryPoints: entryPointParams(context).size };
}

export function runBench(options: BenchOptions = {}): BenchResults {
  const log = options.log ?? ((line: string) => console.log(line));
  const smoke = options.smoke ?? false;
  const sizes = options.sizes ?? (smoke ? SMOKE_SIZES : FULL_SIZES);
  const bundlePath = options.bundlePath ?? "dist/Code.js";
  const errors: string[] = [];
  const code = existsSync(bundlePath) ? readFileSync(bundlePath, "utf8") : undefined;
  if (!code) errors.push(`${bundlePath} absent : lancer npm run build`);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? "?",
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    smoke,
    sizes: [],
    engine: [],
    reportCalls: [],
    peakRssBytes: 0,
    errors,
  };
  if (!canMeasureHeap()) log("(node sans --expose-gc : pas de mesure du tas)");

  let bundle: BundleResult | undefined;
  if (code) {
    bundle = measureBundle(code, smoke);
    results.bundle = bundle;
    log(`dist/Code.js : ${formatBytes(bundle.bytes)}, évalué en ${formatMs(bundle.loadMs)} dans un contexte V8 neuf`);
  }

  for (const rows of sizes) {
    try {
      results.sizes.push(measureSize(rows, { smoke, code, log }, errors));
    } catch (e) {
      errors.push(`${formatCount(rows)} lignes : ${describeError(e)}`);
      log(`${formatCount(rows)} lignes : ERREUR ${describeError(e)}`);
    }
    collectGarbage();
  }

  // The engine: 10,000 rows (the issue's reference point), then the largest journal it accepts.
  const engineMax = Math.min(options.engineMaxRows ?? ENGINE_MAX_JOURNAL_ROWS, ENGINE_MAX_JOURNAL_ROWS);
  const engineSizes = smoke ? [Math.min(1_000, sizes[0] ?? 1_000)] : [10_000, engineMax].filter((n, i, all) => n <= engineMax && all.indexOf(n) === i);
  for (const rows of engineSizes) {
    try {
      results.engine.push(compareWithEngine(rows, smoke || rows > 10_000 ? 1 : 3, log));
    } catch (e) {
      errors.push(`SUMIFS ${formatCount(rows)} lignes : ${describeError(e)}`);
      log(`SUMIFS ${formatCount(rows)} lignes : ERREUR ${describeError(e)}`);
      break;
    }
    collectGarbage();
  }

  try {
    results.reportCalls = reportServiceCalls(sizes, code, log);
  } catch (e) {
    errors.push(`appels de service : ${describeError(e)}`);
    log(`appels de service : ERREUR ${describeError(e)}`);
  }

  // last: the child's memory is its own, but the file it reads takes the page cache the others used
  const csvRows = smoke ? 0 : (options.cliCsvRows ?? CLI_CSV_ROWS);
  if (smoke) log("CSV de 600 Mo par la ligne de commande : non mesuré en smoke (plusieurs minutes, 600 Mo sur disque)");
  else if (csvRows > 0) {
    try {
      const r = measureCliCsv(csvRows, log);
      results.cliCsv = r;
      log(`valorise rapport sur le CSV de ${formatBytes(r.bytes)} (${formatCount(r.rows)} lignes) : ${formatMs(r.ms)}, mémoire au plus haut (RSS) ${formatBytes(r.peakRssBytes)}`);
    } catch (e) {
      errors.push(`CSV de ${formatCount(csvRows)} lignes par la ligne de commande : ${describeError(e)}`);
      log(`CSV par la ligne de commande : ERREUR ${describeError(e)}`);
    }
  }

  results.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return results;
}
