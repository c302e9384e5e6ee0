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

  add(rate: AppliedRate, ms: number): void {
    this.msByRate.set(rate, (this.msByRate.get(rate) ?? 0) + ms);
    this.durationMs += ms;
    this.actions++;
  }

  /** Exact amount in cents: sum of ms x euros/h x coefficient x 100 / 3,600,000. */
  exactCents(coefficient: Ratio): Ratio {
    let euroMs = ZERO;
    for (const [rate, ms] of this.msByRate) euroMs = add(euroMs, mul(rate.eurosPerHour, ratio(BigInt(ms))));
    return mul(mul(euroMs, coefficient), ratio(100n, BigInt(MS_PER_HOUR)));
  }
}

/** Ledgers keyed by a label (category, project, volunteer key). */
export class LedgerGroups {
  readonly groups = new Map<string, { label: string; ledger: RateLedger }>();

  add(key: string, label: string, rate: AppliedRate, ms: number): void {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { label, ledger: new RateLedger() }));
    g.ledger.add(rate, ms);
  }
}
