import { type ActionSelection, type Actions, selectWhere, selection } from "../journal/store";
import { type Period, calendarParts } from "../period/period";
import { yearOfDay } from "../values/calendar";
import { toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { type Ratio, ONE, add, mul, parseRatioText, ratio, ratioText, toNumber } from "../money/ratio";
import type { MileageSettings, ValuationSettings } from "../settings/valuation";
import { VEHICLE_LABELS, mileageScaleFor, scaleBand, scaleClass } from "./mileageScale";
import { taxReductionFor } from "./taxReduction";

export interface MileageLine {
  key: string;
  volunteer: string;
  anonymous: boolean;
  distanceM: number;
  km: number;
  /**
   * What the volunteer may give up for a Cerfa 11580 receipt (0 when anonymous or not valued): the
   * receipt's own amount, rounded once from exactCents.
   */
  cents: number;
  /** Exact amount in cents before rounding, "num/den" ("0/1" when not valued). */
  exactCents: string;
  /** The income-tax reduction that gift brings. */
  reductionCents: number;
}

export interface MileageValuation {
  mode: MileageSettings["mode"];
  waived: boolean;
  distanceM: number;
  km: number;
  /**
   * Sum of the volunteers' rounded amounts: each receipt is its own amount, rounded alone, and the
   * 6251/75412 entry has one line pair per receipt, so the total is theirs and the lines add up to it.
   */
  cents: number;
  reductionCents: number;
  /** 0.66 */
  reductionRate: number;
  /** French description of the rate: "barème kilométrique, voiture 5 CV" or "0,30 €/km". */
  method: string;
  byVolunteer: MileageLine[];
}

const M_PER_KM = 1000n;

/** Exact amount in cents of a yearly distance, or undefined when mileage is not valued. */
function amountFn(settings: MileageSettings, year: number): { method: string; exact: (distanceM: number) => Ratio } | undefined {
  if (settings.mode === "taux") {
    if (settings.eurosPerKm === undefined) throw new RangeError("Taux kilométrique manquant : indiquez des euros par km");
    const perKm = decimal(settings.eurosPerKm);
    return { method: `${frenchDecimal(perKm)} €/km`, exact: (m) => mul(perKm, ratio(BigInt(m) * 100n, M_PER_KM)) };
  }
  if (settings.mode !== "bareme") return undefined;
  const scale = mileageScaleFor(year);
  const cls = scaleClass(scale, settings.vehicle, settings.cv);
  const factor = settings.electric ? add(ONE, decimal(scale.electricIncrease)) : ONE;
  const vehicle = `${VEHICLE_LABELS[settings.vehicle]}${settings.vehicle === "cyclomoteur" ? "" : ` ${cls.label}`}`;
  return {
    method: `${scale.basis}, ${vehicle}${settings.electric ? `, électrique (+${frenchDecimal(mul(decimal(scale.electricIncrease), ratio(100)))} %)` : ""}`,
    exact: (m) => {
      const km = ratio(BigInt(m), M_PER_KM);
      const b = scaleBand(cls, m / 1000);
      const euros = add(mul(km, decimal(b.perKm)), decimal(b.fixed));
      return mul(mul(euros, factor), ratio(100));
    },
  };
}

/** Kilometres per volunteer and, when the settings value them, the amount each may give up. */
export function valueMileage(actions: Actions, settings: ValuationSettings, year?: number): MileageValuation {
  const { table, indexes } = selection(actions);
  const people = table.dictionaries.people;
  const metres = new Float64Array(people.length);
  let distanceM = 0;
  let lastDay = -Infinity;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const m = table.distanceM[i]!;
    if (m === 0) continue;
    distanceM += m;
    metres[table.volunteer[i]!]! += m;
    if (table.day[i]! > lastDay) lastDay = table.day[i]!;
  }
  const lastYear = lastDay === -Infinity ? 0 : yearOfDay(lastDay);
  const lines: MileageLine[] = [];
  metres.forEach((m, p) => {
    const { key, display } = people[p]!;
    if (m > 0) lines.push({ key, volunteer: display, anonymous: key === "", distanceM: m, km: m / 1000, cents: 0, exactCents: "0/1", reductionCents: 0 });
  });
  const incomeYear = year ?? (lastYear || new Date().getUTCFullYear());
  const amount = amountFn(settings.mileage, incomeYear);
  const reduction = taxReductionFor(incomeYear);
  const reductionRate = decimal(reduction.rate);
  let cents = 0;
  let reductionCents = 0;
  for (const line of lines) {
    if (!amount || line.anonymous) continue;
    const exact = amount.exact(line.distanceM);
    line.exactCents = ratioText(exact);
    line.cents = toCents(exact);
    line.reductionCents = toCents(mul(ratio(line.cents), reductionRate));
    cents += line.cents;
    reductionCents += line.reductionCents;
  }
  lines.sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || b.distanceM - a.distanceM || a.volunteer.localeCompare(b.volunteer, "fr"));
  return {
    mode: settings.mileage.mode,
    waived: settings.mileage.waived && amount !== undefined,
    distanceM,
    km: distanceM / 1000,
    cents,
    reductionCents,
    reductionRate: toNumber(reductionRate),
    method: amount?.method ?? "",
    byVolunteer: lines,
  };
}

/**
 * Mileage of a period spanning calendar years (an exercice closing on 30/06): the scale and the
 * receipts are yearly, so each calendar year is valued alone and a volunteer's line is the sum of
 * that volunteer's yearly receipts.
 */
export function valueMileageOverPeriod(actions: ActionSelection, settings: ValuationSettings, period: Period): MileageValuation {
  const parts = calendarParts(period);
  const valued = parts.map((p) => valueMileage(selectWhere(actions, (i) => actions.table.day[i]! >= p.from && actions.table.day[i]! < p.until), settings, p.year));
  if (valued.length === 1) return valued[0]!;
  const merged = new Map<string, MileageLine>();
  for (const line of valued.flatMap((v) => v.byVolunteer)) {
    const seen = merged.get(line.key);
    if (!seen) merged.set(line.key, { ...line });
    else {
      seen.distanceM += line.distanceM;
      seen.km = seen.distanceM / 1000;
      seen.cents += line.cents;
      seen.reductionCents += line.reductionCents;
      seen.exactCents = ratioText(add(parseRatioText(seen.exactCents), parseRatioText(line.exactCents)));
    }
  }
  const last = valued[valued.length - 1]!;
  const methods = [...new Set(valued.map((v) => v.method).filter(Boolean))];
  return {
    ...last,
    distanceM: valued.reduce((s, v) => s + v.distanceM, 0),
    km: valued.reduce((s, v) => s + v.distanceM, 0) / 1000,
    cents: valued.reduce((s, v) => s + v.cents, 0),
    reductionCents: valued.reduce((s, v) => s + v.reductionCents, 0),
    method: methods.length > 1 ? parts.map((p, i) => `${p.year} : ${valued[i]!.method}`).join(" ; ") : (methods[0] ?? ""),
    byVolunteer: [...merged.values()].sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || b.distanceM - a.distanceM || a.volunteer.localeCompare(b.volunteer, "fr")),
  };
}
