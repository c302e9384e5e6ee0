import { frenchAmount, toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { compare, parseRatioText, ratio } from "../money/ratio";
import type { MileageSettings } from "../settings/valuation";
import { scaleAmount, vehicleText } from "../valuation/mileage";
import type { DocumentMileageLine } from "./documentReport";
import { mileageScaleFor } from "../valuation/mileageScale";

/** A receipt's distance: « 1 234,5 km », exact to the hundred metres. */
export function kmText(distanceM: number): string {
  return `${frenchDecimal(ratio(distanceM, 1000), 1)} km`;
}

/**
 * Why a flat rate per km cannot back this volunteer's receipt (docs/regles/frais-kilometriques.md:
 * a flat association rate above the scale cannot back a receipt), or undefined when the amount it
 * gives is within the scale of that year for the volunteer's own vehicle (the volunteers table's, else the
 * settings'). Amounts are compared over the year's distance, so the fixed part of the 5,001 to
 * 20,000 km band counts.
 */
export function flatRateAboveScale(line: DocumentMileageLine, settings: MileageSettings, year: number): string | undefined {
  if (settings.mode !== "taux" || !line.vehicleUsed) return undefined;
  const rate = `${frenchDecimal(decimal(settings.eurosPerKm!))} €/km`;
  const scale = mileageScaleFor(year);
  // no scale is known before 2020 income (mileageScale.ts)
  if (!scale) return `aucun barème kilométrique n'est connu pour ${year} : le taux de ${rate} ne peut y être comparé ni fonder un reçu fiscal`;
  const flat = parseRatioText(line.exactCents);
  const allowed = scaleAmount(scale, line.vehicleUsed, line.distanceM);
  if (compare(flat, allowed) <= 0) return undefined;
  return `le taux de ${rate} donne ${frenchAmount(toCents(flat))} pour ${kmText(line.distanceM)}, ` +
    `plus que le barème kilométrique ${year} (${vehicleText(line.vehicleUsed)} : ${frenchAmount(toCents(allowed))}) ; un taux au-dessus du barème ne peut fonder un reçu fiscal`;
}
