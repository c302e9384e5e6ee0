import { foldSpaces } from "../text/normalize";
import { cellText, isBlank } from "./cells";
import type { ColumnMap } from "./columns";

export const ANONYMOUS = "Anonyme";

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
      const key = display.toLowerCase();
      name = key ? (byKey.get(key) ?? { key, display }) : anonymous;
      if (key) byKey.set(key, name);
      known.set(raw, name);
    }
    return name;
  }

  return (row) => {
    if (v !== undefined && !isBlank(row[v])) return fromText(cellText(row[v]));
    const parts: string[] = [];
    if (first !== undefined && !isBlank(row[first])) parts.push(cellText(row[first]));
    if (last !== undefined && !isBlank(row[last])) parts.push(cellText(row[last]));
    if (parts.length) return fromText(parts.join(" "));
    if (pseudo !== undefined && !isBlank(row[pseudo])) return fromText(cellText(row[pseudo]));
    return anonymous;
  };
}
