import { headersFound } from "../text/headersFound";
import { resolveColumns } from "./columnMapping";
import type { ColumnMap } from "./fields";
import type { Grid } from "./types";
import { UserError } from "../userError";

export { COLUMN_ALIASES } from "./headerMeaning";
export type { ColumnMap, ColumnOverrides, Field, HeaderCell } from "./fields";

export class JournalError extends UserError {}

/** Header rows made by withColumns, with the map chosen for them. */
const chosenMaps = new WeakMap<readonly unknown[], ColumnMap>();

/**
 * The grid with a copy of its header row that carries `columns`: mapColumns answers that map for
 * it. The reader maps the header row it is given; this is how columns chosen by hand reach it.
 */
export function withColumns(grid: Grid, columns: ColumnMap): Grid {
  if (grid.length === 0) return grid;
  const headers = grid[0]!.slice();
  chosenMaps.set(headers, columns);
  const copy = grid.slice();
  copy[0] = headers;
  return copy;
}

/** Each field's column: the map given to withColumns for this header row, else found by meaning. */
export function mapColumns(headers: readonly unknown[]): ColumnMap {
  return chosenMaps.get(headers) ?? resolveColumns(headers).columns;
}

/** What a journal cannot do without. */
export type Requirement = "identity" | "date" | "duration";

/** The requirements `map` does not meet: a name (or pseudo, or e-mail), a date, a duration (or start and end times). */
export function missingRequirements(map: ColumnMap): Requirement[] {
  const missing: Requirement[] = [];
  if (!map.volunteer && !map.firstName && !map.lastName && !map.pseudo && !map.email) missing.push("identity");
  if (!map.date) missing.push("date");
  if (!map.decimalHours && !map.duration && !(map.startTime && map.endTime)) missing.push("duration");
  return missing;
}

const REQUIREMENT_TEXT: Record<Requirement, string> = {
  identity: "le nom du bénévole (une colonne comme « Bénévole », « Nom et prénom », « Prénom » et « Nom », « Pseudo » ou « Adresse e-mail »)",
  date: "la date de l'action (« Date », « Date de l'action », « Jour »…)",
  duration: "la durée (« Durée (en heures) », « Heures », « Durée », « Temps passé »…, ou « Heure de début » et « Heure de fin »)",
};

/** Throws a French JournalError naming each required column that is missing; `hint` says how to choose one by hand. */
export function requireColumns(map: ColumnMap, headers: readonly unknown[], hint = ""): void {
  const missing = missingRequirements(map);
  if (missing.length === 0) return;
  throw new JournalError(
    `Colonne manquante dans le journal : ${missing.map((r) => REQUIREMENT_TEXT[r]).join(" ; ")}. ` +
      `La première ligne doit porter les en-têtes. ${headersFound(headers.map((h) => String(h ?? "").trim()))}` +
      (hint ? ` ${hint}` : ""),
  );
}
