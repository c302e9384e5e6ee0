import { COLUMN_ALIASES, type Field, mapColumns } from "../../core/journal/columns";
import { headerKey } from "../../core/text/normalize";
import { readHeaderRow } from "./grid";
import { isReportSheet } from "./marks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How the sidebar names each journal field. */
export const FIELD_LABELS: Record<Field, string> = {
  volunteer: "Bénévole",
  firstName: "Prénom",
  lastName: "Nom",
  pseudo: "Pseudo",
  date: "Date",
  endDate: "Date de fin",
  decimalHours: "Heures (décimal)",
  duration: "Durée",
  category: "Catégorie",
  project: "Projet",
  level: "Niveau",
  distance: "Distance (km)",
  association: "Association",
  role: "Rôle",
  title: "Titre",
  description: "Description",
  pending: "En attente de modération",
  startTime: "Heure de début",
  endTime: "Heure de fin",
  email: "Adresse e-mail",
};

/** Fields the report uses when present: the preview says which ones are absent. */
const USEFUL: Field[] = ["category", "level", "role", "association", "distance", "pending", "project", "endDate"];

export interface DetectedColumns {
  columns: { field: Field; label: string; header: string; column: string }[];
  /** French description of each required field that is missing ([] when the sheet is a journal). */
  missing: string[];
  /** Labels of optional fields not found. */
  absent: string[];
}

export function columnLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function detectColumns(headers: readonly unknown[], firstColumn = 1): DetectedColumns {
  const map = mapColumns(headers);
  const columns = (Object.keys(COLUMN_ALIASES) as Field[])
    .filter((f) => map[f])
    .map((f) => ({ field: f, label: FIELD_LABELS[f], header: map[f]!.header, column: columnLetter(firstColumn + map[f]!.index) }))
    .sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  const missing: string[] = [];
  if (!map.volunteer && !map.firstName && !map.lastName && !map.pseudo) missing.push("Bénévole (ou Prénom et Nom, ou Pseudo)");
  if (!map.date) missing.push("Date");
  if (!map.decimalHours && !map.duration) missing.push("Durée (ou Heures)");
  return { columns, missing, absent: USEFUL.filter((f) => !map[f]).map((f) => FIELD_LABELS[f]) };
}

const ROLE_HEADERS = new Set(["role", "roles", "fonction", "fonctions"].map(headerKey));
const NAME_HEADERS = new Set(["Bénévole", "Nom complet", "Membre", "Prénom", "Nom", "Pseudo"].map(headerKey));

/** A roles table (Bénévole, Rôle…) that is not a journal: offered as the roles sheet of a new document. */
export function looksLikeRoles(headers: readonly unknown[]): boolean {
  const keys = headers.map(headerKey);
  return keys.some((k) => ROLE_HEADERS.has(k)) && keys.some((k) => NAME_HEADERS.has(k)) && !looksLikeJournal(headers);
}

export function looksLikeJournal(headers: readonly unknown[]): boolean {
  return headers.length > 0 && detectColumns(headers).missing.length === 0;
}

/** The sheet the user named, else the first sheet (not written by Valorise) whose headers look like a journal. */
export function findJournalSheet(spreadsheet: Spreadsheet, name: string | undefined): Sheet | undefined {
  if (name) return spreadsheet.getSheetByName(name) ?? undefined;
  return spreadsheet.getSheets().find((s) => !isReportSheet(s) && looksLikeJournal(readHeaderRow(s)));
}
