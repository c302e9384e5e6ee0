import { identityKey } from "../text/identity";
import { dayFromParts } from "../values/calendar";
import type { RoleEntry, RolesTable } from "./table";
import type { RoleKind } from "./words";

/** What is known of a volunteer's role in one association for one year. */
export interface RoleFinding {
  kind: RoleKind | "unknown";
  /** Role texts behind the finding, as written, without duplicates. */
  roles: string[];
  source: "table" | "journal" | "none";
}

export interface RoleBook {
  /** Role in `association` during `year`; `journalRoles` are the Rôle cells of the volunteer's actions there that year. */
  roleIn(volunteerKey: string, association: string, year: number, journalRoles: readonly string[]): RoleFinding;
  birthDay(volunteerKey: string): number | undefined;
}

const RANK: Record<RoleKind, number> = { qualifying: 2, unclear: 1, none: 0 };

function best(roles: readonly string[], classify: (role: string) => RoleKind): RoleKind {
  let kind: RoleKind = "none";
  for (const r of roles) {
    const k = classify(r);
    if (RANK[k] > RANK[kind]) kind = k;
  }
  return kind;
}

/** The texts that are not blank, one per identity ("Présidente" and "présidente" once), first spelling kept. */
function distinct(texts: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const t of texts) {
    const key = identityKey(t);
    if (key && !byKey.has(key)) byKey.set(key, t);
  }
  return [...byKey.values()];
}

/** True when the row's period (Début/Fin columns) meets the calendar year. */
export function rowInYear(entry: RoleEntry, year: number): boolean {
  return (entry.fromDay === undefined || entry.fromDay <= dayFromParts(year, 12, 31)!) &&
    (entry.toDay === undefined || entry.toDay >= dayFromParts(year, 1, 1)!);
}

/**
 * True when the row speaks of the journal's association whose identityKey is `associationKey`:
 * a row without Association speaks of every association, and an action without one (a journal
 * with no Association column) is spoken of by every row.
 */
export function rowMatchesAssociation(entry: RoleEntry, associationKey: string): boolean {
  return entry.associationKey === undefined || associationKey === "" || associationKey === entry.associationKey;
}

/**
 * Role sources, first that applies for a volunteer and an association: the roles table (see
 * rowMatchesAssociation), else the journal's Rôle/Fonction column, else unknown. Volunteers are
 * matched by their NameReader key.
 */
export function roleBook(table: RolesTable | undefined, classify: (role: string) => RoleKind): RoleBook {
  const byVolunteer = new Map<string, RoleEntry[]>();
  for (const e of table?.entries ?? []) {
    if (!e.role) continue;
    const list = byVolunteer.get(e.volunteerKey);
    if (list) list.push(e);
    else byVolunteer.set(e.volunteerKey, [e]);
  }
  return {
    roleIn(volunteerKey, association, year, journalRoles) {
      const key = identityKey(association);
      const rows = (byVolunteer.get(volunteerKey) ?? []).filter((e) => rowMatchesAssociation(e, key) && rowInYear(e, year));
      if (rows.length) {
        const roles = distinct(rows.map((e) => e.role));
        return { kind: best(roles, classify), roles, source: "table" };
      }
      const roles = distinct(journalRoles);
      if (roles.length) return { kind: best(roles, classify), roles, source: "journal" };
      return { kind: "unknown", roles: [], source: "none" };
    },
    birthDay: (volunteerKey) => table?.births.get(volunteerKey),
  };
}
