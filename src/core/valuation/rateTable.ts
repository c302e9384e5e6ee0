import { COLUMN_ALIASES } from "../journal/columns";
import { cellText, isBlank } from "../journal/cells";
import type { Grid } from "../journal/types";
import type { RateKey, RateTable } from "../settings/valuation";
import { identityKey } from "../text/identity";
import { headerKey } from "../text/normalize";
import type { LabelColumn } from "../journal/store";
import { RATE_EXAMPLE, parseRate } from "./rateValue";
import { UserError } from "../userError";

/** The action column each rate-table key reads ("volunteer": the volunteer's name), and the journal headers that name it. */
export const RATE_KEY_FIELDS: Record<RateKey, { aliases: readonly string[]; column: LabelColumn | "volunteer"; label: string }> = {
  niveau: { aliases: COLUMN_ALIASES.level, column: "level", label: "Niveau" },
  categorie: { aliases: COLUMN_ALIASES.category, column: "category", label: "Catégorie" },
  role: { aliases: COLUMN_ALIASES.role, column: "role", label: "Rôle" },
  benevole: { aliases: [...COLUMN_ALIASES.volunteer, "Nom"], column: "volunteer", label: "Bénévole" },
};

export class RateTableError extends UserError {}

export function rateKeyOfHeader(header: unknown): RateKey | undefined {
  const key = headerKey(header);
  return (Object.keys(RATE_KEY_FIELDS) as RateKey[]).find((k) => RATE_KEY_FIELDS[k].aliases.some((a) => headerKey(a) === key));
}

/**
 * Reads a two-column rate table: first header Niveau, Catégorie, Rôle or Bénévole, then one row
 * per value with its rate: euros per hour or a multiple of the SMIC ("2 x SMIC"). Blank rows are skipped.
 */
export function rateTableFromGrid(grid: Grid): RateTable {
  const header = grid[0]?.[0];
  const key = rateKeyOfHeader(header);
  if (!key) {
    throw new RateTableError(
      `Table de taux : la première colonne doit s'intituler Niveau, Catégorie, Rôle ou Bénévole (trouvé « ${cellText(header)} »)`,
    );
  }
  const rows: RateTable["rows"] = [];
  const seen = new Set<string>();
  for (let i = 1; i < grid.length; i++) {
    const [labelCell, rateCell] = grid[i] ?? [];
    if (isBlank(labelCell) && isBlank(rateCell)) continue;
    const label = cellText(labelCell);
    const rate = typeof rateCell === "number" || typeof rateCell === "string" ? parseRate(rateCell) : undefined;
    if (rate === undefined) {
      throw new RateTableError(`Table de taux, ligne ${i + 1} : taux illisible « ${cellText(rateCell)} » pour « ${label} » (attendu ${RATE_EXAMPLE})`);
    }
    if (seen.has(identityKey(label))) throw new RateTableError(`Table de taux : « ${label} » figure deux fois`);
    seen.add(identityKey(label));
    rows.push({ label, eurosPerHour: typeof rateCell === "number" ? rateCell : String(rateCell).trim() });
  }
  return { key, header: cellText(header), rows };
}
