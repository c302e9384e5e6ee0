import { cellText } from "../../core/journal/cells";
import { actionCount } from "../../core/journal/store";
import type { Journal } from "../../core/journal/types";
import { defaultReportYear } from "../../core/journal/reportYear";
import type { RolesTable } from "../../core/roles/table";
import { associationGroups } from "../../core/report/associationGroups";
import { journalNames, rolesTableIssues } from "../../core/roles/unmatched";
import { headerCells, resolveColumns } from "../../core/journal/columnMapping";
import type { Field } from "../../core/journal/columns";
import { columnLetter } from "../../core/text/columnLetter";
import { MS_PER_DAY, frenchDate, today } from "../../core/values/calendar";
import { isDate } from "../../core/values/isDate";
import { readAliasSheet } from "../sheets/aliasSheet";
import { ASSOCIATION_SHEET, readAssociationSheet } from "../sheets/associationSheet";
import type { SourcePreview } from "../../contract/sidebar";
import { userMessage } from "./errors";
import { findingsSummary } from "./findings";
import { type JournalData, type SourceInput, parseJournal, readJournalData, readRates, readRoles } from "./load";
import { issueDetails } from "./tableIssues";
import { groupThousands } from "../../core/text/thousands";


export function emptyPreview(message: string): SourcePreview {
  return {
    ok: false, message, sheet: "", range: "", rows: 0, columns: [], ignored: [], notices: [], headers: [], automatic: {},
    missing: [], absent: [], years: [], defaultYear: null, counted: 0, findings: { errors: 0, toCheck: 0, pending: 0, duplicates: 0, details: [] },
    aliases: null, roles: null, rates: null, associations: [], associationTable: null,
  };
}

/** The header each field reads when nothing is chosen by hand. */
function automaticHeaders(d: JournalData, input: SourceInput): Partial<Record<Field, string>> {
  const map = input.columns && Object.keys(input.columns).length ? resolveColumns(d.data.grid[0] ?? []).columns : d.detected.map;
  const out: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(map) as Field[]) out[field] = map[field]!.header;
  return out;
}

/** The first data row's cell of a column, as text (dates on the spreadsheet's wall clock). */
function example(d: JournalData, field: Field): string {
  const index = d.detected.map[field]?.index;
  const cell = index === undefined ? "" : d.data.grid[1]?.[index];
  if (isDate(cell)) {
    const ms = d.wallClock(cell);
    const day = Math.floor(ms / MS_PER_DAY);
    return day < 0 ? new Date(ms).toISOString().slice(11, 16) : frenchDate(day);
  }
  const text = cellText(cell);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A side table read: how many issues, the first ones spelled out, no error. */
const readIssues = (issues: Parameters<typeof issueDetails>[0]) => ({ issues: issues.length, details: issueDetails(issues), error: "" });

function rangeText(d: JournalData): string {
  const { grid, firstRow, firstColumn } = d.data;
  const width = grid[0]?.length ?? 1;
  return `${columnLetter(firstColumn)}${firstRow}:${columnLetter(firstColumn + width - 1)}${firstRow + grid.length - 1}`;
}

/** The roles table's counts and first issues; rows matching nothing are checked once the journal is read. */
function rolesPreview(sheet: string, roles: RolesTable, journal: Journal | undefined): NonNullable<SourcePreview["roles"]> {
  const issues = journal ? rolesTableIssues(roles, journalNames(journal)) : roles.issues;
  return { sheet, entries: roles.entries.length, ...readIssues(issues) };
}

/** What the source settings point at: detected columns, what is missing, years, roles and rates sheets. */
export function describeSource(input: SourceInput): SourcePreview {
  let d: JournalData;
  try {
    d = readJournalData(input);
  } catch (error) {
    return emptyPreview(userMessage(error));
  }
  const preview: SourcePreview = {
    ...emptyPreview(""),
    sheet: d.sheetName,
    range: rangeText(d),
    rows: Math.max(0, d.data.grid.length - 1),
    columns: d.detected.columns.map(({ field, label, header, column, manual }) => ({ field, label, header, column, example: example(d, field), manual })),
    ignored: d.detected.ignored,
    notices: d.detected.notices,
    headers: [...new Set(headerCells(d.data.grid[0] ?? []).map((c) => c.header))],
    automatic: automaticHeaders(d, input),
    missing: d.detected.missing,
    absent: d.detected.absent,
  };
  let journal: Journal | undefined;
  try {
    const aliases = readAliasSheet(d.spreadsheet, input.aliasSheet);
    if (aliases) preview.aliases = { sheet: aliases.sheet, entries: aliases.table.entries.length };
    journal = parseJournal(d, aliases);
    const counted = actionCount(journal.actions);
    Object.assign(preview, {
      ok: true,
      years: journal.years,
      defaultYear: defaultReportYear(journal, today()) ?? null,
      counted,
      associations: associationGroups(journal).map((g) => g.name),
      findings: findingsSummary(journal),
      message: journal.years.length ? `${groupThousands(counted)} action${counted > 1 ? "s comptées" : " comptée"}.` : "Aucune action comptée dans ce journal.",
    });
  } catch (error) {
    preview.message = userMessage(error);
  }
  if (input.rolesSheet) {
    try {
      preview.roles = rolesPreview(input.rolesSheet, readRoles(d, input.rolesSheet), journal);
    } catch (error) {
      preview.roles = { sheet: input.rolesSheet, entries: 0, issues: 0, details: [], error: userMessage(error) };
    }
  }
  if (input.rateSheet) {
    try {
      preview.rates = { sheet: input.rateSheet, rows: readRates(d, input.rateSheet).rows.length, error: "" };
    } catch (error) {
      preview.rates = { sheet: input.rateSheet, rows: 0, error: userMessage(error) };
    }
  }
  try {
    const table = readAssociationSheet(d.spreadsheet, input.associationSheet, d.wallClock);
    if (table) {
      const { rows, issues } = table.table;
      preview.associationTable = { sheet: table.sheet, rows: rows.length, ...readIssues(issues) };
    }
  } catch (error) {
    preview.associationTable = { sheet: input.associationSheet || ASSOCIATION_SHEET, rows: 0, issues: 0, details: [], error: userMessage(error) };
  }
  return preview;
}
