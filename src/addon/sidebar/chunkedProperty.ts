/**
 * Stores one JSON text under a key of a Properties store, split into parts when it would pass the
 * 9 KB per value limit (docs/regles/google-sheets.md): KEY holds the part count, KEY.1..KEY.n the parts.
 */
export const MAX_PART_BYTES = 8000;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Splits on code points so that each part stays under maxBytes once encoded. */
export function splitUtf8(text: string, maxBytes = MAX_PART_BYTES): string[] {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of text) {
    const n = utf8Bytes(ch);
    if (size + n > maxBytes) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}

const partKey = (key: string, i: number) => `${key}.${i}`;

export function readChunked(store: GoogleAppsScript.Properties.Properties, key: string): string | undefined {
  const all = store.getProperties();
  const count = Number(all[key]);
  if (!Number.isInteger(count) || count < 1) return undefined;
  let text = "";
  for (let i = 1; i <= count; i++) {
    const part = all[partKey(key, i)];
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

/** Writes all parts in one call, then drops parts left over from a longer previous value. */
export function writeChunked(store: GoogleAppsScript.Properties.Properties, key: string, text: string): void {
  const parts = splitUtf8(text);
  const values: Record<string, string> = { [key]: String(parts.length) };
  parts.forEach((p, i) => (values[partKey(key, i + 1)] = p));
  const previous = Number(store.getProperty(key)) || 0;
  store.setProperties(values);
  for (let i = parts.length + 1; i <= previous; i++) store.deleteProperty(partKey(key, i));
}
