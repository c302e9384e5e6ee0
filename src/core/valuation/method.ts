import { frenchDecimal } from "../money/decimal";
import type { RateTable, ValuationSettings } from "../settings/valuation";
import { frenchHours } from "../values/hours";
import type { UnmatchedRate, UnratedLabel } from "./rateMatch";
import { RATE_KEY_FIELDS } from "./rateTable";
import { parseRate, rateValueText } from "./rateValue";
import { TERRITORY_LABELS } from "./smic";
import type { Valuation } from "./valuation";

const quote = (text: string) => `« ${text} »`;

const SMIC_TEXT = "SMIC horaire brut en vigueur à la date de chaque action";

/**
 * The rate of the hours a rate table does not price: the flat rate ("taux forfaitaire de 12,5 €/h",
 * "taux forfaitaire de 2 × SMIC horaire brut en vigueur à la date de chaque action"), or the SMIC on each action's date.
 */
export function fallbackRateText(s: ValuationSettings): string {
  const flat = s.rateMode === "forfait" && s.flatRate !== undefined ? parseRate(s.flatRate) : undefined;
  const smic = `${SMIC_TEXT}${s.territory === "mayotte" ? ` (${TERRITORY_LABELS.mayotte})` : ""}`;
  if (!flat) return smic;
  return `taux forfaitaire de ${flat.kind === "euros" ? rateValueText(flat) : `${frenchDecimal(flat.multiple)} × ${smic}`}`;
}

/** The journal column the rate table reads, as its header names it ("Niveau"); "" without a table. */
export function keyHeader(s: ValuationSettings): string {
  return s.rateTable ? s.rateTable.header || RATE_KEY_FIELDS[s.rateTable.key].label : "";
}

/** Rows of the rate table that some valued action matched. */
function appliedRows(v: Valuation): RateTable["rows"] {
  const unmatched = new Set(v.unmatchedRates.map((u) => u.label));
  return v.settings.rateTable?.rows.filter((row) => !unmatched.has(row.label)) ?? [];
}

/**
 * "SMIC horaire brut en vigueur à la date de chaque action" and the like, for labels and the note.
 * A rate table is named only when at least one of its rows was applied.
 */
export function rateBasisText(v: Valuation): string {
  const base = fallbackRateText(v.settings);
  const applied = appliedRows(v);
  if (applied.length === 0) return base;
  const smic = applied.filter((row) => parseRate(row.eurosPerHour)?.kind === "smic").length;
  const multiples = smic ? `, dont ${smic} en multiple du SMIC horaire brut à la date de chaque action` : "";
  return `taux horaire par ${keyHeader(v.settings).toLowerCase()} (${applied.length} taux${multiples}), à défaut ${base}`;
}

/** The rate basis, with the coefficient when it is not 1. */
export function methodText(v: Valuation): string {
  const coefficient = v.coefficient;
  return coefficient === "1" ? rateBasisText(v) : `${rateBasisText(v)}, coefficient ${coefficient}`;
}

/** "« Expertise »", or "sans niveau" for the actions whose label is blank. */
export function unratedLabelName(u: UnratedLabel, s: ValuationSettings): string {
  return u.label ? quote(u.label) : `sans ${keyHeader(s).toLowerCase()}`;
}



/**
 * The sentences of the method note on the rate table: the rows that matched no valued action, and
 * the hours valued at the fallback rate because their label has no row.
 */
export function rateTableNote(v: Valuation): string[] {
  const base = fallbackRateText(v.settings);
  const unrated = v.unratedLabels.map((u) => `${unratedLabelName(u, v.settings)} : ${frenchHours(u.durationMs)} heures`).join(" ; ");
  const fallbackSentences = unrated ? [`Les heures sans taux dans la table sont valorisées au ${base} (${unrated}).`] : [];
  if (v.unmatchedRates.length === 0) return fallbackSentences;
  const column = `de la colonne ${quote(keyHeader(v.settings))} des actions valorisées`;
  const rows = v.unmatchedRates.map((u) => quote(u.label)).join(", ");
  if (appliedRows(v).length === 0) {
    return [`La table de taux n'a pas été appliquée : aucune de ses lignes (${rows}) ne correspond à une valeur ${column} ; toutes les heures sont valorisées au ${base}.`];
  }
  const one = v.unmatchedRates.length === 1;
  return [
    one
      ? `La ligne ${rows} de la table de taux ne correspond à aucune valeur ${column} : son taux n'a été appliqué à aucune heure.`
      : `Les lignes ${rows} de la table de taux ne correspondent à aucune valeur ${column} : leurs taux n'ont été appliqués à aucune heure.`,
    ...fallbackSentences,
  ];
}

/** "La ligne « Expertize » de la table de taux ne correspond à aucune valeur de la colonne « Niveau » du journal (vouliez-vous dire « Expertise » ?)…" */
export function unmatchedRateText(u: UnmatchedRate, v: Valuation): string {
  const guess = u.suggestion === undefined ? "" : ` (vouliez-vous dire ${quote(u.suggestion)} ?)`;
  return `La ligne ${quote(u.label)} de la table de taux ne correspond à aucune valeur de la colonne ${quote(keyHeader(v.settings))} ` +
    `du journal${guess} : son taux n'est appliqué à aucune heure.`;
}

/** One French warning per rate-table row that matched no valued action, for the CLI, the sheets and the sidebar. */
export function unmatchedRateTexts(v: Valuation): string[] {
  return v.unmatchedRates.map((u) => unmatchedRateText(u, v));
}

/** "Sans taux dans la table, valorisées au SMIC… : « Expertise » (120 h), sans niveau (3 h)"; "" when every label has a rate. */
export function unratedLabelsText(v: Valuation): string {
  if (v.unratedLabels.length === 0) return "";
  const labels = v.unratedLabels.map((u) => `${unratedLabelName(u, v.settings)} (${frenchHours(u.durationMs)} h)`).join(", ");
  return `Heures sans taux dans la table, valorisées au ${fallbackRateText(v.settings)} : ${labels}`;
}

/** The rate-table warnings: each row that matched nothing, then the hours valued at the fallback rate instead. */
export function rateTableWarnings(v: Valuation): string[] {
  const rows = unmatchedRateTexts(v);
  const unrated = unratedLabelsText(v);
  return unrated ? [...rows, `${unrated}.`] : rows;
}
