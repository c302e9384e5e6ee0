import { slug } from "../text/slug";

/** A file-name part of a name, never empty: a name of signs only (« ? ») becomes `fallback`. */
export function namePart(text: string, fallback: string): string {
  return slug(text) || fallback;
}

/**
 * Gives each file a name no other file of the set has: the second « attestation-2025-club-jean-pierre »
 * (Jean-Pierre and Jean Pierre) becomes « attestation-2025-club-jean-pierre-2 ». Names are compared
 * without case, as the file systems of Windows and macOS do.
 */
export class FileNames {
  private readonly taken = new Set<string>();

  /** `base`.pdf, or `base`-2.pdf… when taken; with no extension, a name part (an association's). */
  take(base: string, extension: string | null = "pdf"): string {
    for (let n = 1; ; n++) {
      const name = `${base}${n > 1 ? `-${n}` : ""}${extension === null ? "" : `.${extension}`}`;
      const key = name.normalize("NFC").toLowerCase();
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      return name;
    }
  }
}
