import { readAliasTable } from "../../core/aliases/table";
import type { TableIssue } from "../../core/associations/namedRows";
import { type AssociationTable, readAssociationTable } from "../../core/associations/table";
import { type VolunteerTable, readVolunteerTable } from "../../core/volunteers/table";
import { type ColumnMapping, resolveColumns } from "../../core/journal/columnMapping";
import { requireColumns, withColumns } from "../../core/journal/columns";
import type { ColumnOverrides } from "../../core/journal/fields";
import { type JournalReader, journalReader } from "../../core/journal/read";
import { defaultReportYear } from "../../core/journal/reportYear";
import type { Journal } from "../../core/journal/types";
import { type JournalReport, buildJournalReport } from "../../core/report/yearReport";
import { readRolesTable } from "../../core/roles/table";
import type { ValuationSettingsInput } from "../../core/settings/valuation";
import { incomeYear } from "../../core/period/period";
import { today, yearOfDay } from "../../core/values/calendar";
import type { InputFile } from "../export/outputCheck";
import { type JournalFile, type JournalHead, readJournalFile, readJournalRows } from "../readers";
import { unmatchedColumnsError } from "./columnArgs";
import type { Io } from "./io";
import { type ValuationCliOptions, valuationSettingsOf } from "./valuationArgs";

/** What every journal command reads: the journal and the tables beside it. */
export interface LoadOptions {
  file: string;
  year?: number;
  sheet?: string;
  /** Roles table file (--roles). */
  roles?: string;
  /** Alias table file (--alias): "Nom dans le journal" → "Nom retenu". */
  aliases?: string;
  /** Rates, coefficient, chart, SIREN, ETP base, mileage (--taux, --table-taux, --coefficient...). */
  valuation?: ValuationCliOptions;
  /** Columns chosen by hand (--colonne champ="En-tête"). */
  columns?: ColumnOverrides;
  /** Only this association (--association). */
  association?: string;
  /** Associations table file (--associations). */
  associations?: string;
  /** Volunteers table file (--benevoles). */
  volunteers?: string;
  /** A free period (--du, --au), days included. */
  from?: number;
  to?: number;
  /**
   * Without --du/--au, the calendar year for every association instead of its exercice: receipts
   * are for an income year, whatever the association's closing day.
   */
  calendarYear?: boolean;
  /** The command values kilometres (rapport, recus): a volunteers table's vehicles unused are said. */
  vehiclesMatter?: boolean;
}

/** The journal read, and its report when the journal has a year to report on. */
export interface LoadedReport {
  journal: Journal;
  mapping: ColumnMapping;
  format: JournalHead["format"];
  encoding: JournalHead["encoding"];
  rows: number;
  year: number | null;
  associations?: AssociationTable;
  /** The volunteers table (--benevoles); its issues and the report's volunteerIssues are said on stderr. */
  volunteers?: VolunteerTable;
  journalReport: JournalReport | null;
  /** The day the command runs: documents are dated with it. */
  day: number;
}

/** Reads the journal and its tables, and builds the report every command starts from. */
export async function loadJournalReport(options: LoadOptions, io: Io): Promise<LoadedReport> {
  const day = today();
  const { journal, mapping, format, encoding, rows } = await readJournalStream(options, io, day);
  const rolesFile = options.roles === undefined ? undefined : await readSideTable(options.roles, io);
  const roles = rolesFile && readRolesTable(rolesFile.grid, { wallClock: rolesFile.wallClock });
  const typed = await valuationSettingsOf(options.valuation ?? {}, async (path) => (await readSideTable(path, io)).grid);
  const { common, overrides } = splitAssociationSettings(typed);
  const associations = options.associations === undefined ? undefined : await readCheckedTable(options.associations, io, readAssociationTable);
  const volunteers = options.volunteers === undefined ? undefined : await readCheckedTable(options.volunteers, io, readVolunteerTable);
  // kilometres not valued: the table's vehicles serve nothing (a rate per km is checked against their scale)
  if (volunteers?.rows.some((r) => r.vehicle) && (typed.mileage?.mode ?? "aucun") === "aucun" && options.vehiclesMatter) {
    io.err(`Attention : ${options.volunteers} : les véhicules de la table des bénévoles servent au barème kilométrique (--cv) ou à vérifier un taux par km (--taux-km) : sans l'un ni l'autre, ils ne sont pas utilisés.\n`);
  }
  const year = options.year ?? (options.to !== undefined ? yearOfDay(options.to) : undefined) ?? closingYear(overrides.closingDate)
    ?? defaultReportYear(journal, day) ?? null;
  if (year !== null && !journal.years.includes(year) && options.from === undefined) {
    const present = journal.years.length ? `années présentes : ${journal.years.join(", ")}` : "aucune action comptée dans le journal";
    io.err(`Attention : aucune action comptée en ${year} (${present}).\n`);
  }
  const period = options.from !== undefined ? { from: options.from, to: options.to! }
    : options.calendarYear && year !== null ? incomeYear(year) : undefined;
  const journalReport = year === null ? null : buildJournalReport(journal, year, {
    roles, valuationSettings: common, overrides, associations: associations?.rows, association: options.association,
    ...(volunteers ? { volunteers } : {}),
    ...(period ? { period } : {}),
  });
  sayIssues(options.volunteers, journalReport?.volunteerIssues ?? [], io);
  return { journal, mapping, format, encoding, rows, year, ...(associations ? { associations } : {}), ...(volunteers ? { volunteers } : {}), journalReport, day };
}

/** The files the command reads, each named with its option: none may be written over. */
export function inputFiles(options: LoadOptions): InputFile[] {
  const inputs: InputFile[] = [{ path: options.file, what: "le journal lu" }];
  const side: [string | undefined, string, string][] = [
    [options.roles, "la table des rôles", "--roles"],
    [options.aliases, "la table des alias", "--alias"],
    [options.associations, "la table des associations", "--associations"],
    [options.volunteers, "la table des bénévoles", "--benevoles"],
    [options.valuation?.rateTable, "la table de taux", "--table-taux"],
  ];
  for (const [path, what, option] of side) if (path !== undefined) inputs.push({ path, what, option });
  return inputs;
}

/**
 * Reads the journal as a stream into the journal reader: each row is read as it comes, nothing
 * but the journal's compact table is kept (a CSV of millions of rows stays far under a gigabyte).
 * The columns are checked on the header row, before any other row is read.
 */
async function readJournalStream(options: LoadOptions, io: Io, day: number): Promise<{ journal: Journal; mapping: ColumnMapping; rows: number } & Pick<JournalHead, "format" | "encoding">> {
  let mapping: ColumnMapping | undefined;
  let reader: JournalReader | undefined;
  const read = await readJournalRows(options.file, { sheet: options.sheet }, async (headers, { wallClock }) => {
    mapping = resolveColumns(headers, { overrides: options.columns });
    const unmatched = unmatchedColumnsError(mapping, headers);
    if (unmatched) throw unmatched;
    requireColumns(mapping.columns, headers, `Indiquez la colonne à lire avec --colonne, par exemple --colonne date="Jour" (voir valorise --help).`);
    const aliasFile = options.aliases === undefined ? undefined : await readSideTable(options.aliases, io);
    const aliases = aliasFile && readAliasTable(aliasFile.grid);
    const journal = journalReader(withColumns([headers], mapping.columns)[0]!, { wallClock, aliases, today: day });
    reader = journal;
    // the readers count data rows from 1 under the headers; the journal names sheet rows, the headers' being 1
    return { row: (cells, index) => journal.row(cells, index + 1), reject: (r) => journal.reject(r.index + 1, r.column, r.problem) };
  });
  return { journal: reader!.finish(), mapping: mapping!, rows: read.rows, format: read.format, encoding: read.encoding };
}

/** The settings typed for one association (--siren, --plan, --cloture, --territoire) apart from those common to all. */
function splitAssociationSettings(typed: ValuationSettingsInput): { common: ValuationSettingsInput; overrides: ValuationSettingsInput } {
  const { siren, chart, closingDate, territory, ...common } = typed;
  const overrides = Object.fromEntries(Object.entries({ siren, chart, closingDate, territory }).filter(([, v]) => v !== undefined));
  return { common, overrides };
}

/** --cloture 30/06/2025 without --annee: the report is on the exercice it closes. */
function closingYear(closingDate: string | undefined): number | undefined {
  const m = closingDate && /^(\d{4})-/.exec(closingDate);
  return m ? Number(m[1]) : undefined;
}

/** A table's problems, said with its file: row, column and reason. */
function sayIssues(path: string | undefined, issues: readonly TableIssue[], io: Io): void {
  for (const i of issues) io.err(`Attention : ${path}, ligne ${i.row}, colonne « ${i.column} » : ${i.problem}\n`);
}

/** The associations (--associations) or volunteers (--benevoles) table: its problems are said on stderr and listed in the JSON report. */
async function readCheckedTable<T extends { issues: readonly TableIssue[] }>(
  path: string,
  io: Io,
  read: (grid: JournalFile["grid"], options: { wallClock: JournalFile["wallClock"] }) => T,
): Promise<T> {
  const file = await readSideTable(path, io);
  const table = read(file.grid, { wallClock: file.wallClock });
  sayIssues(path, table.issues, io);
  return table;
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
