import { foldSpaces } from "../text/normalize";
import { cellText, isBlank } from "./cells";
import type { ColumnMap } from "./columns";

export const ANONYMOUS = "Anonyme";

/** Volunteer key of a name (as typed in the journal or by a user): spaces folded, lower case. */
export function volunteerKeyOf(name: string): string {
  return foldSpaces(name).toLowerCase();
}

export interface VolunteerName {
  key: string;
  display: string;
}

/** Reads the volunteer of a row: Bénévole, else "Prénom Nom", else Pseudo; "" key when anonymous. */
export function nameReader(columns: ColumnMap): (row: readonly unknown[]) => VolunteerName {
  const known = new Map<string, VolunteerName>();
  const byKey = new Map<string, VolunteerName>();
  const anonymous: VolunteerName = { key: "", display: ANONYMOUS };
  const v = columns.volunteer?.index;
  const first = columns.firstName?.index;
  const last = columns.lastName?.index;
  const pseudo = columns.pseudo?.index;

  function fromText(raw: string): VolunteerName {
    let name = known.get(raw);
    if (!name) {
      const display = foldSpaces(raw);
      const key = volunteerKeyOf(display);
      name = key ? (byKey.get(key) ?? { key, display }) : anonymous;
      if (key) byKey.set(key, name);
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
  // first and last name texts) is kept, so a row costs one or two map lookups, not a join.
  const byCell = new Map<string, VolunteerName>();
  const byPair = new Map<string, Map<string, VolunteerName>>();

  return (row) => {
    if (v !== undefined && !isBlank(row[v])) {
      const raw = row[v];
      if (typeof raw !== "string") return fromText(cellText(raw));
      let name = byCell.get(raw);
      if (!name) byCell.set(raw, (name = fromText(cellText(raw))));
      return name;
    }
    const a = first === undefined ? "" : row[first];
    const b = last === undefined ? "" : row[last];
    let name: VolunteerName | undefined;
    if (typeof a === "string" && typeof b === "string") {
      let inner = byPair.get(a);
      if (!inner) byPair.set(a, (inner = new Map()));
      name = inner.get(b);
      if (!name) {
        name = fromParts(row);
        // a row with neither first nor last name falls back to the pseudo: not cached by pair
        if (name) inner.set(b, name);
      }
    } else name = fromParts(row);
    if (name) return name;
    if (pseudo !== undefined && !isBlank(row[pseudo])) return fromText(cellText(row[pseudo]));
    return anonymous;
  };
}
