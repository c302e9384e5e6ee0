import { headerKey } from "../text/normalize";
import type { Table } from "../totals/table";
import { roundHours } from "../values/hours";
import { rateTableWarnings } from "./method";
import { BLANK_LABELS, type Valuation } from "./valuation";

export type BreakdownKind = "benevole" | "categorie" | "projet" | "association" | "taux";

const HEADERS: Record<BreakdownKind, string> = {
  benevole: "Bénévole", categorie: "Catégorie", projet: "Projet", association: "Association", taux: "Taux appliqué",
};

/** The breakdown a word names ("bénévoles", "Catégorie", "taux"...), or undefined. */
export function breakdownKindOf(text: string): BreakdownKind | undefined {
  const key = headerKey(text).replace(/s$/, "");
  return (Object.keys(HEADERS) as BreakdownKind[]).find((k) => k === key);
}

/** Tallies with their blank label named (« Sans catégorie »). */
const named = <T extends { label: string }>(tallies: readonly T[], blank: string) => tallies.map((t) => ({ ...t, label: t.label || blank }));

/** The lines of a breakdown as label, duration and cents (their cents add up to the total's). */
function linesOf(v: Valuation, kind: BreakdownKind): { label: string; durationMs: number; cents: number }[] {
  switch (kind) {
    case "benevole": return v.byVolunteer;
    case "categorie": return named(v.byCategory, BLANK_LABELS.category);
    case "projet": return named(v.byProject, BLANK_LABELS.project);
    case "association": return named(v.byAssociation, BLANK_LABELS.association);
    case "taux": return v.rates;
  }
}

/**
 * What BENEVOLAT_VENTILATION spills: headers, one line per volunteer (category, project,
 * association or rate) with its hours and amount in euros, the total they add up to, then the
 * rate-table warnings.
 */
export function breakdownTable(v: Valuation, kind: BreakdownKind): Table {
  const rows: Table = [[HEADERS[kind], "Heures", "Montant"]];
  for (const l of linesOf(v, kind)) rows.push([l.label, roundHours(l.durationMs), l.cents / 100]);
  rows.push(["Total", roundHours(v.durationMs), v.cents / 100]);
  for (const warning of rateTableWarnings(v)) rows.push([warning, "", ""]);
  return rows;
}
