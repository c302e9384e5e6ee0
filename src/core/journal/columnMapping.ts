import { columnLetter } from "../text/columnLetter";
import { headerKey } from "../text/normalize";
import { type ColumnMap, type ColumnOverrides, FIELDS, FIELD_LABELS, type Field, type HeaderCell } from "./fields";
import { readHeader } from "./headerMeaning";

/** Which column each field reads, and what the user should know about the others. */
export interface ColumnMapping {
  columns: ColumnMap;
  /** Columns with a header that no field reads, in order. */
  ignored: HeaderCell[];
  /** French notes: repeated headers and the column read, the Horodateur taken as the date… */
  notices: string[];
  /** Fields whose column (or its absence) was chosen by hand. */
  manual: Field[];
  /** Columns chosen by hand that the header row does not hold. */
  unmatched: { field: Field; header: string }[];
}

export interface MappingOptions {
  overrides?: ColumnOverrides;
  /** Sheet column number of the first header (1: column A), for the letters in the notices. */
  firstColumn?: number;
}

/** The column headed `wanted`: the same text first, else the same text but for case, accents and punctuation. */
export function findHeader(cells: readonly HeaderCell[], wanted: string): HeaderCell | undefined {
  const text = wanted.trim();
  const key = headerKey(text);
  return cells.find((c) => c.header === text) ?? (key ? cells.find((c) => headerKey(c.header) === key) : undefined);
}

/** The header row's non-blank cells, trimmed. */
export function headerCells(headers: readonly unknown[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  headers.forEach((raw, index) => {
    const header = String(raw ?? "").trim();
    if (header) cells.push({ index, header });
  });
  return cells;
}

/** "B", "B et E", "B, E et G". */
function frenchList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

interface Candidate {
  cell: HeaderCell;
  exact: boolean;
}

/**
 * Maps each field to a column: the columns chosen by hand first, then each header by its meaning
 * (an exact header before one recognised by its words, then the leftmost). The Horodateur of a
 * Google Form is the date only when nothing else gives one.
 */
export function resolveColumns(headers: readonly unknown[], options: MappingOptions = {}): ColumnMapping {
  const letter = (cell: HeaderCell) => columnLetter((options.firstColumn ?? 1) + cell.index);
  const cells = headerCells(headers);
  const overrides = options.overrides ?? {};
  const columns: ColumnMap = {};
  const notices: string[] = [];
  const manual: Field[] = [];
  const unmatched: ColumnMapping["unmatched"] = [];
  const claimed = new Set<number>();
  for (const field of FIELDS) {
    const wanted = overrides[field];
    if (wanted === undefined) continue;
    manual.push(field);
    if (!wanted.trim()) continue;
    const cell = findHeader(cells, wanted);
    if (!cell) unmatched.push({ field, header: wanted.trim() });
    else {
      columns[field] = cell;
      claimed.add(cell.index);
    }
  }

  const candidates = new Map<Field, Candidate[]>();
  for (const cell of cells) {
    if (claimed.has(cell.index)) continue;
    const meaning = readHeader(cell.header);
    if (meaning.note) notices.push(meaning.note);
    if (!meaning.field || overrides[meaning.field] !== undefined) continue;
    const list = candidates.get(meaning.field) ?? [];
    list.push({ cell, exact: meaning.exact === true });
    candidates.set(meaning.field, list);
  }
  const mentioned = new Set<number>();
  for (const [field, found] of candidates) {
    const ordered = [...found.filter((c) => c.exact), ...found.filter((c) => !c.exact)].map((c) => c.cell);
    const [used, ...others] = ordered;
    columns[field] = used!;
    if (others.length && others.some((c) => headerKey(c.header) !== headerKey(used!.header))) {
      const quoted = (c: HeaderCell) => `« ${c.header} » (colonne ${letter(c)})`;
      notices.push(
        `${FIELD_LABELS[field]} : plusieurs colonnes conviennent ; ${quoted(used!)} est lue, ` +
          `${others.length > 1 ? "ignorées" : "ignorée"} : ${others.map(quoted).join(", ")}.`,
      );
      for (const c of ordered) mentioned.add(c.index);
    }
  }

  if (!columns.date && overrides.date === undefined && columns.timestamp) {
    columns.date = columns.timestamp;
    notices.push(
      `Date : aucune colonne ne donne la date de l'action ; « ${columns.timestamp.header} » (colonne ${letter(columns.timestamp)}), ` +
        "le moment de la réponse au formulaire, est lue comme date de l'action. Si les actions ont eu lieu un autre jour, " +
        "ajoutez une question « Date de l'action » au formulaire.",
    );
  }

  const fieldOf = new Map<number, Field>();
  for (const field of FIELDS) if (columns[field] && !fieldOf.has(columns[field].index)) fieldOf.set(columns[field].index, field);
  notices.push(...repeatedHeaders(cells, fieldOf, mentioned, letter));
  return { columns, ignored: cells.filter((c) => !fieldOf.has(c.index)), notices, manual, unmatched };
}

/** One note per header written more than once and not named in a note yet, saying which column is read. */
function repeatedHeaders(cells: HeaderCell[], fieldOf: Map<number, Field>, mentioned: Set<number>, letter: (c: HeaderCell) => string): string[] {
  const groups = new Map<string, HeaderCell[]>();
  for (const cell of cells) {
    const key = headerKey(cell.header) || cell.header;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  const notes: string[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.every((c) => mentioned.has(c.index))) continue;
    const used = group.filter((c) => fieldOf.has(c.index));
    const ignored = group.length - used.length;
    const parts = used.map((c) => `la colonne ${letter(c)} est lue (${FIELD_LABELS[fieldOf.get(c.index)!]})`);
    if (!used.length) parts.push("aucune n'est lue");
    else if (ignored) parts.push(ignored > 1 ? "les autres sont ignorées" : "l'autre est ignorée");
    notes.push(`L'en-tête « ${group[0]!.header} » figure ${group.length} fois (colonnes ${frenchList(group.map(letter))}) : ${parts.join(", ")}.`);
  }
  return notes;
}
