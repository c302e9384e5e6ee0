/** "Club Sportif de Villeurbanne" → "club-sportif-de-villeurbanne": a file-name part every system accepts. */
export function slug(text: string, maxLength = 40): string {
  const plain = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/æ/g, "ae").replace(/Æ/g, "AE");
  const s = plain.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return s.slice(0, maxLength).replace(/-+$/, "");
}
