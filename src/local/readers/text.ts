/**
 * Decodes a text file: UTF-8 with or without a byte-order mark; when the bytes are not valid
 * UTF-8, Windows-1252 (what French Excel writes for "CSV (séparateur : point-virgule)").
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a row holds nothing but empty or blank cells. */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === ""));
}

/** Drops the empty rows at the end and pads short rows with "" to the header's width. */
export function tidyRows<T>(rows: T[][]): (T | string)[][] {
  let end = rows.length;
  while (end > 0 && isEmptyRow(rows[end - 1])) end--;
  const kept = rows.slice(0, end);
  const width = kept.length ? kept[0].length : 0;
  return kept.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill("")] : row));
}
