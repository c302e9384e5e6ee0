import { looseKey } from "../text/normalize";
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

function inYear(entry: RoleEntry, year: number): boolean {
  return (entry.fromDay === undefined || entry.fromDay <= dayFromParts(year, 12, 31)!) &&
    (entry.toDay === undefined || entry.toDay >= dayFromParts(year, 1, 1)!);
}

/**
 * Role sources, first that applies for a volunteer and an association: the roles table (a row
 * without Association applies to every association; a journal with no Association column matches
 * every row), else the journal's Rôle/Fonction column, else unknown.
 */
export function roleBook(table: RolesTable | undefined, classify: (role: string) => RoleKind): RoleBook {
  const byVolunteer = new Map<string, RoleEntry[]>();
  for (const e of table?.entries ?? []) {
    const list = byVolunteer.get(e.volunteerKey);
    if (list) list.push(e);
    else byVolunteer.set(e.volunteerKey, [e]);
  }
  return {
    roleIn(volunteerKey, association, year, journalRoles) {
      const key = looseKey(association);
      const rows = (byVolunteer.get(volunteerKey) ?? []).filter(
        (e) => (e.associationKey === undefined || key === "" || e.associationKey === key) && inYear(e, year),
      );
      if (rows.length) {
        const roles = [...new Set(rows.map((e) => e.role))];
        return { kind: best(roles, classify), roles, source: "table" };
      }
      const roles = [...new Set(journalRoles.filter(Boolean))];
      if (roles.length) return { kind: best(roles, classify), roles, source: "journal" };
      return { kind: "unknown", roles: [], source: "none" };
    },
    birthDay: (volunteerKey) => table?.births.get(volunteerKey),
  };
}
