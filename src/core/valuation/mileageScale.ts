import { inForce } from "../values/inForce";
/**
 * The kilometric scales volunteers use for the costs they give up, by income year (docs/regles/frais-kilometriques.md):
 * their own flat scale for 2020 and 2021 income, the employees' scale (CGI art. 83 3°) since 2022
 * income. Amount for a yearly distance d in km: d x perKm + fixed, in the band whose upToKm is the
 * first at or above d.
 */
export type VehicleKind = "voiture" | "moto" | "cyclomoteur";

export interface ScaleBand {
  /** Last yearly km of the band (null: no limit). */
  upToKm: number | null;
  perKm: string;
  fixed: string;
}

export interface ScaleClass {
  /** Highest fiscal horsepower of the class (null: no limit; cyclomoteurs have one class). */
  upToCv: number | null;
  label: string;
  bands: readonly ScaleBand[];
}

export interface MileageScale {
  fromYear: number;
  basis: string;
  vehicles: Record<VehicleKind, readonly ScaleClass[]>;
  /** Increase for electric vehicles, decimal string. */
  electricIncrease: string;
}

const band = (upToKm: number | null, perKm: string, fixed = "0"): ScaleBand => ({ upToKm, perKm, fixed });
const vehicleClass = (upToCv: number | null, label: string, bands: ScaleBand[]): ScaleClass => ({ upToCv, label, bands });
/** One class and one rate per km, whatever the horsepower and the distance. */
const allPowers = (perKm: string) => [vehicleClass(null, "toutes puissances", [band(null, perKm)])];

/** The volunteers' flat scale: one rate per km for cars, one for two-wheelers, whatever the horsepower, the distance or the fuel. */
const flatScale = (fromYear: number, car: string, twoWheels: string): MileageScale => ({
  fromYear,
  basis: `barème forfaitaire des bénévoles, revenus ${fromYear}`,
  electricIncrease: "0",
  vehicles: {
    voiture: allPowers(car),
    moto: allPowers(twoWheels),
    cyclomoteur: allPowers(twoWheels),
  },
});

/**
 * Oldest first. No scale is known before 2020 income: mileage of those years is not valued (see
 * mileageScaleFor), never at a later year's rates.
 * - 2020, 2021: the volunteers' own scale (BOI-BAREME-000002; service-public.fr and
 *   associations.gouv.fr notices, relayed e.g. by Les Echos Publishing on 08/02/2021 for 2020 income:
 *   0,321 €/km car, 0,125 €/km « vélomoteur, scooter ou moto »; 0,324 and 0,126 for 2021 income),
 *   « indépendamment de la puissance fiscale du véhicule, du type de carburant et du kilométrage »:
 *   no electric increase.
 * - 2022 on: loi 2022-1157 (LFR 2022) art. 21 sends volunteers to the employees' scale; mopeds and
 *   motorbikes beyond 3,000 km: bands of the same arrêté (BOI-BAREME-000001).
 */
export const MILEAGE_SCALES: readonly MileageScale[] = [
  flatScale(2020, "0.321", "0.125"),
  flatScale(2021, "0.324", "0.126"),
  {
    fromYear: 2022,
    basis: "barème kilométrique des salariés (CGI art. 83 3°), revenus 2022 à 2025",
    electricIncrease: "0.20",
    vehicles: {
      voiture: [
        vehicleClass(3, "3 CV et moins", [band(5000, "0.529"), band(20000, "0.316", "1065"), band(null, "0.370")]),
        vehicleClass(4, "4 CV", [band(5000, "0.606"), band(20000, "0.340", "1330"), band(null, "0.407")]),
        vehicleClass(5, "5 CV", [band(5000, "0.636"), band(20000, "0.357", "1395"), band(null, "0.427")]),
        vehicleClass(6, "6 CV", [band(5000, "0.665"), band(20000, "0.374", "1457"), band(null, "0.447")]),
        vehicleClass(null, "7 CV et plus", [band(5000, "0.697"), band(20000, "0.394", "1515"), band(null, "0.470")]),
      ],
      moto: [
        vehicleClass(2, "1 ou 2 CV", [band(3000, "0.395"), band(6000, "0.099", "891"), band(null, "0.248")]),
        vehicleClass(5, "3 à 5 CV", [band(3000, "0.468"), band(6000, "0.082", "1158"), band(null, "0.275")]),
        vehicleClass(null, "plus de 5 CV", [band(3000, "0.606"), band(6000, "0.079", "1583"), band(null, "0.343")]),
      ],
      cyclomoteur: [
        vehicleClass(null, "50 cm3 et moins", [band(3000, "0.315"), band(6000, "0.079", "711"), band(null, "0.198")]),
      ],
    },
  },
];

export const VEHICLE_LABELS: Record<VehicleKind, string> = { voiture: "voiture", moto: "moto", cyclomoteur: "cyclomoteur" };

/** The scale for an income year: the latest one in force; undefined before the first one (no scale known). */
export function mileageScaleFor(year: number): MileageScale | undefined {
  return inForce(MILEAGE_SCALES, year);
}

/** Why mileage of a year before every scale is not valued (French). */
export function noScaleReason(year: number): string {
  return `aucun barème kilométrique connu pour les revenus ${year} (le premier est celui de ${MILEAGE_SCALES[0]!.fromYear}) : kilomètres de ${year} non valorisés`;
}

/** A scale gives flat rates when it does not class vehicles by horsepower. */
export function isFlatScale(scale: MileageScale): boolean {
  return scale.vehicles.voiture.length === 1;
}

export function scaleClass(scale: MileageScale, kind: VehicleKind, cv: number): ScaleClass {
  const classes = scale.vehicles[kind];
  return classes.find((c) => c.upToCv === null || cv <= c.upToCv) ?? classes[classes.length - 1]!;
}

export function scaleBand(cls: ScaleClass, km: number): ScaleBand {
  return cls.bands.find((b) => b.upToKm === null || km <= b.upToKm) ?? cls.bands[cls.bands.length - 1]!;
}
