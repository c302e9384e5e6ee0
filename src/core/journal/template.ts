import { COLUMN_ALIASES } from "./headerMeaning";

/**
 * The journal sheet Valorise offers to create on a blank spreadsheet: headers its reader knows
 * exactly (COLUMN_ALIASES), a note under each header saying what to type, and data validation on
 * the date, the hours, the distance and the category. The categories proposed are Bénévalibre's
 * twelve default ones (docs/regles/benevalibre.md), in our own words; an association may type its
 * own: the list only warns. What Sheets offers for each rule: docs/regles/google-sheets.md.
 */

/** A column's data validation: a date, a number from 0, or a value from a list (warning only). */
export type ColumnCheck = { kind: "date" | "number"; help: string } | { kind: "list"; values: string[]; help: string };

export interface TemplateColumn {
  header: string;
  note: string;
  check?: ColumnCheck;
}

export const JOURNAL_SHEET = "Journal";

export const DEFAULT_CATEGORIES = [
  "Gouvernance (CA, bureau)",
  "Administration, comptabilité",
  "Organisation d'événements",
  "Animation, encadrement d'activités",
  "Conseil, information",
  "Enseignement, formation",
  "Collecte de fonds",
  "Collecte, transport de biens",
  "Accueil, accompagnement",
  "Entretien, technique",
  "Communication, représentation",
  "Autre",
];

const A = COLUMN_ALIASES;

export const JOURNAL_TEMPLATE: readonly TemplateColumn[] = [
  { header: A.volunteer[0], note: "Prénom et nom de la personne, écrits toujours de la même façon (« Alice Martin ») : Valorise compte ses heures sous ce nom." },
  { header: A.association[0], note: "L'association pour qui l'action est faite. Facultatif si le classeur n'en suit qu'une." },
  {
    header: A.date[0],
    note: "Le jour de l'action, par exemple 14/03/2026.",
    check: { kind: "date", help: "Une date, par exemple 14/03/2026." },
  },
  {
    header: A.decimalHours[0],
    note: "Le temps donné, en heures : 2,5 pour 2 h 30. Mettez 0 pour un trajet seul, avec sa distance.",
    check: { kind: "number", help: "Un nombre d'heures, 0 ou plus : 2,5 pour 2 h 30." },
  },
  {
    header: A.category[0],
    note: "Le type d'action : choisissez dans la liste, ou écrivez la catégorie de votre association.",
    check: { kind: "list", values: DEFAULT_CATEGORIES, help: "Une catégorie de la liste, ou la vôtre." },
  },
  { header: A.project[0], note: "Facultatif : le projet ou l'événement (pour les totaux par projet)." },
  { header: A.title[0], note: "Facultatif : ce qui a été fait (« Réunion du bureau »)." },
  { header: A.role[0], note: "Facultatif : le rôle tenu (présidente, trésorier, encadrant…). Il compte pour le Compte d'engagement citoyen (CEC)." },
  {
    header: A.distance[0],
    note: "Facultatif : les kilomètres parcourus avec son véhicule pour l'association (frais kilométriques abandonnés).",
    check: { kind: "number", help: "Un nombre de kilomètres, 0 ou plus." },
  },
];

/** What the sidebar tells once the sheet is created: how to fill it in. */
export const JOURNAL_GUIDE = [
  "Une ligne par action : qui, pour quelle association, quel jour, combien d'heures.",
  "Passez la souris sur un en-tête pour voir ce qu'il attend ; une cellule refusée se corrige comme d'habitude.",
  "Quand le journal a ses premières lignes, réglez l'association (section 2) puis cliquez sur « Générer ».",
];
