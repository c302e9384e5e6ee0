import { accentlessLower, headerKey } from "../text/normalize";
import type { Field } from "./fields";

/**
 * Headers known exactly (compared by headerKey): Bénévalibre's exports (docs/regles/benevalibre.md) and the
 * usual names. They win over a header recognised by its words only.
 */
export const COLUMN_ALIASES: Record<Field, readonly string[]> = {
  volunteer: ["Bénévole", "Nom complet", "Membre"],
  firstName: ["Prénom"],
  lastName: ["Nom"],
  pseudo: ["Pseudo"],
  email: ["E-mail", "Adresse e-mail", "Courriel"],
  date: ["Date", "Date de début", "Début"],
  endDate: ["Date de fin", "Fin"],
  timestamp: ["Horodateur", "Timestamp"],
  decimalHours: ["Durée (en heures)", "Heures, en décimal", "Heures en décimal", "Heures", "Nombre d'heures"],
  duration: ["Durée", "Temps"],
  startTime: ["Heure de début"],
  endTime: ["Heure de fin"],
  category: ["Catégorie", "Activité"],
  project: ["Projet"],
  level: ["Niveau"],
  distance: ["Distance (en km)", "Distance", "Km", "Kilomètres"],
  association: ["Association"],
  role: ["Rôle", "Fonction"],
  title: ["Titre", "Action"],
  description: ["Description"],
  pending: ["En attente de modération", "En attente"],
};

/** What a header says: the field it names (exact: one of COLUMN_ALIASES), or a French note on why it is not read. */
export interface HeaderMeaning {
  field?: Field;
  exact?: boolean;
  note?: string;
}

let exactFields: Map<string, Field> | undefined;

function exactField(header: unknown): Field | undefined {
  if (!exactFields) {
    exactFields = new Map();
    for (const field of Object.keys(COLUMN_ALIASES) as Field[]) {
      for (const alias of COLUMN_ALIASES[field]) exactFields.set(headerKey(alias), field);
    }
  }
  return exactFields.get(headerKey(header));
}

// Words that carry no meaning in a header ("Date de l'action", "Quelle est votre fonction ?").
const STOP_WORDS = new Set(
  "a au aux c d de des du en est et l la le les par pour quel quelle quels quelles son sa ses sont un une votre vos ton ta tes mon ma mes qu que the of".split(" "),
);

/** Plural folded: "heures" → "heure", "niveaux" → "niveau" (short words kept: "km", "nom"). */
function stem(word: string): string {
  return word.length > 3 && (word.endsWith("s") || word.endsWith("x")) ? word.slice(0, -1) : word;
}

/** The header's words (accents, case and punctuation dropped) and the words of its parentheses, its unit. */
function headerWords(header: string): { words: string[]; units: string[]; key: string } {
  const plain = accentlessLower(header);
  const split = (s: string) => s.split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w));
  const units = split((plain.match(/\(([^)]*)\)|\[([^\]]*)\]/g) ?? []).join(" "));
  const words = split(plain.replace(/\(([^)]*)\)|\[([^\]]*)\]/g, " "));
  return { words, units, key: headerKey(header) };
}

/**
 * The field a header names by its words: the rules go from the most specific meaning to the least,
 * so "Heure de fin" is an end time (not an end date), "Rôle du bénévole" a role (not a name), and
 * "Date de naissance" or "Frais kilométriques (€)" nothing.
 */
function fieldByWords(header: string): HeaderMeaning {
  const { words, units, key } = headerWords(header);
  const all = new Set([...words, ...units].map(stem));
  const has = (...ws: string[]) => ws.some((w) => all.has(stem(w)));
  const inWords = (...ws: string[]) => words.some((w) => ws.includes(w));
  const unitHas = (...ws: string[]) => units.some((w) => ws.includes(w));

  // About the person or a place, never the action.
  if (has("naissance", "anniversaire", "age", "telephone", "tel", "portable", "postal", "ville", "commune", "lieu")) return {};
  if (has("horodateur", "horodatage", "timestamp") || (has("date", "heure") && has("reponse", "soumission", "envoi", "saisie", "enregistrement", "creation", "modification"))) {
    return { field: "timestamp" };
  }
  if (key.includes("email") || has("mail", "courriel", "electronique")) return { field: "email" };
  if (has("attente", "moderation")) return { field: "pending" };
  if (has("adresse")) return {};
  const time = has("heure", "horaire");
  if (!has("date") && time && has("debut", "commencement")) return { field: "startTime" };
  if (!has("date") && time && has("fin")) return { field: "endTime" };
  if (has("date") && has("fin")) return { field: "endDate" };
  if (has("date") || (has("jour") && !time && !has("nombre", "nb"))) return { field: "date" };
  if (has("duree", "temps") && has("minute", "min", "mn")) {
    return { note: `« ${header} » : durée en minutes, non lue (Valorise attend des heures, par exemple 1,5 ou 1:30).` };
  }
  if (inWords("heures", "hrs", "decimal", "decimale") || (has("duree", "temps") && (unitHas("h", "hrs", "heure", "heures") || has("decimal")))) {
    return { field: "decimalHours" };
  }
  if (has("duree", "temps")) return { field: "duration" };
  if (!header.includes("€") && !has("frais", "indemnite", "montant", "remboursement", "euro", "eur", "cout", "prix") &&
    has("distance", "km", "kms", "kilometre", "kilometrage")) {
    return { field: "distance" };
  }
  if (has("description", "commentaire", "remarque", "detail", "observation", "precision")) return { field: "description" };
  if (has("categorie", "activite", "domaine") || (has("type") && (words.length === 1 || has("action", "mission", "benevolat")))) {
    return { field: "category" };
  }
  if (has("projet")) return { field: "project" };
  if (has("niveau")) return { field: "level" };
  if (has("association", "asso", "structure", "club")) return { field: "association" };
  if (has("role", "fonction", "poste", "mandat", "responsabilite")) return { field: "role" };
  if (has("titre", "action", "intitule", "mission", "libelle", "objet", "tache")) return { field: "title" };
  if (has("pseudo", "pseudonyme", "surnom")) return { field: "pseudo" };
  // "Nombre de bénévoles" counts people: it names no one.
  if (has("nombre", "nb", "total")) return {};
  if (has("prenom") && has("nom")) return { field: "volunteer" };
  if (has("prenom")) return { field: "firstName" };
  if (has("nom") && has("famille", "usage")) return { field: "lastName" };
  if (has("benevole", "membre", "adherent", "intervenant", "participant", "volontaire", "personne", "identite", "complet")) return { field: "volunteer" };
  if (has("nom")) return { field: "lastName" };
  return {};
}

/** What a header names: an exact alias first, else its words. */
export function readHeader(header: string): HeaderMeaning {
  const exact = exactField(header);
  return exact ? { field: exact, exact: true } : fieldByWords(header);
}
