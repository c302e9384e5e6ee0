import { type ActionTable, DayMemo } from "../journal/store";
import { yearOfDay } from "../values/calendar";
import { PairSums } from "../totals/pairSums";
import type { RoleBook, RoleFinding } from "../roles/lookup";
import { type CecSettings, associationConditions } from "./settings";
import { addYears, cecRule } from "./rules";
import { frenchOrder } from "../text/frenchOrder";

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

/** Hours per association of each volunteer (by people id), largest first, for each year. */
export type HoursByYear = Map<number, Map<number, AssociationHours[]>>;

/**
 * Hours per association of every volunteer in every year of the journal, in one pass in
 * journal order; the sums are per (year, volunteer, association).
 */
export function associationHoursByYear(table: ActionTable, years: readonly number[], book: RoleBook, settings: CecSettings): HoursByYear {
  const { people, labels } = table.dictionaries;
  const names = labels.association;
  const conditions = years.map((year) => associationRules(names, year, settings));
  // per (year, association): hours before this day do not count (+Infinity: none count, activities outside CGI art. 200)
  const countsFrom = Float64Array.from(conditions.flat(), (c) => (!c.generalInterest ? Infinity : (c.oldEnoughDay ?? -Infinity)));
  const yearIndex = new DayMemo((day) => years.indexOf(yearOfDay(day)));
  // channels: total ms, eligible ms, last role id (role texts are collected in a Set when it changes)
  const sums = new PairSums(years.length * people.length, names.length, 3);
  const roles = new Map<number, Set<number>>();
  const { volunteer, association, durationMs, day, role } = table;
  for (let i = 0; i < table.length; i++) {
    const y = yearIndex.get(day[i]!);
    const a = association[i]!;
    const at = sums.count(y * people.length + volunteer[i]!, a);
    const v = sums.values;
    const ms = durationMs[i]!;
    v[at + 1]! += ms;
    if (day[i]! >= countsFrom[y * names.length + a]!) v[at + 2]! += ms;
    if (v[at] === 1 || v[at + 3] !== role[i]!) {
      v[at + 3] = role[i]!;
      let set = roles.get(at);
      if (!set) roles.set(at, (set = new Set()));
      set.add(role[i]!);
    }
  }
  const byYear: HoursByYear = new Map(years.map((year) => [year, new Map()]));
  const v = sums.values;
  sums.forEach((yearPerson, a, at) => {
    const y = Math.floor(yearPerson / people.length);
    const person = yearPerson % people.length;
    const year = years[y]!;
    const journalRoles = [...(roles.get(at) ?? [])].map((r) => labels.role[r]!);
    const hours: AssociationHours = {
      association: names[a]!,
      elsewhere: false,
      totalMs: v[at + 1]!,
      eligibleMs: v[at + 2]!,
      role: book.roleIn(people[person]!.key, names[a]!, year, journalRoles),
      ...conditions[y]![a]!,
    };
    const byPerson = byYear.get(year)!;
    const list = byPerson.get(person);
    if (list) list.push(hours);
    else byPerson.set(person, [hours]);
  });
  for (const byPerson of byYear.values()) {
    for (const list of byPerson.values()) list.sort((a, b) => b.totalMs - a.totalMs || frenchOrder(a.association, b.association));
  }
  return byYear;
}

/** What the settings say of each association for the CEC of a year. */
function associationRules(names: readonly string[], year: number, settings: CecSettings) {
  const rule = cecRule(year);
  return names.map((name) => {
    const c = associationConditions(settings, name);
    const declaredDay = c?.declaredDay;
    return {
      declaredDay,
      oldEnoughDay: declaredDay === undefined ? undefined : addYears(declaredDay, rule.associationYears),
      generalInterest: c?.generalInterest !== false,
    };
  });
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
