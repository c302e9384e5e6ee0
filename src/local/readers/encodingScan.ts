import type { BytePlatform } from "./bytePlatform";
import { SingleByteVote } from "./singleByte";
import type { TextEncoding } from "./textDecoding";
import { TextFault } from "./textFault";

/** Bytes looked at for a byte-order mark and for UTF-16 without one. */
const HEAD_BYTES = 4096;

const startsWith = (bytes: Uint8Array, mark: readonly number[]) => mark.every((b, i) => bytes[i] === b);

/** A UTF-8 sequence of an accented letter or sign (two to four bytes), as a Windows-1252 text rarely holds. */
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

/**
 * Chooses a text file's encoding from all its bytes, fed in chunks (nothing is kept):
 * 1. a byte-order mark says UTF-8, UTF-16 LE (French Excel's "Texte Unicode") or UTF-16 BE;
 * 2. without one, UTF-8 when the bytes are valid UTF-8 (Bénévalibre, Google Sheets, "CSV UTF-8");
 * 3. otherwise Windows-1252 or ISO 8859-15 (see singleByteEncodingOf).
 * UTF-16 without a mark, and a file mixing UTF-8 with another encoding, are refused (TextFault).
 * `decided` is set as soon as the first bytes tell (a mark): the rest need not be fed.
 */
export class EncodingScan {
  decided: TextEncoding | undefined;
  /** The first bytes, gathered until there are enough to look for a mark and for UTF-16 without one. */
  private head: Uint8Array | undefined = new Uint8Array();
  /** Bytes fed so far. */
  private seen = 0;
  /** The end of the last chunk when it cuts a UTF-8 sequence. */
  private carry: Uint8Array = new Uint8Array();
  /** Bytes other than ASCII in the valid UTF-8 so far: UTF-8 sequences, if the file turns out not UTF-8. */
  private nonAscii = false;
  /** Offset of the first byte that is not UTF-8; -1 while the file is UTF-8. */
  private invalidAt = -1;
  /** The last bytes (as Latin-1) of the file once it is not UTF-8, for a sequence cut by a chunk's end. */
  private tail = "";
  private readonly vote = new SingleByteVote();

  constructor(private readonly platform: BytePlatform) {}

  push(chunk: Uint8Array): void {
    if (this.decided || chunk.length === 0) return;
    if (this.head) {
      this.head = this.platform.concat([this.head, chunk]);
      if (this.head.length >= HEAD_BYTES) this.pushHead();
      return;
    }
    this.pushBody(chunk);
  }

  private pushHead(): void {
    const chunk = this.head!;
    this.head = undefined;
    if (chunk.length) {
      if (startsWith(chunk, [0xef, 0xbb, 0xbf])) this.decided = "UTF-8 avec BOM";
      else if (startsWith(chunk, [0xff, 0xfe])) this.decided = "UTF-16 LE";
      else if (startsWith(chunk, [0xfe, 0xff])) this.decided = "UTF-16 BE";
      else rejectUtf16WithoutMark(chunk);
      if (this.decided) return;
    }
    this.pushBody(chunk);
  }

  private pushBody(chunk: Uint8Array): void {
    const start = this.seen - this.carry.length;
    this.seen += chunk.length;
    const { platform } = this;
    const piece = this.carry.length ? platform.concat([this.carry, chunk]) : chunk;
    if (this.invalidAt < 0) {
      const cut = completeUtf8Length(piece);
      const body = piece.subarray(0, cut);
      if (platform.isUtf8(body)) {
        if (!this.nonAscii && !platform.isAscii(body)) this.nonAscii = true;
        this.vote.skip(body);
        this.carry = piece.slice(cut);
        return;
      }
      this.invalidAt = start + firstInvalidUtf8(body);
      this.carry = new Uint8Array();
    }
    this.notUtf8(piece);
  }

  /** The encoding, once every byte is fed. */
  end(): TextEncoding {
    if (this.head) this.pushHead();
    if (this.decided) return this.decided;
    if (this.carry.length) {
      // a sequence cut by the end of the file: not UTF-8 from there
      this.invalidAt = this.seen - this.carry.length;
      this.notUtf8(this.carry);
    }
    return this.invalidAt < 0 ? "UTF-8" : this.vote.result();
  }

  /**
   * Bytes of a file that is not valid UTF-8. If it holds UTF-8 sequences, it mixes two encodings:
   * rows added in another program to a UTF-8 export. Read in one encoding, half its names would be
   * garbled ("HÃ©lÃ¨ne"): refuse, naming the first line that is not UTF-8.
   */
  private notUtf8(piece: Uint8Array): void {
    const text = this.tail + this.platform.latin1(piece);
    if (this.nonAscii || UTF8_SEQUENCE.test(text)) {
      throw new TextFault(
        this.invalidAt,
        "le fichier mélange deux encodages (UTF-8 dans les premières lignes, un autre à partir de celle-ci, " +
          "sans doute des lignes ajoutées avec un autre logiciel). Ouvrez-le dans votre tableur et enregistrez-le en « CSV UTF-8 ».",
      );
    }
    this.tail = text.slice(-3);
    this.vote.push(piece);
  }
}

/**
 * Text in UTF-16 without a byte-order mark has a zero byte in every other place (the high byte of
 * each Latin letter), all on one side. Which side cannot be told for sure: refuse rather than guess.
 */
function rejectUtf16WithoutMark(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, HEAD_BYTES);
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i & 1]!++;
  const [many, few] = zeros[0]! > zeros[1]! ? [zeros[0]!, zeros[1]!] : [zeros[1]!, zeros[0]!];
  if (many > 0 && many >= sample.length / 4 && few <= many / 10) {
    throw new TextFault(
      0,
      "ce fichier semble écrit en UTF-16 sans marque d'ordre des octets (BOM) : impossible de savoir " +
        "dans quel ordre lire ses octets. Enregistrez-le en « CSV UTF-8 » ou en « Texte Unicode » depuis votre tableur.",
    );
  }
}

/** Length of the bytes up to the UTF-8 sequence the end cuts, if it cuts one (the bytes after it wait for the next chunk). */
export function completeUtf8Length(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i >= 0 && bytes.length - i < 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return bytes.length;
  const lead = bytes[i]!;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - i < needed ? i : bytes.length;
}

/**
 * Offset of the first byte of the first invalid UTF-8 sequence. A streaming decoder holds back an
 * unfinished sequence at the end of its input instead of failing on it, so "does this prefix
 * fail?" can be asked by halves.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
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
