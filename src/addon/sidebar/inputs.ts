import * as z from "zod/mini";
import { integer, oneOf, text } from "../../core/settings/checks";
import { lazy } from "../../core/settings/lazy";
import type { ColumnCheck } from "../../core/journal/template";
import { MAX_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "../../core/values/limits";
import { InputError } from "./errors";

/** Arguments from the page are untrusted: each server function checks its own with these. */
export const yearInput = lazy(() => z.object({
  year: integer(1900, 9999),
  /** Settings to save before generating (the form as it stands); omitted: the saved ones. */
  settings: z.optional(z.custom()),
  /** Only this association of the journal ("": its actions with none); omitted: every association. Never stored. */
  association: z.optional(text(500)),
  /**
   * getDownloads: the documents' data instead of the CSV and entries files: « Attestations (PDF) » and
   * « Kit CEC » (both from the attestations' set), or « Reçus fiscaux (PDF) ».
   */
  kind: z.optional(oneOf(["attestations", "recus"] as const)),
}));

export const sheetIdInput = lazy(() => z.object({ sheetId: integer(0, Number.MAX_SAFE_INTEGER) }));

/** « Créer la table des alias »: the alias sheet field as it stands ("" for « Alias »). */
export const aliasSheetInput = lazy(() => z.object({ sheet: text(100) }));

/**
 * « Créer la table des associations »: its sheet ("" for « Associations ») and the source as the page
 * stands, checked on its own (its names prefill the table); with table "benevoles", « Créer la table
 * des bénévoles » (the sheet is then always « Fiches bénévoles »).
 */
export const associationTableInput = lazy(() => z.object({ sheet: text(100), source: z.optional(z.custom()), table: z.optional(oneOf(["benevoles"] as const)) }));

/** Text cells as Sheets holds them (MAX_CELL_CHARS); rows and columns of an import as the page sends them (limits.ts). */
const texts = (max: number) => (v: unknown) => Array.isArray(v) && v.length <= max && v.every((s) => typeof s === "string" && s.length <= MAX_CELL_CHARS);

/** « Créer une feuille Journal », « Importer un export Bénévalibre »: a few thousand rows a call (the page cuts an import in parts). */
export const journalSheetInput = lazy(() => z.object({
  name: text(100),
  rows: z.custom<string[][]>((v) => Array.isArray(v) && v.length > 0 && v.length <= MAX_IMPORT_ROWS && v.every(texts(MAX_IMPORT_COLUMNS))),
  sheetId: z.optional(integer(0, Number.MAX_SAFE_INTEGER)),
  more: z.optional(z.custom<boolean>((v) => typeof v === "boolean")),
  headerNotes: z.optional(z.custom<string[]>(texts(MAX_IMPORT_COLUMNS))),
  checks: z.optional(z.custom<(ColumnCheck | null)[]>((v) => Array.isArray(v) && v.length <= MAX_IMPORT_COLUMNS)),
}));

export const INVALID_REQUEST = "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau).";

export const INVALID_SOURCE = "Source invalide : vérifiez le nom de la feuille, la plage et les colonnes choisies.";

export function parseInput<T>(schema: () => z.ZodMiniType<T>, input: unknown): T {
  const result = z.safeParse(schema(), input);
  if (!result.success) throw new InputError(INVALID_REQUEST);
  return result.data;
}
