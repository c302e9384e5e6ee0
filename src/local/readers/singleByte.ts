/**
 * The two single-byte encodings French spreadsheets write: Windows-1252 (French Excel's "CSV
 * (séparateur : point-virgule)") and ISO 8859-15 (Latin-9, offered by LibreOffice and Linux tools).
 * Both are decoded from tables (Windows-1252's here, Latin-9's in core/text/latin9.ts, which the
 * entries file's encoder shares), not by Node: Node 20.18.3+ decodes "windows-1252" as Latin-1, 0x80 to
 * 0x9F becoming C1 control characters instead of € ’ Œ œ... (nodejs/node#60888), and Latin-1 is
 * what Buffer decodes natively.
 */

import { LATIN_9 } from "../../core/text/latin9";
import { plainBytes } from "./plainBytes";

export type SingleByteEncoding = "Windows-1252" | "ISO 8859-15";

/**
 * 0x80 to 0x9F in Windows-1252. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) keep their C1 code point, as the WHATWG table does: the control-character check
 * then rejects a file that holds them.
 */
const WINDOWS_1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The characters each encoding puts where Latin-1 has another one, by byte. */
const DIFFERENCES: Record<SingleByteEncoding, { bytes: RegExp; chars: Readonly<Record<number, string>> }> = {
  "Windows-1252": {
    bytes: /[\u0080-\u009f]/g,
    chars: Object.fromEntries([...WINDOWS_1252_80_9F].map((char, i) => [0x80 + i, char])),
  },
  "ISO 8859-15": { bytes: /[\u00a4\u00a6\u00a8\u00b4\u00b8\u00bc-\u00be]/g, chars: LATIN_9 },
};

/** The character a byte of 0x80 to 0x9F stands for in Windows-1252 (what a stray C1 control was meant to be). */
export function windows1252Char(byte: number): string {
  return DIFFERENCES["Windows-1252"].chars[byte] ?? String.fromCharCode(byte);
}

/**
 * Decodes bytes as Latin-1 (with the platform's `latin1`: one native pass in Node), then puts the
 * encoding's own characters in place.
 */
export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding, latin1: (bytes: Uint8Array) => string = plainBytes.latin1): string {
  const { bytes: differing, chars } = DIFFERENCES[encoding];
  return latin1(bytes).replace(differing, (char) => chars[char.charCodeAt(0)]!);
}

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
/** À to ÿ but × and ÷: the accented letters, at the same place in both encodings. */
const isLetter = (b: number) => isAsciiLetter(b) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/** Bytes that are letters in ISO 8859-15 (Š š ž Œ œ Ÿ) but signs in Latin-1 (¦ ¨ ¸ ¼ ½ ¾). */
const LETTERS_IN_LATIN_9 = new Set([0xa6, 0xa8, 0xb8, 0xbc, 0xbd, 0xbe]);
/** Bytes that are fractions in Latin-1 (¼ ½ ¾), written next to a digit ("1½ h"). */
const FRACTIONS = new Set([0xbc, 0xbd, 0xbe]);

/**
 * Which single-byte encoding a non-UTF-8 file is written in:
 * - any byte of 0x80 to 0x9F: Windows-1252 (ISO 8859-15 has only control characters there);
 * - otherwise a vote: for ISO 8859-15, each 0xA4 (€ there; nobody types Latin-1's ¤) and each
 *   byte of Š š ž Œ œ Ÿ next to a letter ("cœur", "Œuvres"); for Windows-1252, each ¼ ½ ¾ next to
 *   a digit. 0xB4 does not vote: Latin-1's ´ is typed as an apostrophe ("l´asso"), next to letters
 *   as Ž would be. ISO 8859-15 needs more votes than Windows-1252, which wins a tie: it is what
 *   French Excel writes, and equals Latin-1 on the bytes that decide nothing.
 */
export function singleByteEncodingOf(bytes: Uint8Array): SingleByteEncoding {
  const vote = new SingleByteVote();
  vote.push(bytes);
  return vote.result();
}

/** singleByteEncodingOf over a file read in chunks: the bytes on either side of a chunk's edge are each other's neighbours. */
export class SingleByteVote {
  private votes = 0;
  private windows1252 = false;
  /** Last byte of the chunks so far (0 before the first). */
  private last = 0;
  /** The last byte of the previous chunk when it votes on its neighbours: judged once the next byte is known. */
  private pending = -1;
  private pendingBefore = 0;

  push(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.windows1252 || n === 0) return;
    if (this.pending >= 0) this.judge(this.pending, this.pendingBefore, bytes[0]!);
    this.pending = -1;
    for (let i = 0; i < n - 1; i++) {
      const b = bytes[i]!;
      if (b >= 0x80) this.judge(b, i > 0 ? bytes[i - 1]! : this.last, bytes[i + 1]!);
    }
    const b = bytes[n - 1]!;
    if (b >= 0x80) {
      this.pending = b;
      this.pendingBefore = n > 1 ? bytes[n - 2]! : this.last;
    }
    this.last = b;
  }

  /** Notes the last byte of bytes that cannot vote (plain ASCII): the next chunk's first byte has it as neighbour. */
  skip(bytes: Uint8Array): void {
    if (bytes.length) this.last = bytes[bytes.length - 1]!;
  }

  result(): SingleByteEncoding {
    if (this.pending >= 0) this.judge(this.pending, this.pendingBefore, 0);
    this.pending = -1;
    return this.windows1252 || this.votes <= 0 ? "Windows-1252" : "ISO 8859-15";
  }

  private judge(b: number, before: number, after: number): void {
    if (b < 0xa0) this.windows1252 = true;
    else if (b === 0xa4) this.votes++;
    else if (LETTERS_IN_LATIN_9.has(b) && (isLetter(before) || isLetter(after))) this.votes++;
    else if (FRACTIONS.has(b) && (isDigit(before) || isDigit(after))) this.votes--;
  }
}
