import type { Action, Journal } from "../journal/types";
import { MS_PER_HOUR } from "../values/calendar";
import { type Tally, Tallies } from "./breakdown";

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

interface YearIndex {
  actions: Action[];
  byVolunteer?: Map<string, Action[]>;
}

// Totals, CEC and valuation all start from the same year's actions grouped by volunteer:
// computed once per journal and year (a journal is never changed once read).
const indexes = new WeakMap<Journal, Map<number | undefined, YearIndex>>();

function yearIndex(journal: Journal, year: number | undefined): YearIndex {
  let byYear = indexes.get(journal);
  if (!byYear) indexes.set(journal, (byYear = new Map()));
  let index = byYear.get(year);
  if (!index) {
    const actions = year === undefined ? journal.actions : journal.actions.filter((a) => a.year === year);
    byYear.set(year, (index = { actions }));
  }
  return index;
}

/** Actions of a year (all years when omitted). */
export function actionsOfYear(journal: Journal, year?: number): Action[] {
  return yearIndex(journal, year).actions;
}

/** Actions of a year grouped by volunteer key ("" holds the anonymous rows), in journal order. */
export function volunteerGroups(journal: Journal, year?: number): ReadonlyMap<string, readonly Action[]> {
  const index = yearIndex(journal, year);
  if (!index.byVolunteer) {
    const groups = new Map<string, Action[]>();
    for (const a of index.actions) {
      const group = groups.get(a.volunteerKey);
      if (group) group.push(a);
      else groups.set(a.volunteerKey, [a]);
    }
    index.byVolunteer = groups;
  }
  return index.byVolunteer;
}

function totalOf(actions: readonly Action[]): VolunteerTotal {
  const first = actions[0]!;
  let durationMs = 0;
  let distanceM = 0;
  let firstDay = first.day;
  let lastDay = first.endDay;
  const [byCategory, byProject, byLevel, byAssociation] = [new Tallies(), new Tallies(), new Tallies(), new Tallies()];
  for (const a of actions) {
    durationMs += a.durationMs;
    distanceM += a.distanceM;
    if (a.day < firstDay) firstDay = a.day;
    if (a.endDay > lastDay) lastDay = a.endDay;
    byCategory.add(a.category, a);
    byProject.add(a.project, a);
    byLevel.add(a.level, a);
    byAssociation.add(a.association, a);
  }
  const categories = byCategory.sorted();
  return {
    key: first.volunteerKey,
    volunteer: first.volunteer,
    anonymous: first.anonymous,
    durationMs,
    hours: durationMs / MS_PER_HOUR,
    actions: actions.length,
    distanceM,
    distanceKm: distanceM / 1000,
    firstDay,
    lastDay,
    categories: categories.map((t) => t.label).filter(Boolean),
    byCategory: categories,
    byProject: byProject.sorted(),
    byLevel: byLevel.sorted(),
    byAssociation: byAssociation.sorted(),
  };
}

/** One total per volunteer, most hours first (ties by name); the anonymous line comes last. */
export function volunteerTotals(journal: Journal, year?: number): VolunteerTotal[] {
  const totals = [...volunteerGroups(journal, year).values()].map(totalOf);
  return totals.sort(
    (a, b) => Number(a.anonymous) - Number(b.anonymous) || b.durationMs - a.durationMs || a.volunteer.localeCompare(b.volunteer, "fr"),
  );
}
