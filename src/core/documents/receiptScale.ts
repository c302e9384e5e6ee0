import { frenchAmount, toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { type Ratio, ONE, add, compare, mul, parseRatioText, ratio } from "../money/ratio";
import type { MileageSettings } from "../settings/valuation";
import type { MileageLine } from "../valuation/mileage";
import { VEHICLE_LABELS, mileageScaleFor, scaleBand, scaleClass } from "../valuation/mileageScale";

/**
 * Exact cents the kilometric scale of an income year allows for a yearly distance with a vehicle
 * (REFERENCE.md §4): d x perKm + fixed in the distance's band, +20 % for an electric vehicle.
 */
export function scaleCents(year: number, vehicle: Pick<MileageSettings, "vehicle" | "cv" | "electric">, distanceM: number): Ratio | undefined {
  const scale = mileageScaleFor(year);
  // no scale is known before 2020 income (mileageScale.ts)
  if (!scale) return undefined;
  const band = scaleBand(scaleClass(scale, vehicle.vehicle, vehicle.cv), distanceM / 1000);
  const euros = add(mul(ratio(distanceM, 1000), decimal(band.perKm)), decimal(band.fixed));
  const factor = vehicle.electric ? add(ONE, decimal(scale.electricIncrease)) : ONE;
  return mul(mul(euros, factor), ratio(100));
}

/**
 * Why a flat rate per km cannot back this volunteer's receipt (REFERENCE.md §4: « A flat
 * association rate above the scale cannot back a receipt »), or undefined when the amount it gives
 * is within the scale of that year for the vehicle. Amounts are compared over the year's distance,
 * so the fixed part of the 5,001 to 20,000 km band counts.
 */
export function flatRateAboveScale(line: MileageLine, settings: MileageSettings, year: number): string | undefined {
  if (settings.mode !== "taux") return undefined;
  const flat = parseRatioText(line.exactCents);
  const allowed = scaleCents(year, settings, line.distanceM);
  if (!allowed) return `aucun barème kilométrique n'est connu pour ${year} : le taux de ${frenchDecimal(decimal(settings.eurosPerKm!))} €/km ne peut y être comparé ni fonder un reçu fiscal`;
  if (compare(flat, allowed) <= 0) return undefined;
  const cls = scaleClass(mileageScaleFor(year)!, settings.vehicle, settings.cv);
  const vehicle = `${VEHICLE_LABELS[settings.vehicle]}${settings.vehicle === "cyclomoteur" ? "" : ` ${cls.label}`}${settings.electric ? " électrique" : ""}`;
  const km = frenchDecimal(ratio(line.distanceM, 1000), 1);
  return `le taux de ${frenchDecimal(decimal(settings.eurosPerKm!))} €/km donne ${frenchAmount(toCents(flat))} pour ${km} km, ` +
    `plus que le barème kilométrique ${year} (${vehicle} : ${frenchAmount(toCents(allowed))}) ; un taux au-dessus du barème ne peut fonder un reçu fiscal`;
}
