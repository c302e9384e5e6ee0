// What the benchmark times on the core side: the floor (one bare pass over every cell), a
// reference single-pass aggregation, and the full yearly report the CLI, the report sheets and
// the sidebar all render.

import { readJournal } from "../../src/core/journal/read";
import type { Grid, Journal, WallClock } from "../../src/core/journal/types";
import { type JournalReport, buildJournalReport } from "../../src/core/report/yearReport";
import { readRolesTable, type RolesTable } from "../../src/core/roles/table";
import { buildCecReport } from "../../src/core/cec/report";
import { valueActions } from "../../src/core/valuation/valuation";
import { buildAccounting } from "../../src/core/accounting/summary";
import { actionsOfYear, volunteerTotals } from "../../src/core/totals/volunteers";
import { intlWallClock } from "../../src/local/timezone";
import { BENCH_TIME_ZONE, REPORT_YEAR } from "./generate";

/**
 * The floor: reads every cell of every row once and folds it into a checksum (so the reads
 * cannot be optimised away). Nothing less can look at a journal.
 */
export function barePass(grid: Grid): number {
  let sum = 0;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number") sum += v;
      else if (typeof v === "string") sum += v.length;
      else if (v !== null && typeof v === "object") sum += 1;
    }
  }
  return sum;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Reference: hours per volunteer in one pass, columns fixed, the zone offset cached per
 * quarter hour. What a hand-tuned loop with no validation costs: a yardstick, not a product.
 */
export function singlePassTotals(grid: Grid, wallClock: WallClock, year: number): Map<string, number> {
  const offsets = new Map<number, number>();
  const wall = (d: Date) => {
    const t = d.getTime();
    const bucket = Math.floor(t / 900_000);
    let o = offsets.get(bucket);
    if (o === undefined) offsets.set(bucket, (o = wallClock(d) - t));
    return t + o;
  };
  const origin = Date.UTC(1899, 11, 30);
  const yearStart = Date.UTC(year, 0, 1) / DAY_MS;
  const yearEnd = Date.UTC(year + 1, 0, 1) / DAY_MS;
  const totals = new Map<string, number>();
  for (let i = 1; i < grid.length; i++) {
    const row = grid[i]!;
    if (row[10] === true) continue;
    const date = row[6];
    if (!(date instanceof Date)) continue;
    const day = Math.floor(wall(date) / DAY_MS);
    if (day < yearStart || day >= yearEnd) continue;
    const h = row[9];
    const duration = row[8];
    const ms = typeof h === "number" ? h * HOUR_MS : duration instanceof Date ? wall(duration) - origin : 0;
    const key = `${row[0]} ${row[1]}${row[2]}`;
    totals.set(key, (totals.get(key) ?? 0) + ms);
  }
  return totals;
}

export interface CoreInput {
  grid: Grid;
  roles: Grid;
  year?: number;
  /** Only this association (a treasurer's own report); every association of the journal when omitted. */
  association?: string;
}

export interface CoreReport {
  journal: Journal;
  roles: RolesTable;
  report: JournalReport;
}

export function benchWallClock(): WallClock {
  return intlWallClock(BENCH_TIME_ZONE);
}

/** The full yearly report from the typed ranges: read, then per association totals, valuation, accounting; the CEC. */
export function fullReport(input: CoreInput): CoreReport {
  const wallClock = benchWallClock();
  const journal = readJournal(input.grid, { wallClock });
  const roles = readRolesTable(input.roles, { wallClock });
  const report = buildJournalReport(journal, input.year ?? REPORT_YEAR, { roles, ...(input.association ? { association: input.association } : {}) });
  return { journal, roles, report };
}

/** The per-volunteer yearly totals alone (what one SUMIFS per volunteer gives a treasurer). */
export function yearlyTotals(grid: Grid, year = REPORT_YEAR) {
  const journal = readJournal(grid, { wallClock: benchWallClock() });
  return volunteerTotals(journal, year);
}

/** The stages of fullReport, timed one by one (one run): where the time goes. */
export function reportStages(input: CoreInput): Record<string, number> {
  const year = input.year ?? REPORT_YEAR;
  const wallClock = benchWallClock();
  const times: Record<string, number> = {};
  const stage = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const value = fn();
    times[name] = performance.now() - t0;
    return value;
  };
  const journal = stage("read journal", () => readJournal(input.grid, { wallClock }));
  const roles = stage("read roles", () => readRolesTable(input.roles, { wallClock }));
  stage("totals", () => volunteerTotals(journal, year));
  stage("CEC", () => buildCecReport(journal, year, { roles }));
  const valuation = stage("valuation", () => valueActions(actionsOfYear(journal, year), {}, year));
  stage("accounting", () => buildAccounting(valuation, year));
  return times;
}
