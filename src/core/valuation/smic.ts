import { dayOfIso, frenchDateOfIso } from "../values/calendar";

export type Territory = "metropole" | "mayotte";

export interface SmicRate {
  /** First day in force, "YYYY-MM-DD". */
  from: string;
  /** Gross hourly SMIC in euros, as a decimal string (exact). */
  eurosPerHour: string;
}

/**
 * Gross hourly SMIC, dated (docs/regles/smic.md). Metropolitan France (also Guadeloupe, Guyane,
 * Martinique, La Réunion, Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon); Mayotte has
 * its own series. Add a line when a new décret is published, with the text that sets it as a
 * comment (a comment rather than a field: nothing reads it, and the add-on loads this table on every call).
 */
export const SMIC_TABLE: Record<Territory, readonly SmicRate[]> = {
  metropole: [
    { from: "2020-01-01", eurosPerHour: "10.15" }, // décret 2019-1387
    { from: "2021-01-01", eurosPerHour: "10.25" }, // décret 2020-1598
    { from: "2021-10-01", eurosPerHour: "10.48" }, // arrêté du 27 septembre 2021
    { from: "2022-01-01", eurosPerHour: "10.57" }, // décret 2021-1741
    { from: "2022-05-01", eurosPerHour: "10.85" }, // arrêté du 19 avril 2022
    { from: "2022-08-01", eurosPerHour: "11.07" }, // arrêté du 29 juillet 2022
    { from: "2023-01-01", eurosPerHour: "11.27" }, // décret 2022-1608
    { from: "2023-05-01", eurosPerHour: "11.52" }, // arrêté du 26 avril 2023
    { from: "2024-01-01", eurosPerHour: "11.65" }, // décret 2023-1216
    { from: "2024-11-01", eurosPerHour: "11.88" }, // décret 2024-951
    { from: "2026-01-01", eurosPerHour: "12.02" }, // décret 2025-1228
  ],
  // Mayotte: from 2022 only (2021 and earlier not checked). 2025-01-01: no décret, 8.98 stayed in force.
  mayotte: [
    { from: "2022-01-01", eurosPerHour: "7.98" }, // décret 2021-1741 (notice, idcite.com)
    { from: "2022-05-01", eurosPerHour: "8.19" }, // arrêté du 19 avril 2022 (notice, ma-veille-juridique.com)
    { from: "2022-08-01", eurosPerHour: "8.35" }, // arrêté du 29 juillet 2022 (aga-france.fr)
    { from: "2023-01-01", eurosPerHour: "8.50" }, // décret 2022-1608 (IEDOM, rapport annuel Mayotte 2022, p. 47)
    { from: "2023-05-01", eurosPerHour: "8.70" }, // arrêté du 26 avril 2023 (notice, legifrance.gouv.fr)
    { from: "2024-01-01", eurosPerHour: "8.80" }, // décret 2023-1216 (Conseil d'État, 6 juin 2025, n° 492789)
    { from: "2024-11-01", eurosPerHour: "8.98" }, // décret 2024-951 (art. 1, legifrance.gouv.fr)
    { from: "2026-01-01", eurosPerHour: "9.33" }, // décret 2025-1228 (JO du 17/12/2025, lejournaldemayotte.yt)
  ],
};

export const TERRITORY_LABELS: Record<Territory, string> = { metropole: "métropole", mayotte: "Mayotte" };

const DAYS: Record<Territory, number[]> = {
  metropole: SMIC_TABLE.metropole.map((r) => dayOfIso(r.from)),
  mayotte: SMIC_TABLE.mayotte.map((r) => dayOfIso(r.from)),
};

/**
 * The line of SMIC_TABLE[territory] in force on a day (days since 1970-01-01): its index (-1
 * before the table starts) and the days it covers, from `from` to `until` excluded.
 */
export function smicPeriod(day: number, territory: Territory = "metropole"): { index: number; from: number; until: number } {
  const days = DAYS[territory];
  let index = -1;
  while (index + 1 < days.length && days[index + 1]! <= day) index++;
  return { index, from: index < 0 ? -Infinity : days[index]!, until: index + 1 < days.length ? days[index + 1]! : Infinity };
}

/** The SMIC in force on a day (days since 1970-01-01), or undefined before the table starts. */
export function smicOn(day: number, territory: Territory = "metropole"): SmicRate | undefined {
  const { index } = smicPeriod(day, territory);
  return index < 0 ? undefined : SMIC_TABLE[territory][index];
}

/** French reason a day has no SMIC: it comes before the table starts. */
export function noSmicReason(territory: Territory = "metropole"): string {
  const where = territory === "mayotte" ? " à Mayotte" : "";
  return `aucun SMIC connu${where} avant le ${frenchDateOfIso(SMIC_TABLE[territory][0]!.from)}`;
}
