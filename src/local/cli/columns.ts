import type { ColumnMapping } from "../../core/journal/columnMapping";
import { FIELDS, FIELD_LABELS, FIELD_OPTION_NAMES } from "../../core/journal/fields";
import { columnLetter } from "../../core/text/columnLetter";
import { headerKey } from "../../core/text/normalize";

/** The journal's columns in the JSON report: which field each one gives, those not read, and the notes. */
export interface ColumnsJson {
  /** champ: the --colonne name of the field; colonne: the column's letter; manuel: chosen with --colonne. */
  utilisees: { champ: string; libelle: string; entete: string; colonne: string; manuel: boolean }[];
  ignorees: { entete: string; colonne: string }[];
  avis: string[];
}

export function columnsJson(mapping: ColumnMapping): ColumnsJson {
  const used = FIELDS.flatMap((field) => {
    const cell = mapping.columns[field];
    if (!cell) return [];
    return [{ index: cell.index, value: {
      champ: FIELD_OPTION_NAMES[field], libelle: FIELD_LABELS[field], entete: cell.header,
      colonne: columnLetter(cell.index + 1), manuel: mapping.manual.includes(field),
    } }];
  });
  return {
    utilisees: used.sort((a, b) => a.index - b.index).map((u) => u.value),
    ignorees: mapping.ignored.map((c) => ({ entete: c.header, colonne: columnLetter(c.index + 1) })),
    avis: mapping.notices,
  };
}

/** "Label : a, b, c" cut into lines of at most `width` characters, the next lines indented. */
function wrapped(label: string, items: readonly string[], width = 100, separator = ","): string[] {
  const lines: string[] = [];
  let line = `${label} :`;
  items.forEach((item, i) => {
    const piece = `${item}${i < items.length - 1 ? separator : ""}`;
    if (line.length + 1 + piece.length > width && line.trim().length > label.length + 1) {
      lines.push(line);
      line = `  ${piece}`;
    } else line = `${line} ${piece}`;
  });
  lines.push(line);
  return lines;
}

/** The header starts with the field's name ("Distance (en km)" for Distance (km)): no need to name the field. */
function saysItsField(header: string, label: string): boolean {
  return headerKey(header).startsWith(headerKey(label.split(/[ (]/)[0]));
}

/** The heading's lines on the columns: those read (with the field when the header does not say it), ignored, notes. */
export function columnsText(c: ColumnsJson): string[] {
  const read = c.utilisees.map((u) => {
    const name = saysItsField(u.entete, u.libelle) ? `« ${u.entete} »` : `« ${u.entete} » → ${u.libelle}`;
    return u.manuel ? `${name} (choix manuel)` : name;
  });
  const lines = wrapped("Colonnes lues", read);
  if (c.ignorees.length) lines.push(...wrapped("Colonnes ignorées", c.ignorees.map((i) => `« ${i.entete} » (colonne ${i.colonne})`)));
  // Never cut between « and its word, nor before » : ; ? !
  for (const notice of c.avis) lines.push(...wrapped("Avis", notice.split(/(?<!«) (?![»:;?!])/), 100, ""));
  return lines;
}
