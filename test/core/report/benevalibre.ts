import { readJournal } from "../../../src/core/journal/read";
import type { Journal } from "../../../src/core/journal/types";

/** The columns of Bénévalibre's CSV export, in its order (examples/benevalo-export.csv, docs/regles/benevalibre.md). */
export const BENEVALIBRE_HEADERS = [
  "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée", "Durée (en heures)",
  "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
];

export interface ExportRow {
  first?: string;
  last?: string;
  association?: string;
  date: string;
  end?: string;
  hours: number;
  km?: number;
  category?: string;
  project?: string;
  level?: string;
}

/** "3:30:00" as Bénévalibre writes a duration. */
const clock = (hours: number) => {
  const s = Math.round(hours * 3600);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

/** The cells of an export as the CSV reader hands them over: text everywhere. */
export function exportGrid(rows: readonly ExportRow[]): string[][] {
  return [
    BENEVALIBRE_HEADERS,
    ...rows.map((r) => [
      r.first ?? "", r.last ?? "", "", r.association ?? "", "Action", "", r.date, r.end ?? "", clock(r.hours), String(r.hours.toFixed(1)),
      "False", r.km === undefined ? "" : String(r.km), r.category ?? "Animation", r.project ?? "", r.level ?? "",
    ]),
  ];
}

export function exportJournal(rows: readonly ExportRow[]): Journal {
  return readJournal(exportGrid(rows), { wallClock: (d) => d.getTime(), today: 20_600 });
}
