import { type Ratio, ZERO, add, mul, ratio } from "../money/ratio";
import { MS_PER_HOUR } from "../values/calendar";
import type { AppliedRate } from "./rates";

/**
 * Integer milliseconds per distinct rate: the amount is computed once, exactly, from these sums,
 * so no rounding or float error builds up however many actions there are.
 */
export class RateLedger {
  readonly msByRate = new Map<AppliedRate, number>();
  durationMs = 0;
  actions = 0;

  add(rate: AppliedRate, ms: number, actions = 1): void {
    this.msByRate.set(rate, (this.msByRate.get(rate) ?? 0) + ms);
    this.durationMs += ms;
    this.actions += actions;
  }

  /** Exact amount in cents: sum of ms x euros/h x coefficient x 100 / 3,600,000. */
  exactCents(coefficient: Ratio): Ratio {
    let euroMs = ZERO;
    for (const [rate, ms] of this.msByRate) euroMs = add(euroMs, mul(rate.eurosPerHour, ratio(BigInt(ms))));
    return mul(mul(euroMs, coefficient), ratio(100n, BigInt(MS_PER_HOUR)));
  }
}

/**
 * Milliseconds and actions per group (a label or people id) and rate index, in flat typed
 * arrays: one addition per action, whatever the number of actions; ledgers are built at the end.
 */
export class RateSums {
  private readonly ms: Float64Array;
  private readonly actions: Int32Array;

  constructor(readonly groups: number, private readonly rates: readonly AppliedRate[]) {
    this.ms = new Float64Array(groups * rates.length);
    this.actions = new Int32Array(groups * rates.length);
  }

  /** `actions`: 1 for a row that starts an action, 0 for a later piece of one (see ActionTable.starts). */
  add(group: number, rate: number, ms: number, actions: number): void {
    const at = group * this.rates.length + rate;
    this.ms[at]! += ms;
    this.actions[at]! += actions;
  }

  /** The group's ledger, or undefined when it has no valued action nor hours. */
  ledger(group: number): RateLedger | undefined {
    let ledger: RateLedger | undefined;
    for (let r = 0; r < this.rates.length; r++) {
      const at = group * this.rates.length + r;
      // the later pieces of an action valued at a rate bring hours, not actions
      if (this.actions[at] === 0 && this.ms[at] === 0) continue;
      ledger ??= new RateLedger();
      ledger.add(this.rates[r]!, this.ms[at]!, this.actions[at]!);
    }
    return ledger;
  }
}
