// Text files built byte by byte, as each writer encodes them. The Windows-1252 and ISO 8859-15 bytes
// of the characters outside Latin-1 are written out here from the code pages, not taken from the
// decoder under test.

/** Windows-1252 bytes of the characters it places in 0x80-0x9F. */
const CP1252_EXTRA: Record<string, number> = { "€": 0x80, "‚": 0x82, "…": 0x85, "Œ": 0x8c, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "œ": 0x9c, "Ÿ": 0x9f };
/** ISO 8859-15 bytes of the characters where it differs from Latin-1. */
const LATIN9_EXTRA: Record<string, number> = { "€": 0xa4, "Š": 0xa6, "š": 0xa8, "Ž": 0xb4, "ž": 0xb8, "Œ": 0xbc, "œ": 0xbd, "Ÿ": 0xbe };

/** Bytes of a text in a code page made of Latin-1 with the `extra` characters in the `replaced` places. */
function singleByte(text: string, extra: Record<string, number>, replaced: readonly number[]): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = extra[char] ?? char.charCodeAt(0);
    if (!(char in extra) && (code > 0xff || replaced.includes(code))) throw new Error(`« ${char} » cannot be written in this code page`);
    return code;
  }));
}

const C1_PLACES = Array.from({ length: 32 }, (_, i) => 0x80 + i);
export const windows1252 = (text: string) => singleByte(text, CP1252_EXTRA, C1_PLACES);
export const iso885915 = (text: string) => singleByte(text, LATIN9_EXTRA, Object.values(LATIN9_EXTRA));

/** UTF-16 with its byte-order mark, as Excel's "Texte Unicode" (LE) or other tools (BE) write it. */
export function utf16(text: string, order: "LE" | "BE", bom = true): Uint8Array {
  const units = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  units.forEach((u, i) => view.setUint16(2 * i, u, order === "LE"));
  return bytes;
}

export const utf8 = (text: string, bom = false) => Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from(text, "utf8")]);

/** Every C1 control character: none may reach a grid. */
export const C1 = /[\u0080-\u009f]/;

/** Raw bytes: each text as its Latin-1 bytes, each list as it is (a byte no encoder writes). */
export const latin1Bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

/** Deterministic pseudo-random bytes (a linear congruential generator). */
export function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = s >>> 16;
  }
  return bytes;
}
