import { headersFound } from "../text/headersFound";
import { cellText, isBlank, quoteCell } from "../journal/cells";
import type { ColumnMap } from "../journal/columns";
import { NameReader } from "../journal/names";
import type { Grid, WallClock } from "../journal/types";
import { cachedWallClock } from "../journal/store";
import { cleanText, identityKey } from "../text/identity";
import { headerKey } from "../text/normalize";
import { frenchDate } from "../values/calendar";
import { readDay } from "../values/dates";
import { UserError } from "../userError";

/** One row of the roles table. */
export interface RoleEntry {
  row: number;
  volunteerKey: string;
  volunteer: string;
  /** "" when the row only gives a birth date. */
  role: string;
  /** The association as written (cleaned); undefined when the row applies to every association. */
  association?: string;
  /** identityKey of the association; undefined when the row applies to every association. */
  associationKey?: string;
  /** Optional period of the role (Début/Fin columns), inclusive days. */
  fromDay?: number;
  toDay?: number;
}

/** A row (or cell) of the roles table that could not be used as written. */
export interface RolesIssue {
  row: number;
  column: string;
  problem: string;
}

export interface RolesTable {
  /** Rows giving a role or a birth date, in sheet order. */
  entries: RoleEntry[];
  /** Birth day by volunteer key (the first readable one). */
  births: Map<string, number>;
  issues: RolesIssue[];
  /** Headers of the columns a row is named by, as written: the volunteer's name, the association. */
  headers: { volunteer: string; association?: string };
}

/** "ligne 4, colonne « Bénévole » : …", how an issue is said wherever it is shown. */
export function rolesIssueText(issue: RolesIssue): string {
  return `ligne ${issue.row}, colonne « ${issue.column} » : ${issue.problem}`;
}

const ALIASES = {
  volunteer: ["Bénévole", "Nom complet", "Membre"],
  firstName: ["Prénom"],
  lastName: ["Nom"],
  pseudo: ["Pseudo"],
  role: ["Rôle", "Rôles", "Fonction", "Fonctions"],
  association: ["Association"],
  birth: ["Date de naissance", "Naissance", "Né le", "Née le"],
  from: ["Début", "Date de début", "Depuis", "Du"],
  to: ["Fin", "Date de fin", "Jusqu'au", "Au"],
} as const;

type RolesField = keyof typeof ALIASES;

export class RolesError extends UserError {}

function mapRolesColumns(headers: readonly unknown[]): Partial<Record<RolesField, { index: number; header: string }>> {
  const byKey = new Map<string, RolesField>();
  for (const field of Object.keys(ALIASES) as RolesField[]) for (const a of ALIASES[field]) byKey.set(headerKey(a), field);
  const map: Partial<Record<RolesField, { index: number; header: string }>> = {};
  headers.forEach((raw, index) => {
    const field = byKey.get(headerKey(raw));
    if (field && !map[field]) map[field] = { index, header: String(raw).trim() };
  });
  return map;
}

type RolesColumns = ReturnType<typeof mapRolesColumns>;

const namesVolunteer = (cols: RolesColumns) => !!(cols.volunteer || cols.firstName || cols.lastName || cols.pseudo);

/** Headers naming a volunteer (Bénévole, Prénom, Nom, Pseudo…) and a role (Rôle, Fonction…). */
export function hasNameAndRoleHeaders(headers: readonly unknown[]): boolean {
  const cols = mapRolesColumns(headers);
  return !!cols.role && namesVolunteer(cols);
}

/**
 * Reads a roles table: `Bénévole` (or Prénom/Nom), `Rôle`, optional `Association`,
 * `Date de naissance`, `Début`, `Fin`. Names are grouped as in the journal.
 */
export function readRolesTable(grid: Grid, options: { wallClock: WallClock; firstRow?: number }): RolesTable {
  const headers = grid[0] ?? [];
  const cols = mapRolesColumns(headers);
  if (!namesVolunteer(cols) || (!cols.role && !cols.birth)) {
    throw new RolesError(
      "Table des rôles : colonnes « Bénévole » et « Rôle » attendues en première ligne " +
        "(facultatives : « Association », « Date de naissance », « Début », « Fin »). " +
        headersFound(headers.map((h) => String(h ?? "").trim())),
    );
  }
  const nameColumns: ColumnMap = { volunteer: cols.volunteer, firstName: cols.firstName, lastName: cols.lastName, pseudo: cols.pseudo };
  const names = new NameReader(nameColumns);
  const clock = cachedWallClock(options.wallClock);
  const firstRow = options.firstRow ?? 1;
  const entries: RoleEntry[] = [];
  const issues: RolesIssue[] = [];
  const births = new Map<string, number>();
  const nameHeader = (cols.volunteer ?? cols.lastName ?? cols.firstName ?? cols.pseudo)!.header;

  for (let i = 1; i < grid.length; i++) {
    const row = grid[i]!;
    const sheetRow = firstRow + i;
    if (row.every(isBlank)) continue;
    const issue = (field: RolesField | "name", problem: string) =>
      issues.push({ row: sheetRow, column: field === "name" ? nameHeader : cols[field]!.header, problem });
    const cell = (field: RolesField) => (cols[field] ? row[cols[field]!.index] : "");
    const day = (field: RolesField): number | undefined | null => {
      const value = cell(field);
      if (isBlank(value)) return undefined;
      const d = readDay(value, clock);
      if (d === undefined) issue(field, `Date illisible ${quoteCell(value)} : attendu JJ/MM/AAAA ou AAAA-MM-JJ`);
      return d ?? null;
    };

    const name = names.read(row);
    if (name.key === "") {
      issue("name", "Nom du bénévole manquant : ligne ignorée");
      continue;
    }
    const role = cleanText(cellText(cell("role")));
    const birthDay = day("birth");
    const fromDay = day("from");
    const toDay = day("to");
    let birthKept = false;
    if (birthDay !== undefined && birthDay !== null) {
      const known = births.get(name.key);
      if (known !== undefined && known !== birthDay) {
        issue("birth", `Date de naissance ${frenchDate(birthDay)} différente de celle d'une ligne précédente (${frenchDate(known)}) : la première est retenue`);
      } else {
        births.set(name.key, birthDay);
        birthKept = true;
      }
    }
    if (!role) {
      if (birthDay === undefined && cols.role) issue("role", "Rôle manquant : ligne ignorée");
      // a row giving only a birth date is kept as an entry without role: it names a volunteer too
      if (!birthKept) continue;
    }
    if (fromDay === null || toDay === null) continue;
    if (fromDay !== undefined && toDay !== undefined && toDay < fromDay) {
      issue("to", `La fin (${frenchDate(toDay)}) précède le début (${frenchDate(fromDay)}) : ligne ignorée`);
      continue;
    }
    const association = cleanText(cellText(cell("association")));
    entries.push({
      row: sheetRow,
      volunteerKey: name.key,
      volunteer: name.display,
      role,
      association: association || undefined,
      associationKey: association ? identityKey(association) : undefined,
      fromDay,
      toDay,
    });
  }
  return { entries, births, issues, headers: { volunteer: nameHeader, association: cols.association?.header } };
}
