import type { BytePlatform } from "./bytePlatform";
import { completeUtf8Length, firstInvalidUtf8 } from "./encodingScan";
import { decodeSingleByte, windows1252Char } from "./singleByte";
import { TextFault } from "./textFault";
import type { TextEncoding } from "./textDecoding";

const EMPTY = new Uint8Array();

/**
 * Decodes a text file chunk by chunk in the encoding chosen for it (EncodingScan): the mark
 * removed, a character cut by a chunk's end kept for the next. A fault (invalid bytes, a control
 * character) is a TextFault at the offset of its first byte. The text never holds a control
 * character other than tab, line feed, carriage return and form feed.
 */
export class ChunkDecoder {
  /** Offset in the file of the first byte of `carry` (or of the next chunk). */
  private offset = 0;
  private carry: Uint8Array = EMPTY;
  /** Bytes of the byte-order mark still to drop. */
  private mark: number;
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly utf16 = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });

  constructor(readonly encoding: TextEncoding, private readonly platform: BytePlatform) {
    this.mark = encoding === "UTF-8 avec BOM" ? 3 : encoding.startsWith("UTF-16") ? 2 : 0;
  }

  decode(chunk: Uint8Array): string {
    return this.piece(chunk, false);
  }

  /** The text the last bytes complete, once the file is read. */
  end(): string {
    return this.piece(EMPTY, true);
  }

  private piece(chunk: Uint8Array, last: boolean): string {
    if (this.mark > 0) {
      const dropped = Math.min(this.mark, chunk.length);
      this.mark -= dropped;
      this.offset += dropped;
      chunk = chunk.subarray(dropped);
    }
    const bytes = this.carry.length ? this.platform.concat([this.carry, chunk]) : chunk;
    const start = this.offset;
    const { text, used } = this.text(bytes, start, last);
    this.carry = bytes.slice(used);
    this.offset = start + used;
    checkCharacters(text, this.encoding, (index) => start + this.byteLength(text, index));
    return text;
  }

  /** The text of the complete characters at the start of `bytes`, and how many bytes they take. */
  private text(bytes: Uint8Array, start: number, last: boolean): { text: string; used: number } {
    switch (this.encoding) {
      case "UTF-8":
      case "UTF-8 avec BOM":
        return this.utf8Text(bytes, start, last);
      case "UTF-16 LE":
      case "UTF-16 BE":
        return this.utf16Text(bytes, start, last);
      default:
        return { text: decodeSingleByte(bytes, this.encoding, this.platform.latin1), used: bytes.length };
    }
  }

  private utf8Text(bytes: Uint8Array, start: number, last: boolean): { text: string; used: number } {
    const used = last ? bytes.length : completeUtf8Length(bytes);
    const body = bytes.subarray(0, used);
    try {
      return { text: this.utf8.decode(body), used };
    } catch {
      throw new TextFault(
        start + firstInvalidUtf8(body),
        this.encoding === "UTF-8 avec BOM"
          ? "octets invalides en UTF-8, alors que le fichier commence par la marque de l'UTF-8 (BOM). " +
              "Le fichier est sans doute abîmé ; enregistrez-le de nouveau en « CSV UTF-8 » depuis votre tableur."
          : "octets invalides en UTF-8. Le fichier a sans doute changé pendant sa lecture ; relancez la commande.",
      );
    }
  }

  /** UTF-16 in either byte order; an odd last byte or a lone surrogate is an error. */
  private utf16Text(bytes: Uint8Array, start: number, last: boolean): { text: string; used: number } {
    const order = this.encoding;
    if (last && bytes.length % 2 === 1) {
      throw new TextFault(start + bytes.length - 1, `le fichier ${order} se termine par un octet isolé. Le fichier est sans doute tronqué.`);
    }
    let used = bytes.length & ~1;
    const even = bytes.subarray(0, used);
    const le = order === "UTF-16 BE" ? this.platform.swapped16(even) : even;
    // a high surrogate at the end waits for its low half in the next chunk
    if (!last && used >= 2 && (le[used - 1]! & 0xfc) === 0xd8) used -= 2;
    const units = le.subarray(0, used);
    try {
      return { text: this.utf16.decode(units), used };
    } catch {
      const text = this.platform.utf16le(units); // keeps lone surrogates as they are
      const lone = text.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      throw new TextFault(start + 2 * lone, `suite d'octets invalide en ${order}. Le fichier est sans doute abîmé.`);
    }
  }

  /** Bytes taken by the first `index` characters of a text this decoder made. */
  private byteLength(text: string, index: number): number {
    if (this.encoding.startsWith("UTF-16")) return 2 * index;
    if (this.encoding.startsWith("UTF-8")) return this.platform.utf8Length(text.slice(0, index));
    return index;
  }
}

/** C0 controls but tab, line feed, carriage return and form feed; all C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u0080-\u009F]/;
/** Bytes left undefined by Windows-1252 (decoded to their C1 code point). */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function checkCharacters(text: string, encoding: TextEncoding, offsetOf: (index: number) => number): void {
  const at = text.search(CONTROL);
  if (at >= 0) throw new TextFault(offsetOf(at), controlProblem(text.charCodeAt(at), encoding));
}

const hex = (code: number, digits: number) => code.toString(16).toUpperCase().padStart(digits, "0");

function controlProblem(code: number, encoding: TextEncoding): string {
  const undefinedIn1252 = UNDEFINED_IN_1252.has(code);
  if (encoding === "Windows-1252" && undefinedIn1252) {
    return (
      `octet 0x${hex(code, 2)}, qui n'est un caractère ni en UTF-8 ni en Windows-1252 : ce fichier n'est pas ` +
      "un texte dans un encodage reconnu. Enregistrez-le en « CSV UTF-8 » depuis votre tableur."
    );
  }
  if (code >= 0x80 && !undefinedIn1252) {
    return (
      `caractère de contrôle U+${hex(code, 4)} (sans doute « ${windows1252Char(code)} » mal converti depuis Windows-1252). ` +
      "Enregistrez de nouveau le fichier en « CSV UTF-8 » depuis votre tableur, à partir de l'original."
    );
  }
  return (
    `caractère de contrôle U+${hex(code, 4)} : ce fichier ne semble pas être un fichier texte ` +
    "(fichier binaire, ou texte UTF-16 sans marque d'ordre des octets)."
  );
}
