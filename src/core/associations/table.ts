import { cellText, isBlank, quoteCell } from "../journal/cells";
import type { Grid, WallClock } from "../journal/types";
import type { ChartId, ValuationSettings } from "../settings/valuation";
import { accentlessKey, cleanText, identityKey } from "../text/identity";
import { today as systemToday } from "../values/calendar";
import { CELL_READERS } from "./cells";
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

export interface AssociationIssue {
  row: number;
  /** Header as written in the table. */
  column: string;
  problem: string;
}

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
/** The order the words are tried in (the name is tried last, apart). */
const TRY_ORDER = [10, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export class AssociationError extends UserError {}

/**
 * Reads an associations table: headers in the first row (only « Association » is required), one
 * association a row. A bad cell is reported and left unset, the rest of its row kept; a row without
 * a name, or naming an association already listed (identity rule), is reported and ignored.
 * firstRow: the sheet row of the headers; today: the last day a declaration may bear (default: today).
 */
export function readAssociationTable(grid: Grid, options: { firstRow?: number; wallClock?: WallClock; today?: number } = {}): AssociationTable {
  const headers = (grid[0] ?? []).map(cellText);
  // column of each field, by its index in ASSOCIATION_HEADERS (the first header naming it)
  const at: number[] = [];
  headers.forEach((header, column) => {
    const text = accentlessKey(header);
    const found = TRY_ORDER.find((f) => HEADER_WORDS[f]!.test(text));
    const field = found ?? (HEADER_WORDS[0]!.test(text) ? 0 : -1);
    if (field >= 0) at[field] ??= column;
  });
  if (at[0] === undefined) {
    throw new AssociationError(
      `Table des associations : colonne « Association » attendue en première ligne. En-têtes trouvés : ${headers.filter(Boolean).map((h) => `« ${h} »`).join(", ") || "aucun"}.`,
    );
  }
  const wallClock = options.wallClock ?? ((d: Date) => d.getTime());
  const today = options.today ?? systemToday();
  const rows: AssociationRow[] = [];
  const issues: AssociationIssue[] = [];
  const byKey = new Map<string, AssociationRow>();
  grid.forEach((cells, i) => {
    if (!i || cells.every(isBlank)) return;
    const row = (options.firstRow ?? 1) + i;
    const issue = (field: number, problem: string) => void issues.push({ row, column: headers[at[field]!]!, problem });
    const name = cleanText(cellText(cells[at[0]!]));
    const first = byKey.get(identityKey(name));
    if (!name || first) return issue(0, first ? `« ${name} » figure déjà ligne ${first.row} : ligne ignorée.` : "Nom de l'association manquant : ligne ignorée.");
    const entry: Record<string, unknown> = { row, name, article200: "à vérifier" };
    CELL_READERS.forEach((read, r) => {
      const cell = cells[at[r + 1]!];
      if (at[r + 1] === undefined || isBlank(cell)) return;
      const value = read(cell, (why) => issue(r + 1, `${quoteCell(cell, wallClock)} ${why}. Cellule ignorée.`), wallClock, today);
      if (value !== undefined) entry[FIELDS[r + 1]] = value;
    });
    byKey.set(identityKey(name), entry as unknown as AssociationRow);
    rows.push(entry as unknown as AssociationRow);
  });
  return { rows, issues };
}

/** The row of an association named as in a journal (identity rule: case, spaces, Unicode forms and invisible characters folded). */
export function findAssociation(table: AssociationTable, name: string): AssociationRow | undefined {
  return table.rows.find((r) => identityKey(r.name) === identityKey(name));
}
