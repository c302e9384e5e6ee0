import { type Actions, selection } from "../journal/actionTable";
import { allocateCents, toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { parseRatioText, ratioText, toNumber } from "../money/ratio";
import { type ValuationSettings, parseValuationSettings } from "../settings/valuation";
import { MS_PER_HOUR } from "../values/calendar";
import { etp } from "./etp";
import { RateLedger, RateSums } from "./ledger";
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
  /** Each rate used: rate-table rows, flat rate, then the SMIC by date. */
  rates: RateUse[];
  /** Actions with no rate (dated before the SMIC table): counted in no amount. */
  unvalued: { actions: number; durationMs: number; reason: string };
  mileage: MileageValuation;
}

/** Values the given actions (usually one year's) with the settings. */
export function valueActions(actions: Actions, input: ValuationSettings | unknown = {}, year?: number): Valuation {
  const settings = parseValuationSettings(input);
  const coefficient = decimal(settings.coefficient);
  if (coefficient.num <= 0n) throw new RateError("Le coefficient doit être strictement positif");
  const { table, indexes } = selection(actions);
  const { rates, rateOf } = rateResolver(settings, table);
  const { people, labels } = table.dictionaries;
  const total = new RateSums(1, rates);
  const byCategory = new RateSums(labels.category.length, rates);
  const byProject = new RateSums(labels.project.length, rates);
  const byVolunteer = new RateSums(people.length, rates);
  const { durationMs, category, project, volunteer } = table;
  let unvaluedActions = 0;
  let unvaluedMs = 0;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const rate = rateOf(i);
    const ms = durationMs[i]!;
    if (rate < 0) {
      unvaluedActions++;
      unvaluedMs += ms;
      continue;
    }
    total.add(0, rate, ms);
    byCategory.add(category[i]!, rate, ms);
    byProject.add(project[i]!, rate, ms);
    byVolunteer.add(volunteer[i]!, rate, ms);
  }
  const tally = (key: string, label: string, ledger: RateLedger): ValuedTally => {
    const exactCents = ledger.exactCents(coefficient);
    const hours = ledger.durationMs / MS_PER_HOUR;
    return {
      key, label, durationMs: ledger.durationMs, hours, etp: etp(ledger.durationMs, settings.etpBase),
      actions: ledger.actions, cents: toCents(exactCents), exactCents: ratioText(exactCents),
    };
  };
  /** One tally per group with valued actions; `names[g]` is the key and label of group g. */
  const tallies = (sums: RateSums, names: readonly { key: string; label: string }[]) => {
    const list: ValuedTally[] = [];
    for (let g = 0; g < sums.groups; g++) {
      const ledger = sums.ledger(g);
      if (ledger) list.push(tally(names[g]!.key, names[g]!.label, ledger));
    }
    return list.sort((a, b) => b.durationMs - a.durationMs || a.label.localeCompare(b.label, "fr"));
  };
  const labelled = (texts: readonly string[]) => texts.map((t) => ({ key: t, label: t }));
  const totalLedger = total.ledger(0) ?? new RateLedger();
  const all = tally("", "", totalLedger);
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
    byCategory: splitTotal(tallies(byCategory, labelled(labels.category))),
    byProject: splitTotal(tallies(byProject, labelled(labels.project))),
    byVolunteer: tallies(byVolunteer, people.map((p) => ({ key: p.key, label: p.display }))),
    rates: [...totalLedger.msByRate].map(([rate, ms]) => {
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
