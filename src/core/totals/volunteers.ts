import type { Action, Journal } from "../journal/types";
import { MS_PER_HOUR } from "../values/calendar";
import { type Tally, breakdown } from "./breakdown";

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

/** Actions of a year (all years when omitted). */
export function actionsOfYear(journal: Journal, year?: number): Action[] {
  return year === undefined ? journal.actions : journal.actions.filter((a) => a.year === year);
}

/** Groups actions by volunteer key, keeping the journal's order inside each group. */
export function groupByVolunteer(actions: readonly Action[]): Map<string, Action[]> {
  const groups = new Map<string, Action[]>();
  for (const a of actions) {
    const group = groups.get(a.volunteerKey);
    if (group) group.push(a);
    else groups.set(a.volunteerKey, [a]);
  }
  return groups;
}

function totalOf(actions: Action[]): VolunteerTotal {
  const first = actions[0]!;
  let durationMs = 0;
  let distanceM = 0;
  let firstDay = first.day;
  let lastDay = first.endDay;
  for (const a of actions) {
    durationMs += a.durationMs;
    distanceM += a.distanceM;
    if (a.day < firstDay) firstDay = a.day;
    if (a.endDay > lastDay) lastDay = a.endDay;
  }
  const byCategory = breakdown(actions, (a) => a.category);
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
    categories: byCategory.map((t) => t.label).filter(Boolean),
    byCategory,
    byProject: breakdown(actions, (a) => a.project),
    byLevel: breakdown(actions, (a) => a.level),
    byAssociation: breakdown(actions, (a) => a.association),
  };
}

/** One total per volunteer, most hours first (ties by name); the anonymous line comes last. */
export function volunteerTotals(journal: Journal, year?: number): VolunteerTotal[] {
  const totals = [...groupByVolunteer(actionsOfYear(journal, year)).values()].map(totalOf);
  return totals.sort(
    (a, b) => Number(a.anonymous) - Number(b.anonymous) || b.durationMs - a.durationMs || a.volunteer.localeCompare(b.volunteer, "fr"),
  );
}
