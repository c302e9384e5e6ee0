import { inclusiveReadings } from "./inclusive";

/** Governing body or supervision of other volunteers (L5151-9 6° b): qualifies by itself. */
export const DEFAULT_QUALIFYING_ROLES: readonly string[] = [
  "dirigeant", "dirigeante", "président", "présidente", "trésorier", "trésorière", "secrétaire",
  "administrateur", "administratrice", "membre du bureau", "bureau", "membre du CA", "CA",
  "conseil d'administration", "membre du conseil d'administration", "comité directeur",
  "encadrant de bénévoles", "encadrante de bénévoles", "encadrant des bénévoles", "encadrante des bénévoles",
  "coordinateur des bénévoles", "coordinatrice des bénévoles", "coordinateur de bénévoles",
  "coordinatrice de bénévoles", "responsable des bénévoles", "responsable de bénévoles",
];

/** Roles that qualify only when they supervise other volunteers, not members or the public. */
export const DEFAULT_UNCLEAR_ROLES: readonly string[] = [
  "animateur", "animatrice", "encadrant", "encadrante", "coordinateur", "coordinatrice",
  "responsable", "référent", "référente", "chef d'équipe", "cheffe d'équipe",
];

/** How a role text counts for the CEC. */
export type RoleKind = "qualifying" | "unclear" | "none";

/**
 * Words of each reading of a role (inclusive.ts), accents and case dropped, dots removed (C.A.),
 * punctuation as spaces, padded: [" vice president "], [" animateur ", " animatrice "].
 */
function words(text: string): string[] {
  return inclusiveReadings(text).map((reading) => ` ${reading.replace(/\./g, "").replace(/[^a-z0-9]+/g, " ").trim()} `);
}

/** The phrases of a word list, inclusive forms read both ways ("Président·e" gives two). */
function phrases(list: readonly string[]): string[] {
  return list.flatMap(words).filter((w) => w.trim());
}

export interface RoleWords {
  qualifying: readonly string[];
  unclear: readonly string[];
}

/**
 * Classifies role texts by whole-word phrases in any of their readings: "Vice-présidente" and
 * "Trésorier adjoint" qualify, "Animat⋅eur⋅rice" is unclear like "animateur".
 */
export function roleClassifier(lists: RoleWords): (role: string) => RoleKind {
  const qualifying = phrases(lists.qualifying);
  const unclear = phrases(lists.unclear);
  const cache = new Map<string, RoleKind>();
  const has = (readings: readonly string[], list: readonly string[]) => list.some((p) => readings.some((w) => w.includes(p)));
  return (role) => {
    let kind = cache.get(role);
    if (kind === undefined) {
      const w = words(role);
      kind = has(w, qualifying) ? "qualifying" : has(w, unclear) ? "unclear" : "none";
      cache.set(role, kind);
    }
    return kind;
  };
}
