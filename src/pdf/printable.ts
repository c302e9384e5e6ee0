import { type PrintDocument, documentTexts } from "../core/documents/model";
import { COVERED } from "./fonts";

/*
 * What the PDF prints of a text: the same words, in characters the embedded font draws. Invisible
 * characters a copy and paste brings (controls, zero-width and direction marks) go; a letter the
 * font lacks (an emoji, a Chinese name) prints as « ? », seen and corrected rather than left out in
 * silence; decomposed accents (NFD, as macOS writes them) are composed first.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

let drawn: Uint8Array | undefined;

/** Whether the font draws this code point (COVERED: hexadecimal ranges). */
function isDrawn(code: number): boolean {
  if (!drawn) {
    drawn = new Uint8Array(0x10000);
    for (const range of COVERED.split(",")) {
      const [from, to = from] = range.split("-").map((h) => parseInt(h, 16));
      drawn.fill(1, from!, to! + 1);
    }
  }
  return code < 0x10000 && drawn[code] === 1;
}

/** The text composed, tabs as spaces, invisible characters gone: what is drawn or replaced. */
function cleaned(text: string): string {
  return text.normalize("NFC").replace(/\t/g, " ").replace(INVISIBLE, "");
}

/** A character printed as « ? »: neither a line break nor drawn by the font. */
function isMissing(ch: string): boolean {
  return ch !== "\n" && !isDrawn(ch.codePointAt(0)!);
}

export function printable(text: string): string {
  let out = "";
  for (const ch of cleaned(text)) out += isMissing(ch) ? "?" : ch;
  return out;
}

/** The characters of a document the font lacks (printed « ? »), each once, for the notice that says so. */
function missingCharacters(document: PrintDocument): string[] {
  const missing = new Set<string>();
  for (const text of documentTexts(document)) {
    for (const ch of cleaned(text)) if (isMissing(ch)) missing.add(ch);
  }
  return [...missing];
}

/** The French notice for a document printed with « ? » in place of some characters, or undefined. */
export function missingCharactersNotice(name: string, document: PrintDocument): string | undefined {
  const missing = missingCharacters(document);
  return missing.length
    ? `« ${name} » : ${missing.length > 1 ? "ces caractères absents" : "ce caractère absent"} de la police du PDF, imprimé${missing.length > 1 ? "s" : ""} « ? » : ${missing.join(" ")}.`
    : undefined;
}
