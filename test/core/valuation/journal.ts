import { readJournal } from "../../../src/core/journal/read";
import type { Journal } from "../../../src/core/journal/types";

export type Row = { who?: string; date: string; hours: number | string; category?: string; project?: string; level?: string; km?: number | string };

export const HEADERS = ["Bénévole", "Date", "Durée (en heures)", "Catégorie", "Projet", "Niveau", "Distance (en km)"];

export function grid(rows: readonly Row[]): unknown[][] {
  return [HEADERS, ...rows.map((r) => [r.who ?? "Alice", r.date, r.hours, r.category ?? "", r.project ?? "", r.level ?? "", r.km ?? ""])];
}

/** A journal read on a UTC wall clock, as the readers do. */
export function journal(rows: readonly Row[]): Journal {
  return readJournal(grid(rows), { wallClock: (d) => d.getTime() });
}
