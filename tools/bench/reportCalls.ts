// Service calls of a full report generation (the sidebar's "Générer") through the emulator:
// what a menu action pays in Apps Script, where each call costs far more than in Node.

import { loadBundle } from "./appsScript";
import { createServices } from "../emulator";
import { FakeRange } from "../emulator/range";
import type { SheetModel } from "../emulator";
import { defaultFormats } from "../emulator/numberFormat";
import { wallMsToSerial } from "../emulator/serial";
import { intlWallClock } from "../../src/local/timezone";
import { defaultSettings } from "../../src/core/settings";
import { BENCH_TIME_ZONE, generateJournal, REPORT_YEAR } from "./generate";
import { formatCount, formatMs } from "./measure";

export interface ReportCalls {
  rows: number;
  /** Every service call of the generation. */
  total: number;
  getValues: number;
  /** Largest number of cells one getValues read. */
  maxCellsPerRead: number;
  byMethod: Record<string, number>;
  /** Wall time of the generation in the emulator (not a target: the emulator is no Apps Script). */
  ms: number;
  /** The sidebar's answer: ok, or the message. */
  ok: boolean;
  message: string;
}

export const JOURNAL_SHEET = "Journal";
export const ROLES_SHEET = "Rôles";

/**
 * Stores typed cells in a sheet model as Sheets does (dates as serials with a date format, "" as
 * empty), row arrays written directly: seeding cell by cell would dominate the run at 1,000,000 rows.
 */
function storeGrid(sheet: SheetModel, grid: readonly unknown[][]): void {
  const wall = intlWallClock(BENCH_TIME_ZONE);
  const formats = defaultFormats("fr_FR");
  const width = grid[0]?.length ?? 0;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i]!;
    const values: (string | number | boolean | undefined)[] = new Array(width);
    let rowFormats: (string | undefined)[] | undefined;
    for (let j = 0; j < width; j++) {
      const v = row[j];
      if (v === "" || v === null || v === undefined) continue;
      if (v instanceof Date) {
        values[j] = wallMsToSerial(wall(v));
        (rowFormats ??= new Array(width))[j] = v.getTime() < 0 ? formats.duration : formats.date;
      } else values[j] = v as string | number | boolean;
    }
    sheet.values[i] = values;
    if (rowFormats) sheet.formats[i] = rowFormats;
  }
  sheet.ensureSize(grid.length, width);
}

interface GenerateAnswer {
  ok: boolean;
  message: string;
}

function generationCalls(rows: number, code: string): ReportCalls {
  const generated = generateJournal({ rows });
  const { globals, handle } = createServices({ timeZone: BENCH_TIME_ZONE, sheets: [{ name: JOURNAL_SHEET, rows: [] }, { name: ROLES_SHEET, rows: [] }] });
  storeGrid(handle.sheet(JOURNAL_SHEET), generated.grid);
  storeGrid(handle.sheet(ROLES_SHEET), generated.roles);
  const { context } = loadBundle(code, globals);
  const generate = (context as Record<string, unknown>).generateReport;
  if (typeof generate !== "function") throw new Error("generateReport absent de dist/Code.js");
  const settings = defaultSettings();
  settings.source = { sheet: JOURNAL_SHEET, range: "", rolesSheet: ROLES_SHEET, rateSheet: "" };
  settings.association = { ...settings.association, name: "Fédération des associations (banc)" };
  handle.calls.reset();
  const reads: number[] = [];
  const getValues = FakeRange.prototype.getValues;
  // records the cells of each read (the counter only counts calls)
  FakeRange.prototype.getValues = function (this: FakeRange) {
    const values = getValues.call(this);
    reads.push(values.length * (values[0]?.length ?? 0));
    return values;
  };
  let answer: GenerateAnswer;
  const t0 = performance.now();
  try {
    answer = (generate as (input: unknown) => GenerateAnswer)({ year: REPORT_YEAR, settings });
  } finally {
    FakeRange.prototype.getValues = getValues;
  }
  const ms = performance.now() - t0;
  const byMethod = handle.calls.snapshot();
  return {
    rows,
    total: handle.calls.count(),
    getValues: byMethod["Range.getValues"] ?? 0,
    maxCellsPerRead: Math.max(0, ...reads),
    byMethod,
    ms,
    ok: answer?.ok === true,
    message: String(answer?.message ?? ""),
  };
}

export function reportServiceCalls(sizes: number[], code: string | undefined, log: (line: string) => void): ReportCalls[] {
  if (!code) return [];
  const out: ReportCalls[] = [];
  for (const rows of sizes) {
    const calls = generationCalls(rows, code);
    out.push(calls);
    log(
      `génération du rapport (émulateur), ${formatCount(rows)} lignes : ${calls.total} appels de service dont ${calls.getValues} getValues, ` +
        `${formatMs(calls.ms)}${calls.ok ? "" : ` — ÉCHEC : ${calls.message}`}`,
    );
    if (!calls.ok) throw new Error(`generateReport (${formatCount(rows)} lignes) : ${calls.message}`);
  }
  return out;
}
