import type { Action } from "../journal/types";
import type { RoleBook, RoleFinding } from "../roles/lookup";
import { type CecSettings, associationConditions } from "./settings";
import { addYears, cecRule } from "./rules";

/** A volunteer's hours in one association for one year, and what may count of them. */
export interface AssociationHours {
  /** As written in the journal ("" when it has no Association column). */
  association: string;
  /** True for the hours done elsewhere, given by the user (heures_autres_associations). */
  elsewhere: boolean;
  totalMs: number;
  /** Hours meeting the association's conditions (whatever the role). */
  eligibleMs: number;
  role: RoleFinding;
  /** Declared in préfecture on this day, when the settings say so. */
  declaredDay?: number;
  /** Day the association reached the age required that year (hours before it do not count). */
  oldEnoughDay?: number;
  /** False when its activities are stated to fall outside CGI art. 200. */
  generalInterest: boolean;
}

interface AssociationSums {
  totalMs: number;
  eligibleMs: number;
  /** Role texts of the journal's Rôle column, for when the roles table says nothing. */
  roles: Set<string>;
  generalInterest: boolean;
  declaredDay?: number;
  oldEnoughDay?: number;
}

/** Hours per association of one volunteer's actions in `year`, largest first. */
export function associationHours(
  volunteerKey: string,
  year: number,
  actions: readonly Action[],
  book: RoleBook,
  settings: CecSettings,
): AssociationHours[] {
  const rule = cecRule(year);
  const sums = new Map<string, AssociationSums>();
  for (const a of actions) {
    let s = sums.get(a.association);
    if (!s) {
      const conditions = associationConditions(settings, a.association);
      const declaredDay = conditions?.declaredDay;
      s = {
        totalMs: 0,
        eligibleMs: 0,
        roles: new Set(),
        generalInterest: conditions?.generalInterest !== false,
        declaredDay,
        oldEnoughDay: declaredDay === undefined ? undefined : addYears(declaredDay, rule.associationYears),
      };
      sums.set(a.association, s);
    }
    s.totalMs += a.durationMs;
    if (s.generalInterest && (s.oldEnoughDay === undefined || a.day >= s.oldEnoughDay)) s.eligibleMs += a.durationMs;
    if (a.role) s.roles.add(a.role);
  }
  const result: AssociationHours[] = [];
  for (const [association, s] of sums) {
    const role = book.roleIn(volunteerKey, association, year, [...s.roles]);
    const { totalMs, eligibleMs, declaredDay, oldEnoughDay, generalInterest } = s;
    result.push({ association, elsewhere: false, totalMs, eligibleMs, role, declaredDay, oldEnoughDay, generalInterest });
  }
  return result.sort((a, b) => b.totalMs - a.totalMs || a.association.localeCompare(b.association, "fr"));
}

/** The hours the user says were done in one other association, with a qualifying role. */
export function elsewhereHours(ms: number): AssociationHours {
  return {
    association: "",
    elsewhere: true,
    totalMs: ms,
    eligibleMs: ms,
    role: { kind: "qualifying", roles: [], source: "none" },
    generalInterest: true,
  };
}
