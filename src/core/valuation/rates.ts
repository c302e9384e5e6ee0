import { type ActionTable, type Column, type LabelColumn, columnSpan } from "../journal/store";
import { decimal } from "../money/decimal";
import { ONE, type Ratio, mul } from "../money/ratio";
import type { ValuationSettings } from "../settings/valuation";
import { identityKey } from "../text/identity";
import { frenchDateOfIso } from "../values/calendar";
import { RATE_KEY_FIELDS } from "./rateTable";
import { type RateValue, notARate, parseRate, rateValueText } from "./rateValue";
import { SMIC_TABLE, noSmicReason, smicPeriod } from "./smic";
import { UserError } from "../userError";

export type RateSource = "table" | "forfait" | "smic";

/** A rate in euros per hour before the coefficient; one object per distinct rate, shared by actions. */
export interface AppliedRate {
  source: RateSource;
  /**
   * "SMIC horaire brut au 01/11/2024", "Niveau « Expert »", "Niveau « Expert » : 2 × SMIC horaire brut
   * au 01/11/2024", "Taux forfaitaire de 12,5 €/h", "Taux forfaitaire de 2 × SMIC horaire brut au 01/11/2024".
   */
  label: string;
  eurosPerHour: Ratio;
}

export class RateError extends UserError {}

/** The action column a rate table is keyed on, and the table row each of its labels matches. */
export interface RateKeyColumn {
  /** Label id of each action (a volunteer id for a table keyed by volunteer). */
  ids: Column;
  /** Text of each label id. */
  texts: readonly string[];
  /** Row of the rate table matching each label id, -1 when none does. */
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

/**
 * Finds the rate of each action: rate table, else flat rate, else the SMIC on the action's date. A
 * rate that follows the SMIC ("2 x SMIC", and the SMIC itself) has one applied rate per SMIC line
 * the journal's days reach, each named after its line.
 */
export function rateResolver(settings: ValuationSettings, table: ActionTable): RateResolver {
  const rateTable = settings.rateTable;
  const field = rateTable ? RATE_KEY_FIELDS[rateTable.key] : undefined;
  const territory = settings.territory;
  const smic = SMIC_TABLE[territory];
  const day = table.day;
  // the SMIC lines from the journal's first day to its last
  const [first, last] = columnSpan(day);
  const lo = Math.max(0, smicPeriod(first, territory).index);
  const hi = Math.max(lo, smicPeriod(last, territory).index);
  const rates: AppliedRate[] = [];
  /**
   * Adds a rate named `label`: its index in `rates`; when it follows the SMIC, one rate per line from
   * lo to hi named `label` + `horaire brut au` + the line's date, and the first one's index bit-inverted (~).
   */
  const add = (source: RateSource, label: string, value: RateValue): number => {
    if (value.kind === "euros") return rates.push({ source, label, eurosPerHour: value.eurosPerHour }) - 1;
    const start = rates.length;
    for (let p = lo; p <= hi; p++) {
      rates.push({ source, label: `${label} horaire brut au ${frenchDateOfIso(smic[p]!.from)}`, eurosPerHour: mul(value.multiple, decimal(smic[p]!.eurosPerHour)) });
    }
    return ~start;
  };
  const byLabel = new Map<string, number>();
  const rowRates = (rateTable?.rows ?? []).map((row, r) => {
    // a label written twice (refused when the table is read) keeps its first rate
    if (!byLabel.has(identityKey(row.label))) byLabel.set(identityKey(row.label), r);
    const value = parseRate(row.eurosPerHour);
    if (!value) throw new RateError(`Table de taux : ${notARate(row.eurosPerHour)}`);
    const label = `${rateTable?.header || field!.label} « ${row.label} »`;
    return add("table", value.kind === "smic" ? `${label} : ${rateValueText(value)}` : label, value);
  });
  const flat = flatRate(settings);
  const flatIndex = flat ? add("forfait", `Taux forfaitaire de ${rateValueText(flat)}`, flat) : undefined;
  const smicIndex = add("smic", "SMIC", { kind: "smic", multiple: ONE });

  const key = field && keyColumn(table, field.column, byLabel);
  const keyIds = key?.ids;
  const keyRows = key?.rowOf;
  // the SMIC line of the last day looked up, and the days it covers
  let period = { index: -1, from: 0, until: 0 };
  const rateAt = (index: number, d: number): number => {
    if (index >= 0) return index;
    if (d < period.from || d >= period.until) period = smicPeriod(d, territory);
    return period.index < 0 ? -1 : ~index + period.index - lo;
  };
  return {
    rates,
    key,
    rateOf(i) {
      if (keyRows) {
        const r = keyRows[keyIds![i]!]!;
        if (r >= 0) return rateAt(rowRates[r]!, day[i]!);
      }
      return rateAt(flatIndex ?? smicIndex, day[i]!);
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

function flatRate(settings: ValuationSettings): RateValue | undefined {
  if (settings.rateMode !== "forfait") return undefined;
  if (settings.flatRate === undefined) throw new RateError("Taux forfaitaire manquant : indiquez un taux en euros par heure ou un multiple du SMIC");
  const value = parseRate(settings.flatRate);
  if (!value) throw new RateError(`Taux forfaitaire : ${notARate(settings.flatRate)}`);
  return value;
}

/** French reason an action has no rate (before the SMIC table starts). */
export function noRateReason(settings: ValuationSettings): string {
  return noSmicReason(settings.territory);
}
