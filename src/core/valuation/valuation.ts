import type { Action } from "../journal/types";
import { allocateCents, toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { parseRatioText, ratioText, toNumber } from "../money/ratio";
import { type ValuationSettings, parseValuationSettings } from "../settings/valuation";
import { MS_PER_HOUR } from "../values/calendar";
import { etp } from "./etp";
import { LedgerGroups, RateLedger } from "./ledger";
import { type MileageValuation, valueMileage } from "./mileage";
import { type AppliedRate, RateError, noRateReason, rateResolver } from "./rates";

/** Hours and amount of a group of actions; the amount is rounded once from its exact value. */
export interface ValuedTally {
  key: string;
  label: string;
  durationMs: number;
  hours: number;
  etp: number;
  actions: number;
  /**
   * Rounded once from exactCents; in the category and project breakdowns, the rounded total split by
   * largest remainder instead, so that the lines add up to the total (as the 864/875 lines do).
   */
  cents: number;
  /** Exact amount in cents before rounding, "num/den" (see ratioText). */
  exactCents: string;
}

export interface RateUse {
  source: AppliedRate["source"];
  label: string;
  /** Euros per hour before the coefficient (display value). */
  eurosPerHour: number;
  durationMs: number;
  hours: number;
  cents: number;
}

/** JSON-ready (no BigInt, no Map): the report crosses google.script.run and --json. */
export interface Valuation extends Omit<ValuedTally, "key" | "label"> {
  /** Calendar year valued (undefined: every action given). */
  year: number | undefined;
  settings: ValuationSettings;
  /** Exact coefficient in French form, "1,45". */
  coefficient: string;
  /** Total in cents, rounded once from the exact sum. */
  cents: number;
  byCategory: ValuedTally[];
  byProject: ValuedTally[];
  byVolunteer: ValuedTally[];
  /** Each distinct rate used, in the order first met. */
  rates: RateUse[];
  /** Actions with no rate (dated before the SMIC table): counted in no amount. */
  unvalued: { actions: number; durationMs: number; reason: string };
  mileage: MileageValuation;
}

/** Values the given actions (usually one year's) with the settings. */
export function valueActions(actions: readonly Action[], input: ValuationSettings | unknown = {}, year?: number): Valuation {
  const settings = parseValuationSettings(input);
  const coefficient = decimal(settings.coefficient);
  if (coefficient.num <= 0n) throw new RateError("Le coefficient doit être strictement positif");
  const rateOf = rateResolver(settings);
  const total = new RateLedger();
  const byCategory = new LedgerGroups();
  const byProject = new LedgerGroups();
  const byVolunteer = new LedgerGroups();
  let unvaluedActions = 0;
  let unvaluedMs = 0;
  for (const a of actions) {
    const rate = rateOf(a);
    if (!rate) {
      unvaluedActions++;
      unvaluedMs += a.durationMs;
      continue;
    }
    const ms = a.durationMs;
    total.add(rate, ms);
    byCategory.add(a.category, a.category, rate, ms);
    byProject.add(a.project, a.project, rate, ms);
    byVolunteer.add(a.volunteerKey, a.volunteer, rate, ms);
  }
  const tally = (key: string, label: string, ledger: RateLedger): ValuedTally => {
    const exactCents = ledger.exactCents(coefficient);
    const hours = ledger.durationMs / MS_PER_HOUR;
    return {
      key, label, durationMs: ledger.durationMs, hours, etp: etp(ledger.durationMs, settings.etpBase),
      actions: ledger.actions, cents: toCents(exactCents), exactCents: ratioText(exactCents),
    };
  };
  const tallies = (groups: LedgerGroups) =>
    [...groups.groups].map(([key, g]) => tally(key, g.label, g.ledger))
      .sort((a, b) => b.durationMs - a.durationMs || a.label.localeCompare(b.label, "fr"));
  const all = tally("", "", total);
  /** Breakdowns of the total: the total's cents split by largest remainder, so that they add up to it. */
  const splitTotal = (list: ValuedTally[]): ValuedTally[] => {
    const cents = allocateCents(all.cents, list.map((t) => parseRatioText(t.exactCents)));
    return list.map((t, i) => ({ ...t, cents: cents[i]! }));
  };
  return {
    year,
    settings,
    coefficient: frenchDecimal(coefficient),
    durationMs: all.durationMs,
    hours: all.hours,
    etp: all.etp,
    actions: all.actions,
    cents: all.cents,
    exactCents: all.exactCents,
    byCategory: splitTotal(tallies(byCategory)),
    byProject: splitTotal(tallies(byProject)),
    byVolunteer: tallies(byVolunteer),
    rates: [...total.msByRate].map(([rate, ms]) => {
      const one = new RateLedger();
      one.add(rate, ms);
      return {
        source: rate.source, label: rate.label, eurosPerHour: toNumber(rate.eurosPerHour),
        durationMs: ms, hours: ms / MS_PER_HOUR, cents: toCents(one.exactCents(coefficient)),
      };
    }),
    unvalued: { actions: unvaluedActions, durationMs: unvaluedMs, reason: unvaluedActions ? noRateReason(settings) : "" },
    mileage: valueMileage(actions, settings, year),
  };
}
