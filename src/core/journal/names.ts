import { foldSpaces } from "../text/normalize";
import { cellText, isBlank } from "./cells";
import type { ColumnMap } from "./columns";
import { PairMemo, TextMemo } from "./textMemo";

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
  // Names repeat on every row of a volunteer: the name read from each raw cell text (or pair of
  // first and last name texts) is kept, so a row costs a memo look-up, not a join.
  private readonly byCell = new TextMemo<VolunteerName>();
  private readonly byPair = new PairMemo<VolunteerName>();
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

  read(row: readonly unknown[]): VolunteerName {
    const { v, first, last, pseudo } = this;
    if (v !== undefined) {
      const raw = row[v];
      if (typeof raw === "string") {
        let name = this.byCell.get(raw);
        if (!name && !isBlank(raw)) this.byCell.set(raw, (name = this.fromText(cellText(raw))));
        if (name) return name;
      } else if (!isBlank(raw)) return this.fromText(cellText(raw));
    }
    const a = first === undefined ? "" : row[first];
    const b = last === undefined ? "" : row[last];
    let name: VolunteerName | undefined;
    if (typeof a === "string" && typeof b === "string") {
      name = this.byPair.get(a, b);
      if (!name) {
        name = this.fromParts(row);
        // a row with neither first nor last name falls back to the pseudo: not cached by pair
        if (name) this.byPair.set(a, b, name);
      }
    } else name = this.fromParts(row);
    if (name) return name;
    if (pseudo !== undefined && !isBlank(row[pseudo])) return this.fromText(cellText(row[pseudo]));
    return this.anonymous;
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
