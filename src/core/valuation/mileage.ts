import { type Actions, selection } from "../journal/store";
import { type Period, calendarParts } from "../period/period";
import { yearOfDay } from "../values/calendar";
import { toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { type Ratio, ONE, add, mul, ratio, ratioText, toNumber } from "../money/ratio";
import type { MileageSettings, ValuationSettings } from "../settings/valuation";
import type { Vehicle } from "../volunteers/table";
import { type MileageScale, VEHICLE_LABELS, isFlatScale, mileageScaleFor, noScaleReason, scaleBand, scaleClass } from "./mileageScale";
import { reductionCents, reductionRateText, taxReductionFor } from "./taxReduction";
import { frenchOrder } from "../text/frenchOrder";

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
  /** The vehicle the scale was applied to (« voiture 5 CV, électrique »); "" when no scale is applied. */
  vehicle: string;
  /** Where that vehicle comes from: the volunteers table, or the association's settings (scale only). */
  source?: "table" | "réglages";
  /** The volunteer's vehicle, or the settings' one (undefined when anonymous or not valued): a flat rate per km is checked against its scale. */
  vehicleUsed?: Vehicle;
}

export interface MileageValuation {
  mode: MileageSettings["mode"];
  waived: boolean;
  /** Costs given up to an organisation within CGI art. 200: receipts may be issued and the reductions are counted (0 otherwise). */
  receipts: boolean;
  distanceM: number;
  km: number;
  /**
   * Sum of the volunteers' rounded amounts: each receipt is its own amount, rounded alone, and the
   * 6251/75412 entry has one line pair per receipt, so the total is theirs and the lines add up to it.
   */
  cents: number;
  reductionCents: number;
  /** 0.66 (or 0.75 for an association helping people in difficulty, up to the limit) */
  reductionRate: number;
  /** French description of the reduction: « 66 % » or « 75 % jusqu'à 1 000,00 €, 66 % au-delà ». */
  reductionRateText: string;
  /** French description of the rate: "barème kilométrique, voiture 5 CV" or "0,30 €/km". */
  method: string;
  /** French statements on what is not valued (a year with no scale known). */
  notes: string[];
  byVolunteer: MileageLine[];
}

/** A volunteer's own vehicle (from the volunteers table), by the journal's key of that person. */
export type VehicleOf = (key: string) => Vehicle | undefined;

const M_PER_KM = 1000n;

/** The vehicle as a line names it: « voiture 5 CV, électrique », « cyclomoteur ». */
export function vehicleText(v: Vehicle): string {
  return `${VEHICLE_LABELS[v.kind]}${v.kind === "cyclomoteur" ? "" : ` ${v.cv} CV`}${v.electric ? ", électrique" : ""}`;
}

/** The scale's class of a vehicle, as the method names it: « voiture 5 CV, électrique (+20 %) », « voiture » on a flat scale. */
export function classText(scale: MileageScale, v: Vehicle): string {
  const increase = decimal(scale.electricIncrease);
  const cls = isFlatScale(scale) || v.kind === "cyclomoteur" ? "" : ` ${scaleClass(scale, v.kind, v.cv).label}`;
  return `${VEHICLE_LABELS[v.kind]}${cls}${v.electric && increase.num > 0n ? `, électrique (+${frenchDecimal(mul(increase, ratio(100)))} %)` : ""}`;
}

/** Exact amount in cents of a yearly distance on a scale, for one vehicle. */
export function scaleAmount(scale: MileageScale, v: Vehicle, m: number): Ratio {
  const cls = scaleClass(scale, v.kind, v.cv);
  const factor = v.electric ? add(ONE, decimal(scale.electricIncrease)) : ONE;
  const b = scaleBand(cls, m / 1000);
  const euros = add(mul(ratio(BigInt(m), M_PER_KM), decimal(b.perKm)), decimal(b.fixed));
  return mul(mul(euros, factor), ratio(100));
}

/**
 * Kilometres per volunteer and, when the settings value them, the amount each may give up. The scale
 * and the receipts are yearly: over a period spanning calendar years (an exercice closing on 30/06)
 * each year is valued alone at its own year's scale, and a volunteer's amount is the sum of that
 * volunteer's yearly receipts. On the scale, each volunteer's own vehicle (`vehicleOf`, from the
 * volunteers table) is used, else the vehicle of the settings. A year no scale is known for is not
 * valued, and `notes` says so.
 */
export function valueMileage(actions: Actions, settings: ValuationSettings, when?: number | Period, vehicleOf?: VehicleOf): MileageValuation {
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
  const mileage = settings.mileage;
  const mode = mileage.mode;
  const perKm = mode === "taux" ? perKmRate(mileage) : undefined;
  const scales = years.map((year) => (mode === "bareme" ? mileageScaleFor(year) : undefined));
  const fallback: Vehicle = { kind: mileage.vehicle, cv: mileage.cv, electric: mileage.electric };
  const inDifficulty = settings.peopleInDifficulty ?? false;
  // a donation only when the costs are given up, to an organisation within CGI art. 200 (docs/regles/frais-kilometriques.md)
  const waived = mileage.waived && mode !== "aucun";
  const receipts = waived && settings.article200 === "oui";
  const classes = years.map(() => new Set<string>());
  const lines: MileageLine[] = [];
  let cents = 0;
  let reductions = 0;
  people.forEach(({ key, display }, p) => {
    const m = metres.reduce((sum, part) => sum + part[p]!, 0);
    if (m === 0) return;
    const line: MileageLine = { key, volunteer: display, anonymous: key === "", distanceM: m, km: m / 1000, cents: 0, exactCents: "0/1", reductionCents: 0, vehicle: "" };
    if (key !== "" && mode !== "aucun") {
      const own = vehicleOf?.(key);
      const vehicle = own ?? fallback;
      line.vehicleUsed = vehicle;
      if (mode === "bareme") {
        line.vehicle = vehicleText(vehicle);
        line.source = own ? "table" : "réglages";
      }
      let exact = ratio(0);
      metres.forEach((part, j) => {
        const scale = scales[j];
        if (part[p] === 0 || (mode === "bareme" && !scale)) return;
        if (scale) classes[j]!.add(classText(scale, vehicle));
        const yearly = scale ? scaleAmount(scale, vehicle, part[p]!) : mul(perKm!, ratio(BigInt(part[p]!) * 100n, M_PER_KM));
        const yearlyCents = toCents(yearly);
        exact = add(exact, yearly);
        line.cents += yearlyCents;
        if (receipts) line.reductionCents += reductionCents(yearlyCents, years[j]!, inDifficulty);
      });
      line.exactCents = ratioText(exact);
    }
    cents += line.cents;
    reductions += line.reductionCents;
    lines.push(line);
  });
  lines.sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || b.distanceM - a.distanceM || frenchOrder(a.volunteer, b.volunteer));
  const lastYear = years[years.length - 1]!;
  const reduction = taxReductionFor(lastYear);
  const notes = mode === "bareme" ? years.filter((y, j) => !scales[j] && metres[j]!.some((x, p) => x > 0 && p > 0)).map((y) => `${noScaleReason(y)}.`) : [];
  if (waived && !receipts && cents > 0) notes.push(noReceiptReason(settings.article200));
  return {
    mode,
    waived,
    receipts,
    distanceM,
    km: distanceM / 1000,
    cents,
    reductionCents: reductions,
    reductionRate: toNumber(decimal((inDifficulty && reduction.inDifficulty?.rate) || reduction.rate)),
    reductionRateText: reductionRateText(lastYear, inDifficulty),
    method: methodText(mode, perKm, years, scales, classes, fallback),
    notes,
    byVolunteer: lines,
  };
}

/** Why costs given up bring no receipt nor tax reduction. */
function noReceiptReason(article200: ValuationSettings["article200"]): string {
  const answer = article200 ? `sa réponse est « ${article200} »` : "la table des associations ne le dit pas";
  return "Frais abandonnés sans reçu fiscal ni réduction d'impôt : seul un organisme dont toutes les activités entrent dans le champ " +
    `de l'article 200 du CGI en délivre, et ${answer} (colonne « Article 200 du CGI » de la table des associations : « oui » attendu).`;
}

function perKmRate(settings: MileageSettings): Ratio {
  if (settings.eurosPerKm === undefined) throw new RangeError("Taux kilométrique manquant : indiquez des euros par km");
  return decimal(settings.eurosPerKm);
}

/** « 0,30 €/km »; on the scale, each year's basis and the vehicle class (or « véhicule de chaque bénévole »), year by year when they differ. */
function methodText(
  mode: MileageSettings["mode"], perKm: Ratio | undefined, years: number[], scales: (MileageScale | undefined)[], classes: Set<string>[], fallback: Vehicle,
): string {
  if (mode === "taux") return `${frenchDecimal(perKm!)} €/km`;
  if (mode !== "bareme") return "";
  const yearly = years.map((year, j) => {
    const scale = scales[j];
    if (!scale) return `non valorisé (aucun barème connu pour ${year})`;
    const used = [...classes[j]!];
    return `${scale.basis}, ${used.length > 1 ? "véhicule de chaque bénévole" : used[0] ?? classText(scale, fallback)}`;
  });
  const distinct = [...new Set(yearly)];
  return distinct.length > 1 ? years.map((y, j) => `${y} : ${yearly[j]}`).join(" ; ") : distinct[0]!;
}
