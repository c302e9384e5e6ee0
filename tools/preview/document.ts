// The emulated spreadsheet the preview starts from: the sample journal imported as Sheets would
// (typed cells: dates, durations, booleans), and the roles table when the examples have one.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Grid } from "../../src/core/journal/types";
import { type SeedCell, type SheetSeed, sheetFromRows } from "../emulator";
import { parseCsv } from "../../src/local/readers/csv";

export const JOURNAL_SHEET = "Journal";
export const ROLES_SHEET = "Rôles";

/** A CSV cell as File > Import with "convert text to numbers, dates and formulas" would store it. */
export function typedCell(cell: unknown): SeedCell {
  if (cell === null || cell === undefined || cell === "") return "";
  if (typeof cell !== "string") return cell as SeedCell;
  // A leading "=" is data here, never a formula to run.
  return cell.startsWith("=") ? cell : { typed: cell };
}

export function typedRows(grid: Grid): SeedCell[][] {
  return grid.map((row) => row.map(typedCell));
}

function csvGrid(path: string): Grid {
  return parseCsv(readFileSync(path, "utf8"));
}

export interface DocumentOptions {
  /** Journal rows (header first) instead of examples/benevalo-export.csv. */
  journalRows?: SeedCell[][];
  /** Roles rows instead of examples/roles.csv; null: no roles sheet. */
  rolesRows?: SeedCell[][] | null;
  root?: string;
  /** A new spreadsheet instead: one empty sheet, « Feuille 1 », as Sheets names it in French. */
  blank?: boolean;
}

export function sampleSheets(options: DocumentOptions = {}): SheetSeed[] {
  if (options.blank) return [sheetFromRows("Feuille 1", [])];
  const root = options.root ?? process.cwd();
  const journal = options.journalRows ?? typedRows(csvGrid(resolve(root, "examples/benevalo-export.csv")));
  const sheets = [sheetFromRows(JOURNAL_SHEET, journal, { maxRows: Math.max(1000, journal.length + 100), maxColumns: 26 })];
  const rolesPath = resolve(root, "examples/roles.csv");
  const roles = options.rolesRows === undefined ? (existsSync(rolesPath) ? typedRows(csvGrid(rolesPath)) : null) : options.rolesRows;
  if (roles) sheets.push(sheetFromRows(ROLES_SHEET, roles));
  return sheets;
}
