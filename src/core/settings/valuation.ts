import * as z from "zod/mini";
import { closingDateProblem } from "../accounting/closing";
import { DEFAULT_ETP_BASE } from "../valuation/etp";
import { FISCAL_HORSEPOWER, MAX_LABEL, MAX_NAME, MAX_RATE_ROWS, MAX_VALUE_CHARS } from "../values/limits";
import { type TypedDecimal, boundedDecimal } from "../values/userInput";
import { boolean, integer, list, matching, number, numberOrString, oneOf, text, withDefault, withDefaults } from "./checks";
import { lazy } from "./lazy";
import { UserError } from "../userError";

/** A decimal kept exact: written as a string ("1.45") or a number (read through its shortest form), as long as a value typed at most. */
const decimalInput = () => numberOrString().check(z.refine((v) => String(v).length <= MAX_VALUE_CHARS));

/** A decimal typed for `kind`, read and within its bounds (values/limits.ts); also "" (not given) when `orEmpty`. */
const boundedInput = (kind: TypedDecimal, orEmpty?: boolean) =>
  numberOrString().check(z.refine((v) => (orEmpty && v === "") || boundedDecimal(v, kind) !== undefined));

export const RATE_KEYS = ["niveau", "categorie", "role", "benevole"] as const;
export type RateKey = (typeof RATE_KEYS)[number];
export const CHART_IDS = ["ANC 2018-06", "CRC 99-01"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const rateTableSchema = lazy(() => z.object({
  /** Which action column the first column of the table names. */
  key: oneOf(RATE_KEYS),
  /** Header as the user wrote it, for messages and the method note. */
  header: z.optional(text(MAX_NAME)),
  /** eurosPerHour: euros per hour, or a multiple of the SMIC as typed ("2 x SMIC", see parseRate). */
  rows: list(z.object({ label: text(MAX_LABEL), eurosPerHour: decimalInput() }), MAX_RATE_ROWS),
}));
export type RateTable = z.output<ReturnType<typeof rateTableSchema>>;

export const mileageSettingsSchema = lazy(() => withDefaults({
  /** aucun: kilometres only; taux: a rate per km; bareme: the kilometric scale. */
  mode: withDefault(oneOf(["aucun", "taux", "bareme"]), "aucun"),
  eurosPerKm: z.optional(boundedInput("eurosPerKm", true)),
  vehicle: withDefault(oneOf(["voiture", "moto", "cyclomoteur"]), "voiture"),
  cv: withDefault(integer(...FISCAL_HORSEPOWER), 5),
  electric: withDefault(boolean(), false),
  /** The volunteers gave up repayment in writing: the entries then carry the 6251 / 75412 (CRC 99-01: 625 / 754) entry. */
  waived: withDefault(boolean(), false),
}));
export type MileageSettings = z.output<ReturnType<typeof mileageSettingsSchema>>;

export const valuationSettingsSchema = lazy(() => withDefaults({
  /** smic: gross hourly SMIC on the action's date; forfait: flatRate for every hour (euros per hour or "2 x SMIC", see parseRate). */
  rateMode: withDefault(oneOf(["smic", "forfait"]), "smic"),
  flatRate: z.optional(decimalInput()),
  /** Employer-contribution coefficient, e.g. "1.45" for "SMIC chargé". */
  coefficient: withDefault(boundedInput("coefficient"), "1"),
  territory: withDefault(oneOf(["metropole", "mayotte"]), "metropole"),
  rateTable: z.optional(rateTableSchema()),
  mileage: withDefault(mileageSettingsSchema(), { mode: "aucun", vehicle: "voiture", cv: 5, electric: false, waived: false }),
  chart: withDefault(oneOf(CHART_IDS), "ANC 2018-06"),
  /** Closing day of the financial year, "MM-DD" (year N added; one that exists every year) or a full "YYYY-MM-DD". Default 31 December N. */
  closingDate: withDefault(text(MAX_VALUE_CHARS).check(z.refine((v) => closingDateProblem(v) === undefined)), "12-31"),
  etpBase: withDefault(number().check(z.refine((v) => boundedDecimal(v, "etpBase") !== undefined)), DEFAULT_ETP_BASE),
  /** The association gives free meals, care or housing to people in difficulty (CGI art. 200 1 ter): a higher tax reduction up to a limit. */
  peopleInDifficulty: z.optional(boolean()),
  /** The associations table's answer to « Article 200 du CGI »: only « oui » lets costs given up bring a receipt and a tax reduction. */
  article200: z.optional(oneOf(["oui", "non", "à vérifier"])),
  siren: z.optional(matching(/^\d{9}$/)),
  associationName: z.optional(text(MAX_NAME)),
}));
export type ValuationSettings = z.output<ReturnType<typeof valuationSettingsSchema>>;
export type ValuationSettingsInput = z.input<ReturnType<typeof valuationSettingsSchema>>;

const FIELD_NAMES: Record<string, string> = {
  rateMode: "mode de taux", flatRate: "taux forfaitaire", coefficient: "coefficient", territory: "territoire",
  rateTable: "table de taux", mileage: "kilomètres", chart: "plan comptable", closingDate: "date de clôture",
  etpBase: "base ETP", article200: "article 200 du CGI", peopleInDifficulty: "aide aux personnes en difficulté", siren: "SIREN (9 chiffres)", associationName: "nom de l'association",
  eurosPerKm: "taux par km", vehicle: "véhicule", cv: "puissance fiscale (CV)", electric: "électrique", waived: "abandon de frais",
};

export class SettingsError extends UserError {
  override name = "SettingsError";
}

/** Settings with defaults filled in; throws a French SettingsError naming each bad field. */
export function parseValuationSettings(input: unknown = {}): ValuationSettings {
  const result = z.safeParse(valuationSettingsSchema(), input ?? {});
  if (!result.success) {
    const fields = result.error.issues.map((i) => i.path.map((p) => FIELD_NAMES[String(p)] ?? String(p)).join(" > ") || "réglages");
    throw new SettingsError(`Réglage de valorisation invalide : ${[...new Set(fields)].join(", ")}`);
  }
  return result.data;
}
