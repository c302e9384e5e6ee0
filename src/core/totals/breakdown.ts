import { PairSums } from "./pairSums";
import { frenchOrder } from "../text/frenchOrder";

export interface Tally {
  label: string;
  durationMs: number;
  actions: number;
  distanceM: number;
}

/** Duration, distance and number of actions per (volunteer, label) pair of one label column. */
export class PersonTallies {
  private readonly sums: PairSums;
  private byPerson?: Map<number, Tally[]>;

  constructor(people: number, private readonly labels: readonly string[]) {
    this.sums = new PairSums(people, labels.length, 2);
  }

  /** `actions`: 1 for a row that starts an action, 0 for a later piece of one (see ActionTable.starts). */
  add(person: number, label: number, durationMs: number, distanceM: number, actions: number): void {
    const at = this.sums.count(person, label, actions);
    const v = this.sums.values;
    v[at + 1]! += durationMs;
    v[at + 2]! += distanceM;
  }

  /** Tallies of the given person, largest duration first, ties by label (computed for everyone at once). */
  of(person: number): Tally[] {
    this.byPerson ??= this.sorted();
    return this.byPerson.get(person) ?? [];
  }

  private sorted(): Map<number, Tally[]> {
    const out = new Map<number, Tally[]>();
    const v = this.sums.values;
    this.sums.forEach((person, label, at) => {
      const tally = { label: this.labels[label]!, durationMs: v[at + 1]!, actions: v[at]!, distanceM: v[at + 2]! };
      const list = out.get(person);
      if (list) list.push(tally);
      else out.set(person, [tally]);
    });
    for (const list of out.values()) list.sort((a, b) => b.durationMs - a.durationMs || frenchOrder(a.label, b.label));
    return out;
  }
}
