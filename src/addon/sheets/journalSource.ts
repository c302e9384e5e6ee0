import { resolveColumns } from "../../core/journal/columnMapping";
import { type ColumnMap, type ColumnOverrides, type Field, missingRequirements, type Requirement } from "../../core/journal/columns";
import { FIELDS, FIELD_LABELS } from "../../core/journal/fields";
import { columnLetter } from "../../core/text/columnLetter";
import { hasNameAndRoleHeaders } from "../../core/roles/table";
import { readHeaderRow } from "./grid";
import { valoriseKind } from "./marks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Fields the report uses when present: the preview says which ones are absent. */
const USEFUL: Field[] = ["category", "level", "role", "association", "distance", "pending", "project", "endDate"];

const REQUIREMENT_LABELS: Record<Requirement, string> = {
  identity: "Bénévole (ou Prénom et Nom, Pseudo, E-mail)",
  date: "Date",
  duration: "Durée (ou Heures, ou Heure de début et Heure de fin)",
};

export interface DetectedColumns {
  columns: { field: Field; label: string; header: string; column: string; manual: boolean }[];
  /**
   * French description of each required field that is missing and of each column chosen by hand
   * that the sheet does not have ([] when the sheet is a journal).
   */
  missing: string[];
  /** Labels of optional fields not found. */
  absent: string[];
  /** Columns no field reads. */
  ignored: { header: string; column: string }[];
  /** French notes on the columns (repeated headers, Horodateur read as the date…). */
  notices: string[];
  /** The map the reader is given. */
  map: ColumnMap;
}

/** The journal's columns: found by their headers' meaning, or chosen by hand (`overrides`). */
export function detectColumns(headers: readonly unknown[], firstColumn = 1, overrides?: ColumnOverrides): DetectedColumns {
  const mapping = resolveColumns(headers, { overrides, firstColumn });
  const map = mapping.columns;
  const letter = (index: number) => columnLetter(firstColumn + index);
  const columns = FIELDS.filter((f) => map[f])
    .map((f) => ({ field: f, label: FIELD_LABELS[f], header: map[f]!.header, column: letter(map[f]!.index), manual: mapping.manual.includes(f) }))
    .sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  const missing = [
    ...mapping.unmatched.map((u) => `${FIELD_LABELS[u.field]} : la colonne « ${u.header} » choisie n'est pas dans la feuille`),
    ...missingRequirements(map).map((r) => REQUIREMENT_LABELS[r]),
  ];
  return {
    columns,
    missing,
    absent: USEFUL.filter((f) => !map[f]).map((f) => FIELD_LABELS[f]),
    ignored: mapping.ignored.map((c) => ({ header: c.header, column: letter(c.index) })),
    notices: mapping.notices,
    map,
  };
}

/** A roles table (Bénévole, Rôle…) that is not a journal: offered as the roles sheet of a new document. */
export function looksLikeRoles(headers: readonly unknown[]): boolean {
  return hasNameAndRoleHeaders(headers) && !looksLikeJournal(headers);
}

export function looksLikeJournal(headers: readonly unknown[]): boolean {
  return headers.length > 0 && detectColumns(headers).missing.length === 0;
}

/** The sheet the user named, else the first sheet (not created by Valorise) whose headers look like a journal. */
export function findJournalSheet(spreadsheet: Spreadsheet, name: string | undefined): Sheet | undefined {
  if (name) return spreadsheet.getSheetByName(name) ?? undefined;
  return spreadsheet.getSheets().find((s) => !valoriseKind(s) && looksLikeJournal(readHeaderRow(s)));
}
