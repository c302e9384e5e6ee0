import { foldSpaces } from "../text/normalize";
import { cellText, isBlank } from "./cells";
import type { ColumnMap } from "./columns";
import { IdMemo, PairIdMemo, UNKNOWN } from "./textMemo";

export const ANONYMOUS = "Anonyme";

/** Volunteer key of a name (as typed in the journal or by a user): spaces folded, lower case. */
export function volunteerKeyOf(name: string): string {
  return foldSpaces(name).toLowerCase();
}

export interface VolunteerName {
  key: string;
  display: string;
  /** Index in the list of people the reader fills (0: anonymous). */
  id: number;
}

/**
 * Reads the volunteer of a row: Bénévole, else "Prénom Nom", else Pseudo; "" key when anonymous.
 * Each distinct volunteer is appended to `people` once, at its id; people[0] is the anonymous one.
 */
export class NameReader {
  private readonly known = new Map<string, VolunteerName>();
  private readonly byKey = new Map<string, VolunteerName>();
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
    this.v = columns.volunteer?.index;
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
        if (id !== UNKNOWN) return this.people[id]!;
        if (!isBlank(raw)) {
          const name = this.fromText(cellText(raw));
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
      if (id !== UNKNOWN) return this.people[id]!;
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

  /** Id remembered for the pseudo of a row with neither first nor last name. */
  private pseudoId(row: readonly unknown[]): number {
    const raw = this.pseudo === undefined ? undefined : row[this.pseudo];
    return typeof raw === "string" ? this.byPseudo.get(raw) : UNKNOWN;
  }

  private fromText(raw: string): VolunteerName {
    let name = this.known.get(raw);
    if (!name) {
      const display = foldSpaces(raw);
      const key = volunteerKeyOf(display);
      name = key ? this.byKey.get(key) : this.anonymous;
      if (!name) {
        name = { key, display, id: this.people.length };
        this.people.push(name);
        this.byKey.set(key, name);
      }
      this.known.set(raw, name);
    }
    return name;
  }

  private fromParts(row: readonly unknown[]): VolunteerName | undefined {
    const parts: string[] = [];
    if (this.first !== undefined && !isBlank(row[this.first])) parts.push(cellText(row[this.first]));
    if (this.last !== undefined && !isBlank(row[this.last])) parts.push(cellText(row[this.last]));
    return parts.length ? this.fromText(parts.join(" ")) : undefined;
  }
}
