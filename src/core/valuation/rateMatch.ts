import type { RateTable } from "../settings/valuation";
import { nearestText } from "../text/nearest";
import { MS_PER_HOUR } from "../values/calendar";
import type { RateSums } from "./ledger";
import type { RateKeyColumn } from "./rates";
import { frenchOrder } from "../text/frenchOrder";

/** A rate-table row whose label no valued action carries: its rate was applied to nothing. */
export interface UnmatchedRate {
  label: string;
  /** A label of the journal it probably meant ("Expertise" for "Expertize"), when one is close. */
  suggestion?: string;
}

/** A label of the rate table's key column that no row matches: its hours are valued at the fallback rate. */
export interface UnratedLabel {
  /** As the journal writes it ("" for actions with no label in that column). */
  label: string;
  actions: number;
  durationMs: number;
  hours: number;
}

export interface RateTableMatch {
  unmatchedRates: UnmatchedRate[];
  unratedLabels: UnratedLabel[];
}

/**
 * Which rows of the rate table the valued actions used, from their hours per label of the key
 * column (`byKey`, grouped by label id): the rows none used, and the labels no row matched.
 */
export function matchRateTable(rows: RateTable["rows"], key: RateKeyColumn, byKey: RateSums): RateTableMatch {
  const used = new Set<number>();
  const unratedLabels: UnratedLabel[] = [];
  for (let id = 0; id < key.texts.length; id++) {
    const ledger = byKey.ledger(id);
    if (!ledger) continue;
    const row = key.rowOf[id]!;
    if (row >= 0) used.add(row);
    else unratedLabels.push({ label: key.texts[id]!, actions: ledger.actions, durationMs: ledger.durationMs, hours: ledger.durationMs / MS_PER_HOUR });
  }
  const blank = (u: UnratedLabel) => Number(u.label === "");
  unratedLabels.sort((a, b) => b.durationMs - a.durationMs || blank(a) - blank(b) || frenchOrder(a.label, b.label));
  // only labels left without a rate are suggested: a label another row prices was not what the row meant
  const candidates = unratedLabels.map((u) => u.label).filter(Boolean);
  const unmatchedRates = rows.flatMap((row, r): UnmatchedRate[] => {
    if (used.has(r)) return [];
    const suggestion = nearestText(row.label, candidates);
    return [suggestion === undefined ? { label: row.label } : { label: row.label, suggestion }];
  });
  return { unmatchedRates, unratedLabels };
}
