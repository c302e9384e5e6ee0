import type { Grid, WallClock } from "../journal/types";
import type { ChartId, ValuationSettings } from "../settings/valuation";
import { identityKey } from "../text/identity";
import { today as systemToday } from "../values/calendar";
import { CELL_READERS } from "./cells";
import { type TableIssue, readNamedRows } from "./namedRows";
import { UserError } from "../userError";

/** One association of the journals, as the treasurer describes it. */
export interface AssociationRow {
  row: number;
  name: string;
  /** 9 digits, Luhn key checked. */
  siren?: string;
  /** W and 9 digits. */
  rna?: string;
  /** Declaration in préfecture, days since 1970-01-01. */
  declaredDay?: number;
  /** All its activities within CGI art. 200-1-b (a CEC condition); « à vérifier » when blank. */
  article200: "oui" | "non" | "à vérifier";
  chart?: ChartId;
  /** The closingDate setting, "MM-DD"; unset: the caller's default (31/12). */
  closingDate?: string;
  territory?: ValuationSettings["territory"];
  address?: string;
  /** Its object as the statutes state it (a tax receipt's mention). */
  object?: string;
  /** Gives free meals, care or housing to people in difficulty (CGI art. 200 1 ter); unset when blank. */
  peopleInDifficulty?: boolean;
}

export type AssociationIssue = TableIssue;

export interface AssociationTable {
  rows: AssociationRow[];
  issues: AssociationIssue[];
}

/** The headers as Valorise writes them, in this order (the add-on's sheet, the docs). */
export const ASSOCIATION_HEADERS = [
  "Association", "SIREN", "RNA", "Date de déclaration", "Article 200 du CGI", "Plan comptable", "Clôture", "Territoire", "Adresse", "Objet",
  "Aide aux personnes en difficulté",
] as const;

/** The AssociationRow field of each header. */
const FIELDS = ["name", "siren", "rna", "declaredDay", "article200", "chart", "closingDate", "territory", "address", "object", "peopleInDifficulty"] as const;

/**
 * The words that name each column, in the order of ASSOCIATION_HEADERS, tried on the header without
 * accents nor case ("N° SIREN", "Numéro RNA", "Date de création", "Intérêt général (art. 200 CGI)",
 * "Fin d'exercice", "Adresse du siège", "Personnes en difficulté (art. 200 1 ter)"…). The association's
 * name is tried last: "Adresse de l'association" is an address. "Nom" alone names no column: in a
 * journal it is a volunteer's. The people-in-difficulty column is tried before article 200.
 */
const HEADER_WORDS = [
  /\b(asso|structure|club)/, /\bsiren\b/, /\b(rna|waldec)\b/, /declar|creation/, /\b(200|cgi)\b|interet/, /\b(plan|pca)\b/,
  /cloture|exercice/, /territoire|smic/, /adresse|siege/, /\bobjet\b/, /difficulte|demunis|1 ter|coluche/,
];
/** The order the words are tried in. */
const TRY_ORDER = [10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0];

export class AssociationError extends UserError {}

/**
 * Reads an associations table: headers in the first row (only « Association » is required), one
 * association a row. A bad cell is reported and left unset, the rest of its row kept; a row without
 * a name, or naming an association already listed (identity rule), is reported and ignored.
 * firstRow: the sheet row of the headers; today: the last day a declaration may bear (default: today).
 */
export function readAssociationTable(grid: Grid, options: { firstRow?: number; wallClock?: WallClock; today?: number } = {}): AssociationTable {
  const wallClock = options.wallClock ?? ((d: Date) => d.getTime());
  const today = options.today ?? systemToday();
  const { rows, issues } = readNamedRows(grid, {
    title: "Table des associations", headers: ASSOCIATION_HEADERS, words: HEADER_WORDS, order: TRY_ORDER,
    missingName: "Nom de l'association manquant", error: AssociationError,
    readers: CELL_READERS.map((read) => (cell, bad) => read(cell, bad, wallClock, today)),
  }, ({ row, name, values }) => {
    const entry: Record<string, unknown> = { row, name, article200: "à vérifier" };
    values.forEach((value, f) => value !== undefined && (entry[FIELDS[f]!] = value));
    return entry as unknown as AssociationRow;
  }, { firstRow: options.firstRow, wallClock });
  return { rows, issues };
}

/** The row of an association named as in a journal (identity rule: case, spaces, Unicode forms and invisible characters folded). */
export function findAssociation(table: AssociationTable, name: string): AssociationRow | undefined {
  return table.rows.find((r) => identityKey(r.name) === identityKey(name));
}
