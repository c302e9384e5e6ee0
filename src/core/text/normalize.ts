/** Lower case, accents removed: "Durée (en heures)" -> "duree (en heures)". */
export function accentlessLower(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Lower case, accents removed, everything but letters and digits dropped: "Durée (en heures)" -> "dureeenheures". */
export function headerKey(text: unknown): string {
  return accentlessLower(String(text ?? "")).replace(/[^a-z0-9]/g, "");
}

/** Trimmed, inner runs of white space folded to one space. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
