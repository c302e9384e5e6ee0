import { ReaderError } from "./errors";
import { type SingleByteEncoding, decodeSingleByte, singleByteEncodingOf, windows1252Char } from "./singleByte";

/** The encoding a text file was read in, as the CLI names it to the user. */
export type TextEncoding = "UTF-8" | "UTF-8 avec BOM" | "UTF-16 LE" | "UTF-16 BE" | SingleByteEncoding;

export interface DecodedText {
  /** The text, byte-order mark removed. */
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes a text file (CSV, JSON), choosing its encoding:
 * 1. a byte-order mark says UTF-8, UTF-16 LE (French Excel's "Texte Unicode") or UTF-16 BE;
 * 2. without one, UTF-8 when the bytes are valid UTF-8 (Bénévalibre, Google Sheets, "CSV UTF-8");
 * 3. otherwise Windows-1252 or ISO 8859-15 (see singleByteEncodingOf).
 * A file that is none of these (binary, UTF-16 without a mark, bytes undefined in Windows-1252)
 * gets a French ReaderError naming the first line at fault. The text never holds a control
 * character other than tab, line feed, carriage return and form feed.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  checkCharacters(decoded);
  return decoded;
}

const startsWith = (bytes: Uint8Array, mark: readonly number[]) => mark.every((b, i) => bytes[i] === b);

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8WithBom(bytes), encoding: "UTF-8 avec BOM" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16(bytes, true), encoding: "UTF-16 LE" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16(bytes, false), encoding: "UTF-16 BE" };
  rejectUtf16WithoutMark(bytes);
  const text = utf8OrUndefined(bytes);
  if (text !== undefined) return { text, encoding: "UTF-8" };
  rejectMixedUtf8(bytes);
  const encoding = singleByteEncodingOf(bytes);
  return { text: decodeSingleByte(bytes, encoding), encoding };
}

/** A UTF-8 sequence of an accented letter or sign (two to four bytes), as a Windows-1252 text rarely holds. */
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

/**
 * A file that is not valid UTF-8 but holds UTF-8 sequences mixes two encodings: rows added in
 * another program to a UTF-8 export. Read in one encoding, half its names would be garbled
 * ("HÃ©lÃ¨ne"): refuse, naming the first line that is not UTF-8.
 */
function rejectMixedUtf8(bytes: Uint8Array): void {
  const latin1 = asLatin1(bytes);
  if (!UTF8_SEQUENCE.test(latin1)) return;
  const line = lineAfter(latin1.slice(0, firstInvalidUtf8(bytes)));
  throw new ReaderError(
    `Ligne ${line} : le fichier mélange deux encodages (UTF-8 dans les premières lignes, un autre à partir de celle-ci, ` +
      "sans doute des lignes ajoutées avec un autre logiciel). Ouvrez-le dans votre tableur et enregistrez-le en « CSV UTF-8 ».",
  );
}

/** Line number (from 1) of the position that follows this text: CRLF, LF and a lone CR each end a line. */
export function lineAfter(textBefore: string): number {
  return (textBefore.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Latin-1 view of bytes, enough to count the line breaks of any ASCII-compatible encoding. */
const asLatin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf8WithBom(bytes: Uint8Array): string {
  const text = utf8OrUndefined(bytes); // the decoder drops the mark
  if (text !== undefined) return text;
  const line = lineAfter(asLatin1(bytes.subarray(0, firstInvalidUtf8(bytes))));
  throw new ReaderError(
    `Ligne ${line} : octets invalides en UTF-8, alors que le fichier commence par la marque de l'UTF-8 (BOM). ` +
      "Le fichier est sans doute abîmé ; enregistrez-le de nouveau en « CSV UTF-8 » depuis votre tableur.",
  );
}

/**
 * Offset of the first byte of the first invalid UTF-8 sequence. A streaming decoder holds back an
 * unfinished sequence at the end of its input instead of failing on it, so "does this prefix
 * fail?" can be asked by halves.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const fails = (length: number) => utf8PrefixFails(bytes.subarray(0, length));
  let [ok, bad] = [0, bytes.length];
  while (bad - ok > 1) {
    const middle = (ok + bad) >>> 1;
    if (fails(middle)) bad = middle;
    else ok = middle;
  }
  return ok;
}

function utf8PrefixFails(prefix: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
    return false;
  } catch {
    return true;
  }
}

/** UTF-16 after its byte-order mark, in either byte order; an odd byte or a lone surrogate is an error. */
function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const order = littleEndian ? "UTF-16 LE" : "UTF-16 BE";
  const even = Buffer.from(bytes.subarray(0, bytes.length & ~1)); // a copy: swap16 works in place
  const le = littleEndian ? even : even.swap16();
  if (bytes.length % 2 === 1) {
    const line = lineAfter(le.toString("utf16le"));
    throw new ReaderError(`Ligne ${line} : le fichier ${order} se termine par un octet isolé. Le fichier est sans doute tronqué.`);
  }
  try {
    return new TextDecoder("utf-16le", { fatal: true }).decode(le); // drops the mark
  } catch {
    const text = le.toString("utf16le"); // keeps lone surrogates as they are
    const lone = text.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    throw new ReaderError(`Ligne ${lineAfter(text.slice(0, lone))} : suite d'octets invalide en ${order}. Le fichier est sans doute abîmé.`);
  }
}

/**
 * Text in UTF-16 without a byte-order mark has a zero byte in every other place (the high byte of
 * each Latin letter), all on one side. Which side cannot be told for sure: refuse rather than guess.
 */
function rejectUtf16WithoutMark(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, 4096);
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i & 1]!++;
  const [many, few] = zeros[0]! > zeros[1]! ? [zeros[0]!, zeros[1]!] : [zeros[1]!, zeros[0]!];
  if (many > 0 && many >= sample.length / 4 && few <= many / 10) {
    throw new ReaderError(
      "Ligne 1 : ce fichier semble écrit en UTF-16 sans marque d'ordre des octets (BOM) : impossible de savoir " +
        "dans quel ordre lire ses octets. Enregistrez-le en « CSV UTF-8 » ou en « Texte Unicode » depuis votre tableur.",
    );
  }
}

/** C0 controls but tab, line feed, form feed and carriage return; all C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u0080-\u009F]/;
/** Bytes left undefined by Windows-1252 (decoded to their C1 code point). */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function checkCharacters({ text, encoding }: DecodedText): void {
  const at = text.search(CONTROL);
  if (at < 0) return;
  const code = text.charCodeAt(at);
  throw new ReaderError(`Ligne ${lineAfter(text.slice(0, at))} : ${controlProblem(code, encoding)}`);
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
