import { type Actions, selection } from "../journal/store";
import { type Period, calendarParts } from "../period/period";
import { yearOfDay } from "../values/calendar";
import { toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { type Ratio, ONE, add, mul, ratio, ratioText, toNumber } from "../money/ratio";
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

/**
 * Kilometres per volunteer and, when the settings value them, the amount each may give up. The scale
 * and the receipts are yearly: over a period spanning calendar years (an exercice closing on 30/06)
 * each year is valued alone, and a volunteer's amount is the sum of that volunteer's yearly receipts.
 */
export function valueMileage(actions: Actions, settings: ValuationSettings, when?: number | Period): MileageValuation {
  const { table, indexes } = selection(actions);
  const people = table.dictionaries.people;
  const parts: { year?: number; from: number }[] = typeof when === "object" ? calendarParts(when) : [{ year: when, from: -Infinity }];
  const metres = parts.map(() => new Float64Array(people.length));
  // the parts are the calendar years of the period, one after the other
  const firstYear = parts[0]!.year ?? 0;
  let distanceM = 0;
  let lastDay = -Infinity;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const m = table.distanceM[i]!;
    if (m === 0) continue;
    const day = table.day[i]!;
    distanceM += m;
    metres[parts.length > 1 ? yearOfDay(day) - firstYear : 0]![table.volunteer[i]!]! += m;
    if (day > lastDay) lastDay = day;
  }
  const years = parts.map((p) => p.year ?? (lastDay === -Infinity ? new Date().getUTCFullYear() : yearOfDay(lastDay)));
  const amounts = years.map((year) => amountFn(settings.mileage, year));
  const reductions = years.map((year) => decimal(taxReductionFor(year).rate));
  const lines: MileageLine[] = [];
  let cents = 0;
  let reductionCents = 0;
  people.forEach(({ key, display }, p) => {
    const m = metres.reduce((sum, part) => sum + part[p]!, 0);
    if (m === 0) return;
    const line: MileageLine = { key, volunteer: display, anonymous: key === "", distanceM: m, km: m / 1000, cents: 0, exactCents: "0/1", reductionCents: 0 };
    if (key !== "") {
      let exact = ratio(0);
      metres.forEach((part, j) => {
        const amount = amounts[j];
        if (!amount || part[p] === 0) return;
        const yearly = amount.exact(part[p]!);
        exact = add(exact, yearly);
        line.cents += toCents(yearly);
        line.reductionCents += toCents(mul(ratio(toCents(yearly)), reductions[j]!));
      });
      line.exactCents = ratioText(exact);
    }
    cents += line.cents;
    reductionCents += line.reductionCents;
    lines.push(line);
  });
  lines.sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || b.distanceM - a.distanceM || a.volunteer.localeCompare(b.volunteer, "fr"));
  const methods = [...new Set(amounts.map((a) => a?.method ?? ""))];
  return {
    mode: settings.mileage.mode,
    waived: settings.mileage.waived && amounts[0] !== undefined,
    distanceM,
    km: distanceM / 1000,
    cents,
    reductionCents,
    reductionRate: toNumber(reductions[reductions.length - 1]!),
    method: methods.length > 1 ? years.map((y, j) => `${y} : ${amounts[j]!.method}`).join(" ; ") : methods[0]!,
    byVolunteer: lines,
  };
}
