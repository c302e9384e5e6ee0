import { type ActionSelection } from "../journal/actionTable";
import { PairSums } from "../totals/pairSums";
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

/**
 * Hours per association of every volunteer's actions in one year (the actions given are that
 * year's), by people id, largest first. One pass in journal order; the sums are per (volunteer,
 * association) pair.
 */
export function associationHoursOfYear(
  actions: ActionSelection,
  year: number,
  book: RoleBook,
  settings: CecSettings,
): Map<number, AssociationHours[]> {
  const { table, indexes } = actions;
  const { people, labels } = table.dictionaries;
  const names = labels.association;
  const rule = cecRule(year);
  const conditions = names.map((name) => {
    const c = associationConditions(settings, name);
    const declaredDay = c?.declaredDay;
    return {
      declaredDay,
      oldEnoughDay: declaredDay === undefined ? undefined : addYears(declaredDay, rule.associationYears),
      generalInterest: c?.generalInterest !== false,
    };
  });
  // hours before this day do not count (+Infinity: none count, activities outside CGI art. 200)
  const countsFrom = Float64Array.from(conditions, (c) => (!c.generalInterest ? Infinity : (c.oldEnoughDay ?? -Infinity)));
  // channels: total ms, eligible ms, last role id (role texts are collected in a Set when it changes)
  const sums = new PairSums(people.length, names.length, 3);
  const roles = new Map<number, Set<number>>();
  const { volunteer, association, durationMs, day, role } = table;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const a = association[i]!;
    const at = sums.count(volunteer[i]!, a);
    const v = sums.values;
    const ms = durationMs[i]!;
    v[at + 1]! += ms;
    if (day[i]! >= countsFrom[a]!) v[at + 2]! += ms;
    if (v[at] === 1 || v[at + 3] !== role[i]!) {
      v[at + 3] = role[i]!;
      let set = roles.get(at);
      if (!set) roles.set(at, (set = new Set()));
      set.add(role[i]!);
    }
  }
  const byPerson = new Map<number, AssociationHours[]>();
  const v = sums.values;
  sums.forEach((person, a, at) => {
    const journalRoles = [...(roles.get(at) ?? [])].map((r) => labels.role[r]!);
    const hours: AssociationHours = {
      association: names[a]!,
      elsewhere: false,
      totalMs: v[at + 1]!,
      eligibleMs: v[at + 2]!,
      role: book.roleIn(people[person]!.key, names[a]!, year, journalRoles),
      ...conditions[a]!,
    };
    const list = byPerson.get(person);
    if (list) list.push(hours);
    else byPerson.set(person, [hours]);
  });
  for (const list of byPerson.values()) list.sort((a, b) => b.totalMs - a.totalMs || a.association.localeCompare(b.association, "fr"));
  return byPerson;
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
