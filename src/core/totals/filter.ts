import type { Action, Journal } from "../journal/types";
import { ANONYMOUS, volunteerKeyOf } from "../journal/names";
import { looseKey } from "../text/normalize";

export interface ActionFilter {
  volunteer?: string;
  year?: number;
  category?: string;
}

/** Actions matching every given criterion; a category matches case- and accent-insensitively. */
export function filterActions(journal: Journal, filter: ActionFilter): Action[] {
  const key = filter.volunteer === undefined ? undefined : volunteerKeyOf(filter.volunteer);
  const wantsAnonymous = key === ANONYMOUS.toLowerCase();
  const category = filter.category === undefined ? undefined : looseKey(filter.category);
  const categoryKeys = new Map<string, string>();
  return journal.actions.filter((a) => {
    if (filter.year !== undefined && a.year !== filter.year) return false;
    if (key !== undefined && a.volunteerKey !== key && !(wantsAnonymous && a.anonymous)) return false;
    if (category !== undefined) {
      let k = categoryKeys.get(a.category);
      if (k === undefined) categoryKeys.set(a.category, (k = looseKey(a.category)));
      if (k !== category) return false;
    }
    return true;
  });
}

export function sumDurationMs(actions: readonly Action[]): number {
  let ms = 0;
  for (const a of actions) ms += a.durationMs;
  return ms;
}

export function sumDistanceM(actions: readonly Action[]): number {
  let m = 0;
  for (const a of actions) m += a.distanceM;
  return m;
}
