import type { BytePlatform } from "./bytePlatform";
import type { RandomAccess } from "./byteSource";
import { ReaderError } from "./errors";

/** A file of a ZIP archive, as its central directory describes it (APPNOTE.TXT 4.3.12). */
export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export const NOT_A_WORKBOOK = "Ce fichier n'est pas un classeur Excel lisible (.xlsx).";

/**
 * Apache POI's guard against compression bombs (ZipSecureFile, used by every Java reader of
 * Office files): a part may inflate to at most 100 times its compressed size (MIN_INFLATE_RATIO
 * 0.01) once it is over 100 KB (GRACE_ENTRY_SIZE). Spreadsheet XML compresses ten to thirty times;
 * a bomb, up to the thousand times deflate allows.
 * https://poi.apache.org/apidocs/dev/org/apache/poi/openxml4j/util/ZipSecureFile.html
 */
const MAX_INFLATE_RATIO = 100;
const GRACE_BYTES = 100 * 1024;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32 = 0xffffffff;

const broken = () => new ReaderError(NOT_A_WORKBOOK);

/** Entry names, read as UTF-8 (a workbook's part names are ASCII: "xl/worksheets/sheet1.xml"). */
const utf8Names = new TextDecoder("utf-8");

/** The files of a ZIP archive by name, from its central directory (read from the end of the file, nothing inflated). */
export async function zipDirectory(file: RandomAccess): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(file.size, 22 + 0xffff);
  const tail = view(await file.read(file.size - tailLength, tailLength));
  let at = tail.byteLength - 22;
  while (at >= 0 && tail.getUint32(at, true) !== EOCD) at--;
  if (at < 0) throw broken();
  let count = tail.getUint16(at + 10, true);
  let size = tail.getUint32(at + 12, true);
  let offset = tail.getUint32(at + 16, true);
  if (count === 0xffff || size === U32 || offset === U32) {
    // ZIP64: the end record points to a larger one
    const locatorAt = at - 20;
    if (locatorAt < 0 || tail.getUint32(locatorAt, true) !== EOCD64_LOCATOR) throw broken();
    const end = view(await file.read(Number(tail.getBigUint64(locatorAt + 8, true)), 56));
    if (end.byteLength < 56 || end.getUint32(0, true) !== EOCD64) throw broken();
    count = Number(end.getBigUint64(32, true));
    size = Number(end.getBigUint64(40, true));
    offset = Number(end.getBigUint64(48, true));
  }
  // a workbook's directory lists a few dozen files: a huge one is not a workbook
  if (offset + size > file.size || size > 64 * 1024 * 1024) throw broken();
  const directory = view(await file.read(offset, size));
  const entries = new Map<string, ZipEntry>();
  for (let p = 0, i = 0; i < count; i++) {
    if (p + 46 > directory.byteLength || directory.getUint32(p, true) !== CENTRAL) throw broken();
    const nameLength = directory.getUint16(p + 28, true);
    const extraLength = directory.getUint16(p + 30, true);
    const commentLength = directory.getUint16(p + 32, true);
    // a name or extra field running past the directory: not an archive's (and no DataView beyond it)
    if (p + 46 + nameLength + extraLength > directory.byteLength) throw broken();
    const bytes = new Uint8Array(directory.buffer, directory.byteOffset + p + 46, nameLength);
    const entry: ZipEntry = {
      name: utf8Names.decode(bytes),
      flags: directory.getUint16(p + 8, true),
      method: directory.getUint16(p + 10, true),
      compressedSize: directory.getUint32(p + 20, true),
      size: directory.getUint32(p + 24, true),
      localHeaderOffset: directory.getUint32(p + 42, true),
    };
    readZip64Extra(new DataView(directory.buffer, directory.byteOffset + p + 46 + nameLength, extraLength), entry);
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit sizes and offset of a ZIP64 entry, in the order APPNOTE.TXT 4.5.3 gives them, each present only when its 32-bit field is full. */
function readZip64Extra(extra: DataView, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.byteLength; ) {
    const id = extra.getUint16(p, true);
    const length = extra.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + length) throw broken();
        const value = Number(extra.getBigUint64(q, true));
        q += 8;
        return value;
      };
      if (entry.size === U32) entry.size = next();
      if (entry.compressedSize === U32) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32) entry.localHeaderOffset = next();
    }
    p += 4 + length;
  }
}

/**
 * The bytes of an entry, inflated chunk by chunk. Refused before anything is inflated: an entry
 * declared over `maxBytes` (`what` names it in the message), or inflating more than
 * MAX_INFLATE_RATIO times. Refused while inflating: more bytes than declared (a directory that
 * lies about a bomb). The platform inflates.
 */
export async function* entryChunks(file: RandomAccess, entry: ZipEntry, maxBytes: number, what: string, platform: BytePlatform): AsyncGenerator<Uint8Array> {
  checkSize(entry, maxBytes, what);
  if (entry.flags & 1) throw new ReaderError("Ce classeur est chiffré (protégé par un mot de passe) : enregistrez-le sans mot de passe, ou en CSV.");
  if (entry.method !== 0 && entry.method !== 8) throw broken();
  const local = view(await file.read(entry.localHeaderOffset, 30));
  if (local.byteLength < 30 || local.getUint32(0, true) !== LOCAL) throw broken();
  const start = entry.localHeaderOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  if (start + entry.compressedSize > file.size) throw broken();
  const compressed = async function* () {
    for (let at = 0; at < entry.compressedSize; at += 1 << 20) {
      yield await file.read(start + at, Math.min(1 << 20, entry.compressedSize - at));
    }
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw broken();
    yield* compressed();
    return;
  }
  let total = 0;
  try {
    // a reader that stops early (for await's return) stops the inflating too
    for await (const chunk of platform.inflateRaw(compressed())) {
      total += chunk.length;
      if (total > entry.size) throw bomb(entry, total, what);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ReaderError) throw error;
    throw broken(); // the inflater's own message is in English
  }
}

/** A whole entry in memory (the small parts: workbook, relationships, styles). */
export async function entryBytes(file: RandomAccess, entry: ZipEntry, maxBytes: number, what: string, platform: BytePlatform): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of entryChunks(file, entry, maxBytes, what, platform)) chunks.push(chunk);
  return platform.concat(chunks);
}

function checkSize(entry: ZipEntry, maxBytes: number, what: string): void {
  if (entry.size > maxBytes) {
    throw new ReaderError(
      `${what} du classeur fait ${megabytes(entry.size)} une fois décompressée, au-delà des ${megabytes(maxBytes)} que Valorise lit. ` +
        "Enregistrez le journal en CSV depuis votre tableur : un CSV est lu sans limite de taille.",
    );
  }
  if (entry.size > GRACE_BYTES && entry.size > MAX_INFLATE_RATIO * entry.compressedSize) throw bomb(entry, entry.size, what);
}

function bomb(entry: ZipEntry, size: number, what: string): ReaderError {
  const ratio = Math.round(size / Math.max(1, entry.compressedSize));
  return new ReaderError(
    `${what} du classeur passe de ${megabytes(entry.compressedSize)} compressés à ${megabytes(size)} ` +
      `(${grouped(ratio)} fois plus), au-delà des ${MAX_INFLATE_RATIO} fois qu'atteint un vrai classeur : ` +
      "ce fichier ressemble à une « bombe de décompression » et n'est pas lu. S'il vient de votre tableur, enregistrez le journal en CSV.",
  );
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${grouped(Math.max(1, Math.round(bytes / 1024)))} Ko` : `${grouped(Math.round(bytes / (1024 * 1024)))} Mo`;
}

/** "1 000": thousands apart, as the report writes numbers. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
