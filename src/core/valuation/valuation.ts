import { type Actions, selection } from "../journal/store";
import { allocateCents, toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { type Ratio, ratioText, toNumber } from "../money/ratio";
import { type ValuationSettings, parseValuationSettings } from "../settings/valuation";
import { MS_PER_HOUR } from "../values/calendar";
import { etp } from "./etp";
import { RateLedger, RateSums } from "./ledger";
import { type MileageValuation, type VehicleOf, valueMileage } from "./mileage";
import type { Period } from "../period/period";
import { type RateTableMatch, type UnmatchedRate, type UnratedLabel, matchRateTable } from "./rateMatch";
import { type AppliedRate, type RateResolver, RateError, noRateReason, rateResolver } from "./rates";
import { frenchOrder } from "../text/frenchOrder";

/** Hours and amount of a group of actions. */
export interface ValuedTally {
  key: string;
  label: string;
  durationMs: number;
  hours: number;
  etp: number;
  actions: number;
  /**
   * For the total, its exact value rounded once. For a line of a breakdown, its share of the total's
   * cents (see Valuation): the lines add up to the total.
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
  /** Share of the total's cents, as for a breakdown line. */
  cents: number;
  /** Exact amount in cents before rounding, "num/den". */
  exactCents: string;
}

/** How a breakdown names the line of the actions whose label is blank. */
export const BLANK_LABELS = { category: "Sans catégorie", project: "Sans projet", association: "Sans association" } as const;

/** JSON-ready (no BigInt, no Map): the report crosses google.script.run and --json. */
export interface Valuation extends Omit<ValuedTally, "key" | "label"> {
  /** Year N valued (undefined: every action given). */
  year: number | undefined;
  /** The exercice or period the actions were chosen for, when given. */
  period?: Period;
  settings: ValuationSettings;
  /** Exact coefficient in French form, "1,45". */
  coefficient: string;
  /** Total in cents, rounded once from the exact sum. */
  cents: number;
  // Every breakdown (and `rates`) splits the total's cents between its lines by largest remainder
  // of their exact amounts: the lines add up to the total, as the 864/875 entry lines do, and the
  // outputs show these cents as they are, never rounding again.
  byCategory: ValuedTally[];
  byProject: ValuedTally[];
  /** Key and label: the association as the journal writes it ("" for actions without one). */
  byAssociation: ValuedTally[];
  byVolunteer: ValuedTally[];
  /** Each rate used: rate-table rows, flat rate, then the SMIC by date. */
  rates: RateUse[];
  /** Rate-table rows no valued action matched (empty without a table). */
  unmatchedRates: UnmatchedRate[];
  /** Labels of the rate table's key column no row matched, valued at the fallback rate (empty without a table). */
  unratedLabels: UnratedLabel[];
  /** Actions with no rate (dated before the SMIC table): counted in no amount. */
  unvalued: { actions: number; durationMs: number; reason: string };
  mileage: MileageValuation;
}

/** A line and its exact amount in cents, before the total is split between the lines. */
interface Exact<T> {
  line: T;
  exact: Ratio;
}

/** Hours per rate of the valued actions, in total and per group. */
interface ValuationSums {
  total: RateSums;
  byCategory: RateSums;
  byProject: RateSums;
  byAssociation: RateSums;
  byVolunteer: RateSums;
  /** Per label of the rate table's key column, when there is a table. */
  byKey: RateSums | undefined;
  unvalued: { actions: number; durationMs: number };
}

/** Values the given actions (usually one exercice's: pass its period) with the settings; vehicleOf: each volunteer's own vehicle (volunteers table). */
export function valueActions(actions: Actions, input: ValuationSettings | unknown = {}, when?: number | Period, vehicleOf?: VehicleOf): Valuation {
  const period = typeof when === "object" ? when : undefined;
  const year = typeof when === "object" ? when.year : when;
  const settings = parseValuationSettings(input);
  const coefficient = decimal(settings.coefficient);
  if (coefficient.num <= 0n) throw new RateError("Le coefficient doit être strictement positif");
  const { table } = selection(actions);
  const resolver = rateResolver(settings, table);
  const sums = sumActions(actions, resolver);
  const { people, labels } = table.dictionaries;
  const tally = (key: string, label: string, ledger: RateLedger) => exactTally(key, label, ledger, coefficient, settings.etpBase);
  const labelled = (texts: readonly string[]) => texts.map((t) => ({ key: t, label: t }));
  const totalLedger = sums.total.ledger(0) ?? new RateLedger();
  const all = tally("", "", totalLedger).line;
  const split = <T extends { cents: number }>(lines: Exact<T>[]) => splitTotal(all.cents, lines);
  const match: RateTableMatch = settings.rateTable && resolver.key && sums.byKey
    ? matchRateTable(settings.rateTable.rows, resolver.key, sums.byKey)
    : { unmatchedRates: [], unratedLabels: [] };
  return {
    year,
    ...(period ? { period } : {}),
    settings,
    coefficient: frenchDecimal(coefficient),
    durationMs: all.durationMs,
    hours: all.hours,
    etp: all.etp,
    actions: all.actions,
    cents: all.cents,
    exactCents: all.exactCents,
    byCategory: split(breakdown(sums.byCategory, labelled(labels.category), tally)),
    byProject: split(breakdown(sums.byProject, labelled(labels.project), tally)),
    byAssociation: split(breakdown(sums.byAssociation, labelled(labels.association), tally)),
    byVolunteer: split(breakdown(sums.byVolunteer, people.map((p) => ({ key: p.key, label: p.display })), tally)),
    rates: split(rateLines(totalLedger, coefficient)),
    ...match,
    unvalued: { ...sums.unvalued, reason: sums.unvalued.actions || sums.unvalued.durationMs ? noRateReason(settings) : "" },
    mileage: valueMileage(actions, settings, period ?? year, vehicleOf),
  };
}

/** One pass over the actions: each valued action's milliseconds added to its rate in every grouping. */
function sumActions(actions: Actions, resolver: RateResolver): ValuationSums {
  const { table, indexes } = selection(actions);
  const { rates, rateOf, key } = resolver;
  const { people, labels } = table.dictionaries;
  const total = new RateSums(1, rates);
  const byCategory = new RateSums(labels.category.length, rates);
  const byProject = new RateSums(labels.project.length, rates);
  const byAssociation = new RateSums(labels.association.length, rates);
  const byVolunteer = new RateSums(people.length, rates);
  const byKey = key && new RateSums(key.texts.length, rates);
  const keyIds = key?.ids;
  const { durationMs, category, project, association, volunteer, starts } = table;
  const unvalued = { actions: 0, durationMs: 0 };
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    // each piece of an action spread over its days is valued at the rate of its own day
    const rate = rateOf(i);
    const ms = durationMs[i]!;
    const s = starts ? starts[i]! : 1;
    if (rate < 0) {
      unvalued.actions += s;
      unvalued.durationMs += ms;
      continue;
    }
    total.add(0, rate, ms, s);
    byCategory.add(category[i]!, rate, ms, s);
    byProject.add(project[i]!, rate, ms, s);
    byAssociation.add(association[i]!, rate, ms, s);
    byVolunteer.add(volunteer[i]!, rate, ms, s);
    if (byKey) byKey.add(keyIds![i]!, rate, ms, s);
  }
  return { total, byCategory, byProject, byAssociation, byVolunteer, byKey, unvalued };
}

/** Hours and amount of a ledger; the amount rounded once from its exact value. */
function exactTally(key: string, label: string, ledger: RateLedger, coefficient: Ratio, etpBase: number): Exact<ValuedTally> {
  const exact = ledger.exactCents(coefficient);
  const line: ValuedTally = {
    key, label, durationMs: ledger.durationMs, hours: ledger.durationMs / MS_PER_HOUR, etp: etp(ledger.durationMs, etpBase),
    actions: ledger.actions, cents: toCents(exact), exactCents: ratioText(exact),
  };
  return { line, exact };
}

/** One line per group with valued actions, most hours first (ties by label); `names[g]` names group g. */
function breakdown(
  sums: RateSums,
  names: readonly { key: string; label: string }[],
  tally: (key: string, label: string, ledger: RateLedger) => Exact<ValuedTally>,
): Exact<ValuedTally>[] {
  const lines: Exact<ValuedTally>[] = [];
  for (let g = 0; g < sums.groups; g++) {
    const ledger = sums.ledger(g);
    if (ledger) lines.push(tally(names[g]!.key, names[g]!.label, ledger));
  }
  return lines.sort((a, b) => b.line.durationMs - a.line.durationMs || frenchOrder(a.line.label, b.line.label));
}

/** One line per rate used, in the order of the rates. */
function rateLines(total: RateLedger, coefficient: Ratio): Exact<RateUse>[] {
  return [...total.msByRate].map(([rate, ms]) => {
    const one = new RateLedger();
    one.add(rate, ms);
    const exact = one.exactCents(coefficient);
    const line: RateUse = {
      source: rate.source, label: rate.label, eurosPerHour: toNumber(rate.eurosPerHour),
      durationMs: ms, hours: ms / MS_PER_HOUR, cents: toCents(exact), exactCents: ratioText(exact),
    };
    return { line, exact };
  });
}

/** The lines with the total's cents split by largest remainder of their exact amounts: they add up to it. */
function splitTotal<T extends { cents: number }>(cents: number, lines: readonly Exact<T>[]): T[] {
  const shares = allocateCents(cents, lines.map((l) => l.exact));
  return lines.map((l, i) => ({ ...l.line, cents: shares[i]! }));
}
