import type { Action } from "../journal/types";

export interface Tally {
  label: string;
  durationMs: number;
  actions: number;
  distanceM: number;
}

/** Running sums of actions by label. */
export class Tallies {
  private readonly byLabel = new Map<string, Tally>();

  add(label: string, a: Action): void {
    let t = this.byLabel.get(label);
    if (!t) this.byLabel.set(label, (t = { label, durationMs: 0, actions: 0, distanceM: 0 }));
    t.durationMs += a.durationMs;
    t.actions++;
    t.distanceM += a.distanceM;
  }

  /** Largest duration first, ties by label. */
  sorted(): Tally[] {
    return [...this.byLabel.values()].sort((a, b) => b.durationMs - a.durationMs || a.label.localeCompare(b.label, "fr"));
  }
}

/** Sums actions by a label (category, project, month...), largest duration first, ties by label. */
export function breakdown(actions: Iterable<Action>, labelOf: (a: Action) => string): Tally[] {
  const tallies = new Tallies();
  for (const a of actions) tallies.add(labelOf(a), a);
  return tallies.sorted();
}
