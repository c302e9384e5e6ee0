/**
 * ISO 8859-15 (Latin-9): Latin-1 but for eight bytes, where it puts € Š š Ž ž Œ œ Ÿ in place of
 * Latin-1's ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ (table: https://www.i18nqa.com/debug/table-iso8859-1-vs-iso8859-15.html).
 * « » stay at 0xAB and 0xBB. 0x80 to 0x9F are C1 control characters: no text goes there.
 */
export const LATIN_9: Readonly<Record<number, string>> = {
  0xa4: "€", 0xa6: "Š", 0xa8: "š", 0xb4: "Ž", 0xb8: "ž", 0xbc: "Œ", 0xbd: "œ", 0xbe: "Ÿ",
};

const BYTE_OF = new Map(Object.entries(LATIN_9).map(([byte, char]) => [char, Number(byte)]));

/**
 * What Latin-9 lacks, written with what it has: typographic quotes and dashes, the ellipsis, and
 * the Latin-1 signs whose bytes Latin-9 gave away. Spaces (no-break, narrow, thin...) become plain
 * spaces and invisible marks nothing, so that an import reads no stray byte 0xA0. Other letters lose
 * their accent (NFKD: ł and the like excepted, listed here); anything else becomes "?".
 */
const STAND_INS: Readonly<Record<string, string>> = {
  "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "´": "'", "“": '"', "”": '"', "„": '"', "″": '"', "¨": '"',
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "…": "...", "•": "-", "¦": "|", "¸": ",",
  "¼": "1/4", "½": "1/2", "¾": "3/4", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
  "\u00a0": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\ufe0f": "",
};

function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (char.length > 1 || (code >= 0x80 && code < 0xa0)) return undefined;
  return code <= 0xff ? (LATIN_9[code] ? undefined : code) : BYTE_OF.get(char);
}

function standIn(char: string): string {
  const given = STAND_INS[char] ?? (/[\u2000-\u200a]/.test(char) ? " " : undefined);
  if (given !== undefined) return given;
  const bare = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  // A lone combining accent (one NFC could not join to its letter) is dropped.
  return !bare || (bare !== char && [...bare].every((c) => byteOf(c) !== undefined)) ? bare : "?";
}

/** The text in ISO 8859-15 bytes, after NFC; each character it lacks is transliterated (see STAND_INS). */
export function latin9Bytes(text: string): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const byte = STAND_INS[char] === undefined ? byteOf(char) : undefined;
    if (byte !== undefined) bytes.push(byte);
    else for (const c of standIn(char)) bytes.push(byteOf(c)!);
  }
  return Uint8Array.from(bytes);
}
