import { headerKey } from "../text/normalize";

/** The journal fields Valorise reads, and the headers that name each one (compared by headerKey). */
export const COLUMN_ALIASES = {
  volunteer: ["Bénévole", "Benevole", "Nom complet", "Membre"],
  firstName: ["Prénom"],
  lastName: ["Nom"],
  pseudo: ["Pseudo"],
  date: ["Date", "Date de début", "Début"],
  endDate: ["Date de fin", "Fin"],
  decimalHours: ["Durée (en heures)", "Heures, en décimal", "Heures en décimal", "Heures", "Nombre d'heures"],
  duration: ["Durée", "Temps"],
  category: ["Catégorie", "Activité"],
  project: ["Projet"],
  level: ["Niveau"],
  distance: ["Distance (en km)", "Distance", "Km", "Kilomètres"],
  association: ["Association"],
  role: ["Rôle", "Fonction"],
  title: ["Titre", "Action"],
  description: ["Description"],
  pending: ["En attente de modération", "En attente"],
  startTime: ["Heure de début"],
  endTime: ["Heure de fin"],
  email: ["Adresse e-mail", "E-mail", "Courriel"],
} as const;

export type Field = keyof typeof COLUMN_ALIASES;

/** Column index of each field found, with the header as the user wrote it. */
export type ColumnMap = Partial<Record<Field, { index: number; header: string }>>;

const FIELD_BY_KEY = new Map<string, Field>();
for (const field of Object.keys(COLUMN_ALIASES) as Field[]) {
  for (const alias of COLUMN_ALIASES[field]) FIELD_BY_KEY.set(headerKey(alias), field);
}

export class JournalError extends Error {
  override name = "JournalError";
}

function describeAliases(fields: readonly Field[]): string {
  return fields.flatMap((f) => COLUMN_ALIASES[f].map((a) => `« ${a} »`)).join(", ");
}

/** Finds each field's column by its header; the first matching column wins. */
export function mapColumns(headers: readonly unknown[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((raw, index) => {
    const field = FIELD_BY_KEY.get(headerKey(raw));
    if (field && !map[field]) map[field] = { index, header: String(raw).trim() };
  });
  return map;
}

/** Throws a French JournalError naming each required column that is missing. */
export function requireColumns(map: ColumnMap, headers: readonly unknown[]): void {
  const missing: string[] = [];
  if (!map.volunteer && !map.firstName && !map.lastName && !map.pseudo) {
    missing.push(`le nom du bénévole (une de ces colonnes : ${describeAliases(["volunteer", "firstName", "lastName", "pseudo"])})`);
  }
  if (!map.date) missing.push(`la date de l'action (${describeAliases(["date"])})`);
  if (!map.decimalHours && !map.duration) {
    missing.push(`la durée (${describeAliases(["decimalHours", "duration"])})`);
  }
  if (missing.length === 0) return;
  const seen = headers.map((h) => String(h ?? "").trim()).filter(Boolean);
  throw new JournalError(
    `Colonne manquante dans le journal : ${missing.join(" ; ")}. ` +
      `La première ligne doit porter les en-têtes. En-têtes trouvés : ${seen.length ? seen.map((h) => `« ${h} »`).join(", ") : "aucun"}.`,
  );
}
