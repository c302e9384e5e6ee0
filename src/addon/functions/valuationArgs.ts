import type { ValuationSettingsInput } from "../../core/settings/valuation";
import type { ChartId } from "../../core/settings/valuation";
import { rateTableFromGrid } from "../../core/valuation/rateTable";
import { headerKey } from "../../core/text/normalize";
import { notARate, parseRate } from "../../core/valuation/rateValue";
import { type Ratio, toNumber } from "../../core/money/ratio";
import { DEFAULT_ETP_BASE } from "../../core/valuation/etp";
import { type TypedDecimal, boundedDecimal, implausible, readTerritory, unknownTerritory } from "../../core/values/userInput";
import { ArgumentError, isOmitted, optionalText } from "./args";

/** A decimal argument within its bounds (values/limits.ts), read exactly; undefined when omitted. */
function boundedArg(value: unknown, name: string, kind: TypedDecimal): Ratio | undefined {
  if (isOmitted(value)) return undefined;
  const r = boundedDecimal(value, kind);
  if (!r) throw new ArgumentError(`${name} : ${implausible(value, kind)}`);
  return r;
}

function flatRate(value: unknown, name: string): ValuationSettingsInput {
  const text = typeof value === "number" ? value : String(value).trim();
  if (!parseRate(text)) throw new ArgumentError(`${name} : ${notARate(value)}`);
  return { rateMode: "forfait", flatRate: text };
}

/** taux: omitted (SMIC on each action's date), a number (EUR/h), a multiple of the SMIC ("2 x SMIC"), or a two-column table with headers. */
export function rateArg(value: unknown, name = "taux"): ValuationSettingsInput {
  if (isOmitted(value)) return {};
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return flatRate(value[0][0], name);
    return { rateTable: rateTableFromGrid(value as unknown[][]) };
  }
  return flatRate(value, name);
}

export function coefficientArg(value: unknown, name = "coefficient"): ValuationSettingsInput {
  // the cell's number, or the text as typed ("1,45"): the settings read it as they read the sidebar's
  return boundedArg(value, name, "coefficient") ? { coefficient: typeof value === "number" ? value : String(value).trim() } : {};
}

/** base: hours of a full time, 1607 when omitted. */
export function etpBaseArg(value: unknown, name = "base"): number {
  const base = boundedArg(value, name, "etpBase");
  return base ? toNumber(base) : DEFAULT_ETP_BASE;
}

/** territoire: « Mayotte » or « métropole » (when omitted); any other text is refused, never read as the metropolitan SMIC. */
export function territoryArg(value: unknown, name = "territoire"): "metropole" | "mayotte" {
  const text = optionalText(value);
  const territory = text === undefined ? "metropole" : readTerritory(text);
  if (!territory) throw new ArgumentError(`${name} : ${unknownTerritory(text)}`);
  return territory;
}

/** plan: "ANC 2018-06" (default) or "CRC 99-01"; "2018" and "99" are enough. */
export function chartArg(value: unknown, name = "plan"): ValuationSettingsInput {
  const text = optionalText(value);
  if (text === undefined) return {};
  const key = headerKey(text);
  const chart: ChartId | undefined = key.includes("9901") || key === "99" || key.includes("1999") || key.startsWith("crc")
    ? "CRC 99-01"
    : key.includes("201806") || key === "2018" || key.startsWith("anc") ? "ANC 2018-06" : undefined;
  if (!chart) throw new ArgumentError(`${name} : « ${text} » inconnu, attendu « ANC 2018-06 » ou « CRC 99-01 »`);
  return { chart };
}
