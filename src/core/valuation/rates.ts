import type { Action } from "../journal/types";
import { decimal, frenchDecimal } from "../money/decimal";
import type { Ratio } from "../money/ratio";
import type { ValuationSettings } from "../settings/valuation";
import { looseKey } from "../text/normalize";
import { dayFromParts, frenchDate } from "../values/calendar";
import { RATE_KEY_FIELDS } from "./rateTable";
import { type SmicRate, noSmicReason, smicOn } from "./smic";

export type RateSource = "table" | "forfait" | "smic";

/** A rate in euros per hour before the coefficient; one object per distinct rate, shared by actions. */
export interface AppliedRate {
  source: RateSource;
  /** "SMIC horaire brut du 01/11/2024", "Niveau « Expert »", "Taux forfaitaire". */
  label: string;
  eurosPerHour: Ratio;
}

export class RateError extends Error {
  override name = "RateError";
}

/** Finds the rate of each action: rate table, else flat rate, else the SMIC on the action's date. */
export function rateResolver(settings: ValuationSettings): (a: Action) => AppliedRate | undefined {
  const table = settings.rateTable;
  const field = table ? RATE_KEY_FIELDS[table.key] : undefined;
  const byLabel = new Map<string, AppliedRate>();
  for (const row of table?.rows ?? []) {
    byLabel.set(looseKey(row.label), {
      source: "table",
      label: `${table?.header || field!.label} « ${row.label} »`,
      eurosPerHour: decimal(row.eurosPerHour),
    });
  }
  const flat = flatRate(settings);
  const smicRates = new Map<SmicRate, AppliedRate>();
  const keyCache = new Map<string, AppliedRate | undefined>();

  const smicRate = (day: number): AppliedRate | undefined => {
    const smic = smicOn(day, settings.territory);
    if (!smic) return undefined;
    let rate = smicRates.get(smic);
    if (!rate) {
      const from = smic.from;
      rate = {
        source: "smic",
        label: `SMIC horaire brut au ${frenchDate(dayFromParts(+from.slice(0, 4), +from.slice(5, 7), +from.slice(8, 10))!)}`,
        eurosPerHour: decimal(smic.eurosPerHour),
      };
      smicRates.set(smic, rate);
    }
    return rate;
  };

  return (a) => {
    if (field) {
      const raw = field.of(a);
      let rate = keyCache.get(raw);
      if (!keyCache.has(raw)) keyCache.set(raw, (rate = byLabel.get(looseKey(raw))));
      if (rate) return rate;
    }
    return flat ?? smicRate(a.day);
  };
}

function flatRate(settings: ValuationSettings): AppliedRate | undefined {
  if (settings.rateMode !== "forfait") return undefined;
  if (settings.flatRate === undefined) throw new RateError("Taux forfaitaire manquant : indiquez un taux en euros par heure");
  const eurosPerHour = decimal(settings.flatRate);
  if (eurosPerHour.num < 0n) throw new RateError("Le taux forfaitaire doit être positif");
  return { source: "forfait", label: `Taux forfaitaire de ${frenchDecimal(eurosPerHour)} €/h`, eurosPerHour };
}

/** French reason an action has no rate (before the SMIC table starts). */
export function noRateReason(settings: ValuationSettings): string {
  return noSmicReason(settings.territory);
}
