import type { Action } from "../journal/types";
import { toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { type Ratio, ONE, add, mul, ratio, toNumber } from "../money/ratio";
import type { MileageSettings, ValuationSettings } from "../settings/valuation";
import { VEHICLE_LABELS, mileageScaleFor, scaleBand, scaleClass } from "./mileageScale";
import { taxReductionFor } from "./taxReduction";

export interface MileageLine {
  key: string;
  volunteer: string;
  anonymous: boolean;
  distanceM: number;
  km: number;
  /** What the volunteer may give up for a Cerfa 11580 receipt (0 when anonymous or not valued). */
  cents: number;
  /** The income-tax reduction that gift brings. */
  reductionCents: number;
}

export interface MileageValuation {
  mode: MileageSettings["mode"];
  waived: boolean;
  distanceM: number;
  km: number;
  /** Sum of the volunteers' rounded amounts (each receipt is its own amount). */
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
export function valueMileage(actions: readonly Action[], settings: ValuationSettings, year?: number): MileageValuation {
  const byKey = new Map<string, MileageLine>();
  let distanceM = 0;
  let lastYear = 0;
  for (const a of actions) {
    if (a.distanceM === 0) continue;
    distanceM += a.distanceM;
    if (a.year > lastYear) lastYear = a.year;
    let line = byKey.get(a.volunteerKey);
    if (!line) {
      line = { key: a.volunteerKey, volunteer: a.volunteer, anonymous: a.anonymous, distanceM: 0, km: 0, cents: 0, reductionCents: 0 };
      byKey.set(a.volunteerKey, line);
    }
    line.distanceM += a.distanceM;
  }
  const incomeYear = year ?? (lastYear || new Date().getUTCFullYear());
  const amount = amountFn(settings.mileage, incomeYear);
  const reduction = taxReductionFor(incomeYear);
  const reductionRate = decimal(reduction.rate);
  let cents = 0;
  let reductionCents = 0;
  const lines = [...byKey.values()];
  for (const line of lines) {
    line.km = line.distanceM / 1000;
    if (!amount || line.anonymous) continue;
    line.cents = toCents(amount.exact(line.distanceM));
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
