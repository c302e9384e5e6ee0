// The contract between the sidebar page (src/sidebar) and the add-on's server (src/addon/sidebar),
// owned by neither: what crosses google.script.run, plain objects of strings, numbers, booleans and
// arrays (no Date), and the server functions' names. The page calls them by these names
// (src/sidebar/server.ts), the server's entry points must match them (src/addon/sidebar/entryPoints.ts):
// tsc checks both.
import type { PackedDocumentReport } from "../core/documents/documentPack";
import type { PackedExportSection } from "../core/export/sectionPack";
import type { Field } from "../core/journal/fields";
import type { ColumnCheck } from "../core/journal/template";
import type { FieldErrors, Settings } from "../core/settings";

export interface SheetInfo {
  name: string;
  /** Its header row looks like a journal. */
  journal: boolean;
  /** Written by Valorise (a report sheet). */
  report: boolean;
}

/** What the journal's reading found, counted by kind (the same counts as the Anomalies sheet). */
export interface FindingsSummary {
  /** Rows left out of the totals (unreadable). */
  errors: number;
  /** Rows counted but to check. */
  toCheck: number;
  /** Rows waiting for moderation, left out. */
  pending: number;
  /** Names that may be one person or association, never merged. */
  duplicates: number;
  /** The first ten possible duplicates in French, each spelling with its hours, then "et N autres". */
  details: string[];
}

export interface SourcePreview {
  ok: boolean;
  /** French summary, or what is wrong. */
  message: string;
  sheet: string;
  /** A1 range read, e.g. "A1:O2208". */
  range: string;
  /** Data rows under the header row. */
  rows: number;
  /** Each column read with the value of the first data row as an example; manual: chosen by hand. */
  columns: { field: Field; label: string; header: string; column: string; example: string; manual: boolean }[];
  /** Columns no field reads. */
  ignored: { header: string; column: string }[];
  /** French notes on the columns: repeated headers and the one read, Horodateur read as the date… */
  notices: string[];
  /** The header row's headers, for choosing columns by hand. */
  headers: string[];
  /** The header each field would read without the choices made by hand. */
  automatic: Partial<Record<Field, string>>;
  /** Required columns not found. */
  missing: string[];
  /** Optional columns not found (Catégorie, Niveau, Rôle…). */
  absent: string[];
  /** Years with counted actions, newest first. */
  years: number[];
  /** The year offered first: the latest, not in the future, that holds a real share of the actions (null: none). */
  defaultYear: number | null;
  counted: number;
  findings: FindingsSummary;
  /** The alias table read (sheet, rows), or null when there is none. */
  aliases: { sheet: string; entries: number } | null;
  /** Roles table: rows read, issues (unreadable rows, rows matching nothing in the journal), the first ones in French. */
  roles: { sheet: string; entries: number; issues: number; details: string[]; error: string } | null;
  rates: { sheet: string; rows: number; error: string } | null;
  /** The journal's associations (spellings grouped), "" for its actions with none; one alone: nothing to choose. */
  associations: string[];
  /** Associations table: rows read, issues (bad cells, rows ignored), the first ones in French. */
  associationTable: { sheet: string; rows: number; issues: number; details: string[]; error: string } | null;
}

export interface SidebarState {
  settings: Settings;
  saved: boolean;
  /** French note when stored settings were unreadable. */
  problem: string;
  spreadsheetName: string;
  sheets: SheetInfo[];
  source: SourcePreview;
}

export type SaveResult = { ok: true; settings: Settings; message: string } | { ok: false; errors: FieldErrors; message: string };

export interface WrittenSheetInfo {
  kind: string;
  name: string;
  sheetId: number;
  url: string;
  rows: number;
}

/** How many names of each CEC status the page lists. */
export const CEC_NAMES_SHOWN = 50;

/** CEC statuses someone has to act on: declare (eligible), confirm a role (conditional), ask for hours elsewhere (incomplete). */
export type CecToDo = "eligible" | "conditional" | "incomplete";

export type GenerateResult =
  | {
      ok: true;
      year: number;
      message: string;
      sheets: WrittenSheetInfo[];
      /** Hours and people across the associations; money per association, never summed. */
      totals: { volunteers: number; hours: number; eligible: number; amounts: { association: string; period: string; amount: string }[] };
      findings: FindingsSummary;
      /** The volunteers to reach about the CEC, by status, each to be told something else: CEC_NAMES_SHOWN names at most, and one more when there are more. */
      cecNames: Record<CecToDo, string[]>;
    }
  | { ok: false; message: string; errors?: FieldErrors; busy?: boolean };

/** Before « Générer »: this year's sheets Valorise would replace or delete (as it wrote them), and those it keeps. */
export type ReportPlan =
  | {
      ok: true;
      year: number;
      /** Rewritten with the new report. */
      replace: string[];
      /** No longer part of the report (the chosen associations changed): deleted. */
      remove: string[];
      /** Renamed or edited since: kept as they are, the new report written beside; "« name » (why)". */
      kept: string[];
    }
  | { ok: false; message: string; errors?: FieldErrors };

/**
 * getDownloads without a kind: each association's set of files, as a packed section (src/core/export/sectionPack.ts),
 * from which the page writes the CSV and entries files (src/sidebar/exportFiles.ts). Named `sets`: the Apps Script
 * bundle shortens `sections`.
 */
export type DownloadsResult = { ok: true; year: number; sets: PackedExportSection[] } | { ok: false; message: string };

/**
 * getDownloads with a kind: the documents' part of the report and the volunteers table's addresses (null without
 * the « Fiches bénévoles » sheet); the page builds the documents (src/sidebar/documents.ts).
 */
export type DocumentsResult =
  | { ok: true; year: number; kind: "attestations" | "recus"; day: number; report: PackedDocumentReport; volunteers: DocumentPerson[] | null }
  | { ok: false; message: string };

/** A row of the volunteers table as the documents read it, by the journal's key of the person ("" for no address). */
export type DocumentPerson = [key: string, address: string, publicAgent: boolean];

export type AliasTableResult = { ok: true; sheet: string; created: boolean; message: string } | { ok: false; message: string; busy?: boolean };

/** « Créer la table des associations »: created is always true (an existing sheet is never written to). */
export type AssociationTableResult = AliasTableResult;

/**
 * « Créer une feuille Journal » and « Importer un export Bénévalibre »: rows written into a new sheet,
 * never into an existing one. The page sends what to write (the template of src/core/journal/template.ts,
 * or the file it read) so that none of it weighs on dist/Code.js, loaded on every custom-function call.
 */
export interface JournalSheetRequest {
  /** The name wanted; a free one is taken (« Journal (2) »). Ignored with sheetId. */
  name: string;
  /** Text cells, the header row first; written as text, exactly (a leading = stays text). */
  rows: string[][];
  /** The rest of an import: rows added below those of the sheet this import created (its sheetId). */
  sheetId?: number;
  /** More parts of the import follow: until the last one, the sheet is no journal and may still grow. */
  more?: boolean;
  /** A note under each header (template only; a new sheet only). */
  headerNotes?: string[];
  /** Data validation of the column at the same index, from row 2 down (template only; a new sheet only). */
  checks?: (ColumnCheck | null)[];
}

export type JournalSheetResult = { ok: true; sheet: string; sheetId: number; rows: number } | { ok: false; message: string; busy?: boolean };

/**
 * The server functions the page calls, by name. Inputs are checked by the server (zod), so they cross
 * as `unknown`; what the page sends is the form as it stands.
 */
export interface SidebarServer {
  getSidebarState(): SidebarState;
  previewSource(input: unknown): SourcePreview;
  saveSettings(input: unknown): SaveResult;
  planReport(input: unknown): ReportPlan;
  generateReport(input: unknown): GenerateResult;
  /** The CSV and entries files; with a `kind`, the documents' figures. */
  getDownloads(input: unknown): DownloadsResult | DocumentsResult;
  openReportSheet(input: unknown): { ok: boolean; message: string };
  createAliasTable(input: unknown): AliasTableResult;
  createAssociationTable(input: unknown): AssociationTableResult;
  createJournalSheet(input: unknown): JournalSheetResult;
}
