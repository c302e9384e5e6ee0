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
export function nameReader(columns: ColumnMap, people: VolunteerName[] = []): (row: readonly unknown[]) => VolunteerName {
  const known = new Map<string, VolunteerName>();
  const byKey = new Map<string, VolunteerName>();
  const anonymous: VolunteerName = { key: "", display: ANONYMOUS, id: 0 };
  people.length = 0;
  people.push(anonymous);
  const v = columns.volunteer?.index;
  const first = columns.firstName?.index;
  const last = columns.lastName?.index;
  const pseudo = columns.pseudo?.index;

  function fromText(raw: string): VolunteerName {
    let name = known.get(raw);
    if (!name) {
      const display = foldSpaces(raw);
      const key = volunteerKeyOf(display);
      name = key ? byKey.get(key) : anonymous;
      if (!name) {
        name = { key, display, id: people.length };
        people.push(name);
        byKey.set(key, name);
      }
      known.set(raw, name);
    }
    return name;
  }

  function fromParts(row: readonly unknown[]): VolunteerName | undefined {
    const parts: string[] = [];
    if (first !== undefined && !isBlank(row[first])) parts.push(cellText(row[first]));
    if (last !== undefined && !isBlank(row[last])) parts.push(cellText(row[last]));
    return parts.length ? fromText(parts.join(" ")) : undefined;
  }

  // Names repeat on every row of a volunteer: the name read from each raw cell text (or pair of
  // first and last name texts) is kept, so a row costs a memo look-up, not a join.
  const byCell = new TextMemo<VolunteerName>();
  const byPair = new PairMemo<VolunteerName>();

  return (row) => {
    if (v !== undefined) {
      const raw = row[v];
      if (typeof raw === "string") {
        let name = byCell.get(raw);
        if (!name && !isBlank(raw)) byCell.set(raw, (name = fromText(cellText(raw))));
        if (name) return name;
      } else if (!isBlank(raw)) return fromText(cellText(raw));
    }
    const a = first === undefined ? "" : row[first];
    const b = last === undefined ? "" : row[last];
    let name: VolunteerName | undefined;
    if (typeof a === "string" && typeof b === "string") {
      name = byPair.get(a, b);
      if (!name) {
        name = fromParts(row);
        // a row with neither first nor last name falls back to the pseudo: not cached by pair
        if (name) byPair.set(a, b, name);
      }
    } else name = fromParts(row);
    if (name) return name;
    if (pseudo !== undefined && !isBlank(row[pseudo])) return fromText(cellText(row[pseudo]));
    return anonymous;
  };
}
