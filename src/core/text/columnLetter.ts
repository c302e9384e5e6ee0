/** Spreadsheet letter of a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
