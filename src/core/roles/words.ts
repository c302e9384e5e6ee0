import { looseKey } from "../text/normalize";

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

/** Words of a role, accents and case dropped, dots removed (C.A.), punctuation as spaces, padded: " vice president ". */
function words(text: string): string {
  return ` ${looseKey(text).replace(/\./g, "").replace(/[^a-z0-9]+/g, " ").trim()} `;
}

export interface RoleWords {
  qualifying: readonly string[];
  unclear: readonly string[];
}

/** Classifies role texts by whole-word phrases: "Vice-présidente" and "Trésorier adjoint" qualify. */
export function roleClassifier(lists: RoleWords): (role: string) => RoleKind {
  const qualifying = lists.qualifying.map(words).filter((w) => w.trim());
  const unclear = lists.unclear.map(words).filter((w) => w.trim());
  const cache = new Map<string, RoleKind>();
  return (role) => {
    let kind = cache.get(role);
    if (kind === undefined) {
      const w = words(role);
      kind = qualifying.some((q) => w.includes(q)) ? "qualifying" : unclear.some((u) => w.includes(u)) ? "unclear" : "none";
      cache.set(role, kind);
    }
    return kind;
  };
}
