// A1 notation: "B2", "A1:C3", "A:O", "2:5", "A2:C" (open-ended rows), with an optional
// sheet name ("Journal!A:O", "'Mon journal'!A1").

/** A parsed reference; null bounds are open (whole columns / whole rows). */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnToLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseCell(text: string): { row: number | null; column: number | null } | null {
  const match = CELL.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const row = match[2] === "" ? null : Number(match[2]);
  if (row === 0) return null;
  return { row, column: match[1] === "" ? null : lettersToColumn(match[1]) };
}

/** Splits "Sheet!A1" / "'It''s'!A1" into sheet name and cell part. */
function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

/** Returns null when the text is not valid A1 notation. */
export function parseA1(a1: string): A1Reference | null {
  const { sheetName, cells } = splitSheetName(a1.trim());
  const parts = cells.split(":");
  if (parts.length > 2) return null;
  const start = parseCell(parts[0]);
  const end = parts.length === 2 ? parseCell(parts[1]) : start;
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === null || start.column === null)) return null;
  // "A:B" and "1:2" need both ends open the same way; "A2:C" (open end row) is allowed.
  if (start.row === null && end.row !== null) return null;
  if (start.column === null && end.column !== null) return null;
  if (start.column === null && start.row === null) return null;
  return {
    sheetName,
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
}

/** Resolves open bounds against the sheet's grid size and orders the corners. */
export function resolveA1(ref: A1Reference, maxRows: number, maxColumns: number): GridArea {
  const r1 = ref.startRow ?? 1;
  const c1 = ref.startColumn ?? 1;
  const r2 = ref.endRow ?? maxRows;
  const c2 = ref.endColumn ?? maxColumns;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    row,
    column,
    numRows: Math.max(r1, r2) - row + 1,
    numColumns: Math.max(c1, c2) - column + 1,
  };
}

export function formatA1(area: GridArea): string {
  const start = columnToLetters(area.column) + area.row;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  const end = columnToLetters(area.column + area.numColumns - 1) + (area.row + area.numRows - 1);
  return `${start}:${end}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
