/**
 * "Les Jardins Partagés de Belleville" → "les-jardins-partagés-de-belleville": a file-name part.
 * Letters keep their accents (composed, NFC): two associations named « Club Ete » and « Club Été »
 * are two sets of files, never one written over the other.
 */
export function slug(text: string, maxLength = 60): string {
  const s = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return s.slice(0, maxLength).replace(/-+$/, "");
}
