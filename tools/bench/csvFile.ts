// The bench's journal written as Bénévalibre 2.x writes its CSV export (examples/benevalo-export.csv):
// ISO dates, durations as Python prints a timedelta, hours as Python prints a float, True/False.

import { closeSync, openSync, writeSync } from "node:fs";
import { type GeneratedAction, JOURNAL_HEADERS, journalActions } from "./generate";

const DAY_MS = 86_400_000;

/**
 * Free-text descriptions a volunteer types (what makes an export's rows some 250 bytes long):
 * the CSV journal of the bench gives one to every row, the typed grid to one row in ten.
 */
const NOTES = [
  "Accueil des familles et inscription des nouveaux adhérents à la rentrée, rangement de la salle et du matériel après la séance",
  "Préparation du « grand » repas annuel de l'association : courses, cuisine et service, vaisselle et nettoyage des locaux comprises",
  "Permanence téléphonique et réponses aux courriels des bénévoles ; mise à jour du planning partagé de la semaine et des suivantes",
  "Trajet aller-retour compris ; matériel prêté par la mairie pour la journée, rendu le soir même au service technique municipal",
  "Réunion de préparation de la saison : bilan de l'an passé, budget prévisionnel, répartition des rôles du bureau et des commissions",
  "Animation de l'atelier pour une quinzaine d'enfants du quartier, goûter offert par la boulangerie de la place du marché voisin",
];

/** A field as Python's csv module writes it: quoted when it holds a comma, a quote or a line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A duration as Python's str(timedelta) gives it: "2:30:00", "1 day, 2:00:00". */
function timedelta(hours: number): string {
  const seconds = Math.round(hours * 3600);
  const days = Math.floor(seconds / 86_400);
  const rest = seconds % 86_400;
  const clock = `${Math.floor(rest / 3600)}:${String(Math.floor((rest % 3600) / 60)).padStart(2, "0")}:${String(rest % 60).padStart(2, "0")}`;
  return days ? `${days} day${days > 1 ? "s" : ""}, ${clock}` : clock;
}

/** A float as Python prints it: "3.0", "2.5". */
const pythonFloat = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

function csvLine(a: GeneratedAction, note: string): string {
  return [
    field(a.first), field(a.last), field(a.pseudo), field(a.association), field(a.title), field(a.description || note),
    a.broken ? "31/02/2025" : iso(a.day), a.endDay === undefined ? "" : iso(a.endDay),
    a.asDuration ? timedelta(a.hours) : "", a.asHours ? pythonFloat(a.hours) : "", a.pending ? "True" : "False",
    a.distanceKm === undefined ? "" : pythonFloat(a.distanceKm), field(a.category), field(a.project), field(a.level),
  ].join(",");
}

/** Writes the bench's journal of `rows` actions to `path` as a Bénévalibre CSV export, a megabyte at a time; returns its size in bytes. */
export function writeJournalCsv(path: string, rows: number): number {
  const { next } = journalActions({ rows });
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    let batch: string[] = [JOURNAL_HEADERS.join(",")];
    let length = 0;
    const flush = () => {
      const buffer = Buffer.from(`${batch.join("\r\n")}\r\n`, "utf8");
      writeSync(fd, buffer);
      bytes += buffer.length;
      batch = [];
      length = 0;
    };
    for (let i = 0; i < rows; i++) {
      const line = csvLine(next(), NOTES[i % NOTES.length]!);
      batch.push(line);
      length += line.length;
      if (length > 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
