import { accentlessKey } from "../text/identity";
import type { Vehicle, VolunteerIssue, VolunteerRecord, VolunteerTable } from "./table";

/** A person of the journal: key as the journal groups its spellings (identity rule, alias table), name as shown. */
export interface JournalPerson {
  key: string;
  display: string;
}

export interface VolunteerMatch {
  /** Key of a person of the journal → their row of the table. */
  byPerson: ReadonlyMap<string, VolunteerRecord>;
  /** Rows naming nobody in the journal, and rows matched only once accents are set aside. */
  issues: VolunteerIssue[];
}

/**
 * Which row of the table describes which person of the journal. A row's name finds its person as any
 * name typed by a user does (`keyOf`: the journal's keys, identity rule then alias table). A name
 * that finds nobody so, but differs by accents alone from exactly one person whom no other row
 * names (« Elodie Martin » for « Élodie Martin »), is that person, and the match is reported: the
 * table is the treasurer's list of the same people, where the journal keeps Helene and Hélène apart
 * only because it cannot tell.
 */
export function matchVolunteers(table: VolunteerTable, people: readonly JournalPerson[], keyOf: (name: string) => string): VolunteerMatch {
  const byPerson = new Map<string, VolunteerRecord>();
  const known = new Map(people.filter((p) => p.key !== "").map((p) => [p.key, p]));
  const left: VolunteerRecord[] = [];
  for (const record of table.rows) {
    const key = keyOf(record.name);
    if (known.has(key) && !byPerson.has(key)) byPerson.set(key, record);
    else left.push(record);
  }
  const byAccentless = new Map<string, JournalPerson[]>();
  for (const p of known.values()) {
    const list = byAccentless.get(accentlessKey(p.display)) ?? [];
    list.push(p);
    byAccentless.set(accentlessKey(p.display), list);
  }
  const issues: VolunteerIssue[] = [];
  for (const record of left) {
    const key = keyOf(record.name);
    const near = known.has(key) ? [] : byAccentless.get(accentlessKey(record.name)) ?? [];
    const person = near.length === 1 && !byPerson.has(near[0]!.key) ? near[0] : undefined;
    if (person) byPerson.set(person.key, record);
    issues.push({
      row: record.row, column: "Bénévole",
      problem: person ? `« ${record.name} » rapproché de « ${person.display} » du journal (aux accents près).`
        : known.has(key) ? `« ${record.name} » est, par la table des alias, la personne de la ligne ${byPerson.get(key)!.row} : ligne ignorée.`
        : `« ${record.name} » ne figure pas dans le journal${near.length ? ` (voyez ${near.map((p) => `« ${p.display} »`).join(", ")})` : ""} : ligne sans effet.`,
    });
  }
  issues.sort((a, b) => a.row - b.row);
  return { byPerson, issues };
}

/** The rows of the table that describe nobody of the journal (see matchVolunteers; its issues say why). */
export function unmatchedVolunteers(table: VolunteerTable, people: readonly JournalPerson[], keyOf: (name: string) => string): VolunteerRecord[] {
  const used = new Set(matchVolunteers(table, people, keyOf).byPerson.values());
  return table.rows.filter((r) => !used.has(r));
}

/** Each person's own vehicle by the journal's key of that person, from a match (for valueMileage). */
export function vehicleLookup(match: VolunteerMatch): (key: string) => Vehicle | undefined {
  return (key) => match.byPerson.get(key)?.vehicle;
}
