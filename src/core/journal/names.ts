import { identityKey } from "../text/identity";
import { isCellError } from "../values/cellErrors";
import { cellText, isBlank } from "./cells";
import type { ColumnMap } from "./columns";
import { IdMemo, PairIdMemo, UNKNOWN } from "./store";

export const ANONYMOUS = "Anonyme";
/** Id of the name read from a cell holding a spreadsheet error (#N/A…): the row is an error. */
export const ERROR_NAME_ID = -2;
const ERROR_NAME: VolunteerName = { key: "", display: "", id: ERROR_NAME_ID };

/** Volunteer key of a name (as typed in the journal or by a user): the identity rule of text/identity.ts. */
export function volunteerKeyOf(name: string): string {
  return identityKey(name);
}

export interface VolunteerName {
  /** identityKey of the name; "" for the anonymous volunteer. */
  key: string;
  /** The name as shown. While a journal is read: one spelling as typed (trimmed); once read, the spelling retained. */
  display: string;
  /** Index in the list of people the reader fills (0: anonymous). */
  id: number;
}

/**
 * Reads the volunteer of a row: Bénévole, else "Prénom Nom", else Pseudo, else (when the journal
 * has no name column at all) the e-mail address; "" key when anonymous. Each distinct spelling is
 * appended to `people` once, at its id; people[0] is the anonymous one. Spellings of one person
 * ("Élodie Roux" and "élodie  roux") are grouped after the read (journal/spellings.ts), so that
 * the grouping is reported and the most frequent spelling shown.
 */
export class NameReader {
  private readonly bySpelling = new Map<string, VolunteerName>();
  private readonly anonymous: VolunteerName = { key: "", display: ANONYMOUS, id: 0 };
  // Names repeat on every row of a volunteer: the id read from each raw cell text (or pair of
  // first and last name texts) is kept, so a row costs a memo look-up, not a join.
  private readonly byCell = new IdMemo();
  private readonly byPair = new PairIdMemo();
  private readonly byPseudo = new IdMemo();
  private readonly v: number | undefined;
  private readonly first: number | undefined;
  private readonly last: number | undefined;
  private readonly pseudo: number | undefined;

  constructor(columns: ColumnMap, private readonly people: VolunteerName[] = []) {
    people.length = 0;
    people.push(this.anonymous);
    const named = columns.volunteer ?? columns.firstName ?? columns.lastName ?? columns.pseudo;
    // the e-mail address names the person only in journals with no name column (a Google Form)
    this.v = columns.volunteer?.index ?? (named ? undefined : columns.email?.index);
    this.first = columns.firstName?.index;
    this.last = columns.lastName?.index;
    this.pseudo = columns.pseudo?.index;
  }

  /**
   * Id of the row's volunteer in `people`: a memo hit for the cells seen before (kept small, so
   * the row reader's loop inlines it), else `read`.
   */
  idOf(row: readonly unknown[]): number {
    const { v, first, last } = this;
    let id = UNKNOWN;
    if (v !== undefined) {
      const raw = row[v];
      if (typeof raw === "string") id = this.byCell.get(raw);
    } else if (first !== undefined && last !== undefined) {
      const a = row[first];
      const b = row[last];
      if (typeof a === "string" && typeof b === "string") id = a === "" && b === "" ? this.pseudoId(row) : this.byPair.get(a, b);
    }
    return id === UNKNOWN ? this.read(row).id : id;
  }

  read(row: readonly unknown[]): VolunteerName {
    const { v, first, last, pseudo } = this;
    if (v !== undefined) {
      const raw = row[v];
      if (typeof raw === "string") {
        const id = this.byCell.get(raw);
        if (id !== UNKNOWN) return this.person(id);
        if (!isBlank(raw)) {
          const name = this.fromText(raw.trim());
          this.byCell.set(raw, name.id);
          return name;
        }
      } else if (!isBlank(raw)) return this.fromText(cellText(raw));
    }
    const a = first === undefined ? "" : row[first];
    const b = last === undefined ? "" : row[last];
    let name: VolunteerName | undefined;
    if (typeof a === "string" && typeof b === "string") {
      const id = this.byPair.get(a, b);
      if (id !== UNKNOWN) return this.person(id);
      name = this.fromParts(row);
      // a row with neither first nor last name falls back to the pseudo: not cached by pair
      if (name) this.byPair.set(a, b, name.id);
    } else name = this.fromParts(row);
    if (name) return name;
    if (pseudo !== undefined && !isBlank(row[pseudo])) {
      const raw = row[pseudo];
      const named = this.fromText(cellText(raw));
      if (typeof raw === "string") this.byPseudo.set(raw, named.id);
      return named;
    }
    return this.anonymous;
  }

  private person(id: number): VolunteerName {
    return id === ERROR_NAME_ID ? ERROR_NAME : this.people[id]!;
  }

  /** Id remembered for the pseudo of a row with neither first nor last name. */
  private pseudoId(row: readonly unknown[]): number {
    const raw = this.pseudo === undefined ? undefined : row[this.pseudo];
    return typeof raw === "string" ? this.byPseudo.get(raw) : UNKNOWN;
  }

  /** The person of a spelling (trimmed), new or already met; a name of invisible characters only is anonymous. */
  private fromText(spelling: string): VolunteerName {
    let name = this.bySpelling.get(spelling);
    if (!name && isCellError(spelling)) return ERROR_NAME;
    if (!name) {
      const key = identityKey(spelling);
      name = key ? { key, display: spelling, id: this.people.length } : this.anonymous;
      if (key) this.people.push(name);
      this.bySpelling.set(spelling, name);
    }
    return name;
  }

  private fromParts(row: readonly unknown[]): VolunteerName | undefined {
    if (isCellError(this.first === undefined ? "" : row[this.first]) || isCellError(this.last === undefined ? "" : row[this.last])) return ERROR_NAME;
    const parts: string[] = [];
    if (this.first !== undefined && !isBlank(row[this.first])) parts.push(partText(row[this.first]));
    if (this.last !== undefined && !isBlank(row[this.last])) parts.push(partText(row[this.last]));
    return parts.length ? this.fromText(parts.join(" ")) : undefined;
  }
}

function partText(cell: unknown): string {
  return typeof cell === "string" ? cell.trim() : cellText(cell);
}
