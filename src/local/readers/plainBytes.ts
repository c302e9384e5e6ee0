import type { BytePlatform } from "./bytePlatform";

/** Characters made at once by String.fromCharCode: well below the engines' limits on arguments. */
const PIECE = 4096;

/** Text of code units, by pieces. */
function charsOf(units: Uint8Array | Uint16Array): string {
  const pieces: string[] = [];
  for (let at = 0; at < units.length; at += PIECE) pieces.push(String.fromCharCode.apply(null, units.subarray(at, at + PIECE) as unknown as number[]));
  return pieces.join("");
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The byte work in plain JavaScript, for a platform without Node's Buffer (the sidebar's browser).
 * Not TextDecoder's "latin1": the WHATWG Encoding Standard makes it Windows-1252, which would turn
 * the bytes 0x80 to 0x9F into € ‚ ƒ... where the rules look for the bytes themselves.
 */
export const plainBytes: Omit<BytePlatform, "inflateRaw"> = {
  latin1: charsOf,
  utf16le(bytes) {
    const units = new Uint16Array(bytes.length >> 1);
    for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
    return charsOf(units);
  },
  swapped16(bytes) {
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1]!;
      swapped[i + 1] = bytes[i]!;
    }
    return swapped;
  },
  concat(parts) {
    const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  },
  isUtf8(bytes) {
    try {
      fatalUtf8.decode(bytes);
      return true;
    } catch {
      return false;
    }
  },
  isAscii(bytes) {
    for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
    return true;
  },
  utf8Length: (text) => new TextEncoder().encode(text).length,
};
