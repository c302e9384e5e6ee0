// The journal fields and their French names. Kept apart from the header rules: the sidebar page
// and the settings schema need the names, not the rules.

/** Every field Valorise can read from a journal column, in the order the sidebar lists them. */
export const FIELDS = [
  "volunteer", "firstName", "lastName", "pseudo", "email",
  "date", "endDate", "timestamp", "decimalHours", "duration", "startTime", "endTime",
  "category", "project", "level", "distance", "association", "role", "title", "description", "pending",
] as const;

export type Field = (typeof FIELDS)[number];

/** A column of the journal: its index in the header row and its header as the user wrote it. */
export interface HeaderCell {
  index: number;
  header: string;
}

/** Column of each field found. */
export type ColumnMap = Partial<Record<Field, HeaderCell>>;

/**
 * Columns chosen by hand: field → header as written in the journal. "" means "no column for
 * this field" (a column detected for it is then ignored). A field left out is detected.
 */
export type ColumnOverrides = Partial<Record<Field, string>>;

/** How the sidebar and the reports name each field. */
export const FIELD_LABELS: Record<Field, string> = {
  volunteer: "Bénévole",
  firstName: "Prénom",
  lastName: "Nom",
  pseudo: "Pseudo",
  email: "E-mail",
  date: "Date",
  endDate: "Date de fin",
  timestamp: "Horodateur",
  decimalHours: "Heures (décimal)",
  duration: "Durée",
  startTime: "Heure de début",
  endTime: "Heure de fin",
  category: "Catégorie",
  project: "Projet",
  level: "Niveau",
  distance: "Distance (km)",
  association: "Association",
  role: "Rôle",
  title: "Titre",
  description: "Description",
  pending: "En attente de modération",
};

/** The field names of the command line (`--colonne date="Date de l'action"`). */
export const FIELD_OPTION_NAMES: Record<Field, string> = {
  volunteer: "benevole",
  firstName: "prenom",
  lastName: "nom",
  pseudo: "pseudo",
  email: "email",
  date: "date",
  endDate: "fin",
  timestamp: "horodateur",
  decimalHours: "heures",
  duration: "duree",
  startTime: "debut",
  endTime: "heure-fin",
  category: "categorie",
  project: "projet",
  level: "niveau",
  distance: "distance",
  association: "association",
  role: "role",
  title: "titre",
  description: "description",
  pending: "attente",
};
