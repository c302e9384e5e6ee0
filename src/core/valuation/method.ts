import { decimal, frenchDecimal } from "../money/decimal";
import { RATE_KEY_FIELDS } from "./rateTable";
import { TERRITORY_LABELS } from "./smic";
import type { Valuation } from "./valuation";

/** "SMIC horaire brut en vigueur à la date de chaque action" and the like, for labels and the note. */
export function rateBasisText(v: Valuation): string {
  const s = v.settings;
  const base =
    s.rateMode === "forfait" && s.flatRate !== undefined
      ? `taux forfaitaire de ${frenchDecimal(decimal(s.flatRate))} €/h`
      : `SMIC horaire brut en vigueur à la date de chaque action${s.territory === "mayotte" ? ` (${TERRITORY_LABELS.mayotte})` : ""}`;
  if (!s.rateTable) return base;
  const by = (s.rateTable.header || RATE_KEY_FIELDS[s.rateTable.key].label).toLowerCase();
  return `taux horaire par ${by} (${s.rateTable.rows.length} taux), à défaut ${base}`;
}

/** The rate basis, with the coefficient when it is not 1. */
export function methodText(v: Valuation): string {
  const coefficient = v.coefficient;
  return coefficient === "1" ? rateBasisText(v) : `${rateBasisText(v)}, coefficient ${coefficient}`;
}
