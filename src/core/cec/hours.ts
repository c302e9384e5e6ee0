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

/** Hours per association of one volunteer's actions in `year`, largest first. */
export function associationHours(
  volunteerKey: string,
  year: number,
  actions: readonly Action[],
  book: RoleBook,
  settings: CecSettings,
): AssociationHours[] {
  const groups = new Map<string, Action[]>();
  for (const a of actions) {
    const group = groups.get(a.association);
    if (group) group.push(a);
    else groups.set(a.association, [a]);
  }
  const rule = cecRule(year);
  const result: AssociationHours[] = [];
  for (const [association, list] of groups) {
    const conditions = associationConditions(settings, association);
    const generalInterest = conditions?.generalInterest !== false;
    const declaredDay = conditions?.declaredDay;
    const oldEnoughDay = declaredDay === undefined ? undefined : addYears(declaredDay, rule.associationYears);
    let totalMs = 0;
    let eligibleMs = 0;
    for (const a of list) {
      totalMs += a.durationMs;
      if (generalInterest && (oldEnoughDay === undefined || a.day >= oldEnoughDay)) eligibleMs += a.durationMs;
    }
    const role = book.roleIn(volunteerKey, association, year, list);
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
