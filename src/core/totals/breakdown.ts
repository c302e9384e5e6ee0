import type { Action } from "../journal/types";

export interface Tally {
  label: string;
  durationMs: number;
  actions: number;
  distanceM: number;
}

/** Sums actions by a label (category, project, month...), largest duration first, ties by label. */
export function breakdown(actions: Iterable<Action>, labelOf: (a: Action) => string): Tally[] {
  const tallies = new Map<string, Tally>();
  for (const a of actions) {
    const label = labelOf(a);
    let t = tallies.get(label);
    if (!t) tallies.set(label, (t = { label, durationMs: 0, actions: 0, distanceM: 0 }));
    t.durationMs += a.durationMs;
    t.actions++;
    t.distanceM += a.distanceM;
  }
  return [...tallies.values()].sort((a, b) => b.durationMs - a.durationMs || a.label.localeCompare(b.label, "fr"));
}
