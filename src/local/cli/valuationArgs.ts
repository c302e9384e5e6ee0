import { readClosingDay } from "../../core/accounting/closing";
import type { Grid } from "../../core/journal/types";
import type { ValuationSettingsInput } from "../../core/settings/valuation";
import { rateTableFromGrid } from "../../core/valuation/rateTable";
import { RATE_EXAMPLE, notARate, parseRate } from "../../core/valuation/rateValue";
import { type TypedDecimal, boundedDecimal, implausible, quoted, readTerritory, unknownTerritory } from "../../core/values/userInput";
import { FISCAL_HORSEPOWER } from "../../core/values/limits";
import { UsageError } from "./args";

/** Valuation options of `valorise rapport`, as typed. */
export interface ValuationCliOptions {
  rate?: string;
  rateTable?: string;
  coefficient?: string;
  chart?: string;
  siren?: string;
  etpBase?: string;
  closing?: string;
  territory?: string;
  kmRate?: string;
  cv?: string;
  vehicle?: string;
  electric?: boolean;
  waived?: boolean;
}

type ValueField = Exclude<keyof ValuationCliOptions, "electric" | "waived">;

export const VALUATION_VALUE_OPTIONS: Record<string, ValueField> = {
  "--taux": "rate", "--table-taux": "rateTable", "--coefficient": "coefficient", "--plan": "chart", "--siren": "siren",
  "--base-etp": "etpBase", "--cloture": "closing", "--clôture": "closing", "--territoire": "territory",
  "--taux-km": "kmRate", "--cv": "cv", "--vehicule": "vehicle", "--véhicule": "vehicle",
};
export const VALUATION_FLAGS: Record<string, "electric" | "waived"> = {
  "--electrique": "electric", "--électrique": "electric", "--abandon-frais": "waived",
};

/** A decimal option within its bounds (values/limits.ts), with a decimal point: "1,45" → "1.45". */
function boundedOption(text: string, option: string, kind: TypedDecimal): string {
  if (!boundedDecimal(text, kind)) throw new UsageError(`${option} : ${implausible(text, kind)}.`);
  return text.trim().replace(",", ".");
}

/** --taux: positive euros per hour ("12,50"), or a multiple of the SMIC ("2 x SMIC") kept as typed, within their bounds. */
function flatRateOf(text: string): string {
  const rate = parseRate(text);
  if (!rate) throw new UsageError(`--taux : ${notARate(text)}.`);
  if (rate.kind === "smic") return text.trim();
  if (rate.eurosPerHour.num === 0n) throw new UsageError(`--taux : ${quoted(text)} n'est pas un taux positif : attendu ${RATE_EXAMPLE}.`);
  return text.trim().replace(",", ".");
}

function chartOf(text: string): "ANC 2018-06" | "CRC 99-01" {
  const t = text.replace(/[^0-9a-z]/gi, "").toLowerCase();
  if (t.includes("9901") || t.startsWith("crc") || t === "1999") return "CRC 99-01";
  if (t.includes("201806") || t.startsWith("anc") || t === "2018") return "ANC 2018-06";
  throw new UsageError(`--plan : « ${text} » inconnu, attendu « ANC 2018-06 » ou « CRC 99-01 ».`);
}

/** "31/12", "30/06", "2025-03-31", "31/03/2025" -> the closingDate setting; one that does not exist every year is refused. */
function closingOf(text: string): string {
  const read = readClosingDay(text);
  if ("problem" in read) throw new UsageError(`--cloture : ${read.problem}`);
  return read.value;
}

/** The valuation settings the options ask for; the rate table file is read with readTable. */
export async function valuationSettingsOf(o: ValuationCliOptions, readTable: (path: string) => Promise<Grid>): Promise<ValuationSettingsInput> {
  const s: ValuationSettingsInput = {};
  if (o.rate !== undefined) Object.assign(s, { rateMode: "forfait", flatRate: flatRateOf(o.rate) });
  if (o.rateTable !== undefined) s.rateTable = rateTableFromGrid(await readTable(o.rateTable));
  if (o.coefficient !== undefined) s.coefficient = boundedOption(o.coefficient, "--coefficient", "coefficient");
  if (o.chart !== undefined) s.chart = chartOf(o.chart);
  if (o.siren !== undefined) {
    const siren = o.siren.replace(/\s/g, "");
    if (!/^\d{9}$/.test(siren)) throw new UsageError(`--siren : ${quoted(o.siren)} n'est pas un SIREN (9 chiffres).`);
    s.siren = siren;
  }
  if (o.etpBase !== undefined) s.etpBase = Number(boundedOption(o.etpBase, "--base-etp", "etpBase"));
  if (o.closing !== undefined) s.closingDate = closingOf(o.closing);
  if (o.territory !== undefined) {
    const territory = readTerritory(o.territory);
    if (!territory) throw new UsageError(`--territoire : ${unknownTerritory(o.territory)}.`);
    s.territory = territory;
  }
  const vehicle = o.vehicle === undefined ? undefined : o.vehicle.trim().toLowerCase();
  if (vehicle !== undefined && vehicle !== "voiture" && vehicle !== "moto" && vehicle !== "cyclomoteur") {
    throw new UsageError(`--vehicule : attendu voiture, moto ou cyclomoteur.`);
  }
  // digits only: Number() would read "1e1" and "0x10"
  const cv = o.cv === undefined ? undefined : /^\s*\d+\s*$/.test(o.cv) ? Number(o.cv) : NaN;
  const [min, max] = FISCAL_HORSEPOWER;
  if (cv !== undefined && !(cv >= min && cv <= max)) throw new UsageError(`--cv : ${quoted(o.cv)} n'est pas une puissance fiscale (un nombre entier de ${min} à ${max}).`);
  if (o.kmRate !== undefined || cv !== undefined || vehicle !== undefined || o.electric || o.waived) {
    s.mileage = {
      mode: o.kmRate !== undefined ? "taux" : cv !== undefined || vehicle !== undefined || o.electric ? "bareme" : "aucun",
      ...(o.kmRate !== undefined ? { eurosPerKm: boundedOption(o.kmRate, "--taux-km", "eurosPerKm") } : {}),
      ...(vehicle !== undefined ? { vehicle: vehicle as "voiture" | "moto" | "cyclomoteur" } : {}),
      ...(cv !== undefined ? { cv } : {}),
      electric: o.electric ?? false,
      waived: o.waived ?? false,
    };
    if (o.waived && s.mileage.mode === "aucun") throw new UsageError("--abandon-frais demande --taux-km ou --cv (barème kilométrique).");
  }
  return s;
}
