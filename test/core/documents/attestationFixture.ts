import { documentReportOf } from "../../../src/core/documents/documentPack";
import type { AssociationProfile } from "../../../src/core/associations/profile";
import type { DocumentRequest } from "../../../src/core/documents/request";
import { readJournal } from "../../../src/core/journal/read";
import { buildJournalReport } from "../../../src/core/report/yearReport";
import { readRolesTable } from "../../../src/core/roles/table";
import { dayFromParts } from "../../../src/core/values/calendar";

const utc = (d: Date) => d.getTime();
const HEADERS = ["Bénévole", "Association", "Date", "Date de fin", "Durée", "Catégorie", "Projet"];

export const AMIS = "Les Amis du Quartier";
export const CLUB = "Club Omnisport";

/**
 * 2025: Alice presides Les Amis (210,50 h, eligible) and helps the Club; Bob is its treasurer
 * (150 h, to complete); Chloé animates (210 h, to confirm); Jean-Pierre and Jean Pierre Martin are
 * two people whose names make the same file name; three hours have no name.
 */
export const ROWS = [
  ["Alice Martin", AMIS, "2025-01-06", "2025-01-31", "150:00:00", "Gouvernance", "Fête de quartier"],
  ["Alice Martin", AMIS, "2025-02-03", "2025-02-28", "60:30:00", "Animation", ""],
  ["Alice Martin", CLUB, "2025-03-01", "", "12:30:00", "Animation", "Tournoi"],
  ["Bob Durand", AMIS, "2025-01-06", "2025-01-31", "150:00:00", "Comptabilité", ""],
  ["Chloé Petit", AMIS, "2025-03-03", "2025-03-28", "210:00:00", "Animation", "Fête de quartier"],
  ["Jean-Pierre Martin", AMIS, "2025-04-01", "", "2:00:00", "Animation", ""],
  ["Jean Pierre Martin", AMIS, "2025-04-02", "", "1:00:00", "Animation", ""],
  ["", AMIS, "2025-04-03", "", "3:00:00", "Animation", ""],
  ["Alice Martin", AMIS, "2024-03-01", "2024-03-28", "210:00:00", "Gouvernance", ""],
];

export const ROLES = [
  ["Bénévole", "Rôle", "Association"],
  ["Alice Martin", "Présidente", AMIS],
  ["Alice Martin", "Secrétaire", CLUB],
  ["Bob Durand", "Trésorier", AMIS],
  ["Chloé Petit", "Animatrice", AMIS],
];

export const PROFILES: AssociationProfile[] = [
  { name: AMIS, rna: "W751000001", siren: "900000001", address: "1 rue de l'Exemple, 75020 Paris", article200: "oui" },
];

export const DAY = dayFromParts(2026, 3, 15)!;

export function request(extra: Partial<DocumentRequest> = {}): DocumentRequest {
  const journal = readJournal([HEADERS, ...ROWS], { wallClock: utc });
  const roles = readRolesTable(ROLES, { wallClock: utc });
  const report = buildJournalReport(journal, 2025, { roles, associations: PROFILES });
  return { report: documentReportOf(report), day: DAY, signatory: { name: "Marie Curie", quality: "Présidente", place: "Paris" }, ...extra };
}
