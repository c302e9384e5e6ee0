import { type ActionTable, type Column, type LabelColumn } from "../journal/store";
import { decimal, frenchDecimal } from "../money/decimal";
import type { Ratio } from "../money/ratio";
import type { ValuationSettings } from "../settings/valuation";
import { identityKey } from "../text/identity";
import { frenchDateOfIso } from "../values/calendar";
import { RATE_KEY_FIELDS } from "./rateTable";
import { SMIC_TABLE, noSmicReason, smicPeriod } from "./smic";

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

/** The action column a rate table is keyed on, and the table row each of its labels matches. */
export interface RateKeyColumn {
  /** Label id of each action (a volunteer id for a table keyed by volunteer). */
  ids: Column;
  /** Text of each label id. */
  texts: readonly string[];
  /** Row of the rate table matching each label id (also its index in `rates`), -1 when none does. */
  rowOf: Int32Array;
}

/** Every rate the settings can apply, and the rate of each action of a table as an index in that list. */
export interface RateResolver {
  rates: readonly AppliedRate[];
  /** Index in `rates` of action i's rate, or -1 when it has none (dated before the SMIC table). */
  rateOf(i: number): number;
  /** With a rate table: the column it reads. */
  key?: RateKeyColumn;
}

/** Finds the rate of each action: rate table, else flat rate, else the SMIC on the action's date. */
export function rateResolver(settings: ValuationSettings, table: ActionTable): RateResolver {
  const rateTable = settings.rateTable;
  const field = rateTable ? RATE_KEY_FIELDS[rateTable.key] : undefined;
  const rates: AppliedRate[] = [];
  const byLabel = new Map<string, number>();
  for (const row of rateTable?.rows ?? []) {
    // a label written twice (refused when the table is read) keeps its first rate
    if (!byLabel.has(identityKey(row.label))) byLabel.set(identityKey(row.label), rates.length);
    rates.push({ source: "table", label: `${rateTable?.header || field!.label} « ${row.label} »`, eurosPerHour: decimal(row.eurosPerHour) });
  }
  const flat = flatRate(settings);
  const flatIndex = flat ? rates.push(flat) - 1 : -1;
  const firstSmic = rates.length;
  for (const s of SMIC_TABLE[settings.territory]) {
    rates.push({ source: "smic", label: `SMIC horaire brut au ${frenchDateOfIso(s.from)}`, eurosPerHour: decimal(s.eurosPerHour) });
  }

  const key = field && keyColumn(table, field.column, byLabel);
  const keyIds = key?.ids;
  const keyRates = key?.rowOf;
  // the SMIC line of the last day looked up, and the days it covers
  let period = { index: -1, from: 0, until: 0 };
  const smicRate = (day: number): number => {
    if (day < period.from || day >= period.until) period = smicPeriod(day, settings.territory);
    return period.index < 0 ? -1 : firstSmic + period.index;
  };
  const day = table.day;
  return {
    rates,
    key,
    rateOf(i) {
      if (keyRates) {
        const r = keyRates[keyIds![i]!]!;
        if (r >= 0) return r;
      }
      return flatIndex >= 0 ? flatIndex : smicRate(day[i]!);
    },
  };
}

/** The column a rate table reads, each of its labels matched to a row by the identity rule (accents kept). */
function keyColumn(table: ActionTable, column: LabelColumn | "volunteer", rowByKey: ReadonlyMap<string, number>): RateKeyColumn {
  const texts = column === "volunteer" ? table.dictionaries.people.map((p) => p.display) : table.dictionaries.labels[column];
  return {
    ids: column === "volunteer" ? table.volunteer : table[column],
    texts,
    rowOf: Int32Array.from(texts, (text) => rowByKey.get(identityKey(text)) ?? -1),
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
