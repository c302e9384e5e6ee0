import { type ActionDictionaries, type ActionSelection, type Actions, type LabelColumn, selectDays, selection, tableOf } from "../journal/store";
import type { Journal } from "../journal/types";
import { MS_PER_HOUR, dayFromParts } from "../values/calendar";
import { PersonTallies, type Tally } from "./breakdown";
import { frenchOrder } from "../text/frenchOrder";

export interface VolunteerTotal {
  key: string;
  volunteer: string;
  anonymous: boolean;
  durationMs: number;
  hours: number;
  actions: number;
  distanceM: number;
  distanceKm: number;
  firstDay: number;
  lastDay: number;
  /** Category labels, most hours first. */
  categories: string[];
  byCategory: Tally[];
  byProject: Tally[];
  byLevel: Tally[];
  byAssociation: Tally[];
}

// Totals, CEC and valuation all start from the same period's actions: selected once per journal and
// period (a journal is never changed once read).
const periods = new WeakMap<Journal, Map<string, ActionSelection>>();

/** Actions of the days from `fromDay` to `untilDay` excluded. */
export function actionsOfDays(journal: Journal, fromDay: number, untilDay: number): ActionSelection {
  let byPeriod = periods.get(journal);
  if (!byPeriod) periods.set(journal, (byPeriod = new Map()));
  const key = `${fromDay}:${untilDay}`;
  let chosen = byPeriod.get(key);
  if (!chosen) byPeriod.set(key, (chosen = selectDays(journal.actions, fromDay, untilDay)));
  return chosen;
}

/** Actions of a calendar year (all years when omitted). */
export function actionsOfYear(journal: Journal, year?: number): ActionSelection {
  if (year === undefined) return selection(journal.actions);
  return actionsOfDays(journal, dayFromParts(year, 1, 1)!, dayFromParts(year + 1, 1, 1)!);
}

const ids = new WeakMap<ActionDictionaries, Map<string, number>>();

/** People id of a volunteer key, when the journal has that volunteer. */
export function personOf(actions: Actions, key: string): number | undefined {
  const dictionaries = tableOf(actions).dictionaries;
  let byKey = ids.get(dictionaries);
  if (!byKey) ids.set(dictionaries, (byKey = new Map(dictionaries.people.map((p) => [p.key, p.id]))));
  return byKey.get(key);
}

/** True when the journal has actions of the volunteer (by key): its people are read from its actions. */
export function hasActions(journal: Journal, key: string): boolean {
  return key !== "" && personOf(journal.actions, key) !== undefined;
}

/** One total per volunteer of a calendar year (all years when omitted). */
export function volunteerTotals(journal: Journal, year?: number): VolunteerTotal[] {
  return totalsOf(actionsOfYear(journal, year));
}

/** One total per volunteer of these actions, most hours first (ties by name); the anonymous line comes last. */
export function totalsOf(actions: ActionSelection): VolunteerTotal[] {
  const { table, indexes } = actions;
  const { people, labels } = table.dictionaries;
  const n = people.length;
  const [totalMs, totalM, count] = [new Float64Array(n), new Float64Array(n), new Int32Array(n)];
  const [firstDay, lastDay] = [new Float64Array(n).fill(Infinity), new Float64Array(n).fill(-Infinity)];
  const [byCategory, byProject, byLevel, byAssociation] = [labels.category, labels.project, labels.level, labels.association]
    .map((l) => new PersonTallies(n, l)) as [PersonTallies, PersonTallies, PersonTallies, PersonTallies];
  const { volunteer, durationMs, distanceM, day, extraDays, category, project, level, association, starts } = table;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const p = volunteer[i]!;
    const d = durationMs[i]!;
    const m = distanceM[i]!;
    // a piece of an action spread over its days brings its hours; the action counts on its first day
    const s = starts ? starts[i]! : 1;
    totalMs[p]! += d;
    totalM[p]! += m;
    count[p]! += s;
    if (day[i]! < firstDay[p]!) firstDay[p] = day[i]!;
    if (day[i]! + extraDays[i]! > lastDay[p]!) lastDay[p] = day[i]! + extraDays[i]!;
    byCategory.add(p, category[i]!, d, m, s);
    byProject.add(p, project[i]!, d, m, s);
    byLevel.add(p, level[i]!, d, m, s);
    byAssociation.add(p, association[i]!, d, m, s);
  }
  const totals: VolunteerTotal[] = [];
  for (let p = 0; p < n; p++) {
    // every counted row holds hours or a distance, or starts an action
    if (count[p] === 0 && totalMs[p] === 0 && totalM[p] === 0) continue;
    const person = people[p]!;
    const categories = byCategory.of(p);
    totals.push({
      key: person.key,
      volunteer: person.display,
      anonymous: person.key === "",
      durationMs: totalMs[p]!,
      hours: totalMs[p]! / MS_PER_HOUR,
      actions: count[p]!,
      distanceM: totalM[p]!,
      distanceKm: totalM[p]! / 1000,
      firstDay: firstDay[p]!,
      lastDay: lastDay[p]!,
      categories: categories.map((t) => t.label).filter(Boolean),
      byCategory: categories,
      byProject: byProject.of(p),
      byLevel: byLevel.of(p),
      byAssociation: byAssociation.of(p),
    });
  }
  return totals.sort(
    (a, b) => Number(a.anonymous) - Number(b.anonymous) || b.durationMs - a.durationMs || frenchOrder(a.volunteer, b.volunteer),
  );
}

/** What a list of volunteer totals adds up to: the named volunteers (the anonymous line is no one), actions, hours, distance. */
export interface GroupTotals {
  volunteers: number;
  actions: number;
  durationMs: number;
  distanceM: number;
}

export function groupTotals(totals: readonly VolunteerTotal[]): GroupTotals {
  const sum: GroupTotals = { volunteers: 0, actions: 0, durationMs: 0, distanceM: 0 };
  for (const t of totals) {
    if (!t.anonymous) sum.volunteers++;
    sum.actions += t.actions;
    sum.durationMs += t.durationMs;
    sum.distanceM += t.distanceM;
  }
  return sum;
}

/** The distinct labels of a column among the actions, in order of first appearance. */
export function labelsUsed(actions: Actions, column: LabelColumn): string[] {
  const { table, indexes } = selection(actions);
  const seen = new Uint8Array(table.dictionaries.labels[column].length);
  const ids = table[column];
  const out: string[] = [];
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    if (seen[ids[i]!]) continue;
    seen[ids[i]!] = 1;
    out.push(table.dictionaries.labels[column][ids[i]!]!);
  }
  return out;
}
