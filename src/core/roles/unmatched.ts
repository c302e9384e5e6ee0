import type { Journal } from "../journal/types";
import { accentlessKey, identityKey } from "../text/identity";
import { labelsUsed } from "../totals/volunteers";
import { rowInYear, rowMatchesAssociation } from "./lookup";
import type { RoleEntry, RolesIssue, RolesTable } from "./table";

/** What of the journal a roles table is checked against, whatever the year. */
export interface JournalNames {
  /** Volunteers with counted actions, by NameReader key (the anonymous line's "" matches no row). */
  people: readonly { key: string; display: string }[];
  /** Associations of the counted actions, as written ("" for actions without one). */
  associations: readonly string[];
}

/** Who acted where in one year: the associations (as written) of each volunteer key with actions that year. */
export interface YearActivity {
  year: number;
  associationsOf: ReadonlyMap<string, readonly string[]>;
}

export function journalNames(journal: Journal): JournalNames {
  return { people: journal.actions.dictionaries.people, associations: labelsUsed(journal.actions, "association") };
}

const quote = (text: string) => `« ${text} »`;

/** Names of the journal by accentless key (built on the first look-up: most tables match). */
class NearNames {
  private byKey: Map<string, string[]> | undefined;

  constructor(private readonly names: readonly string[]) {}

  /** "; « Hélène Durand » y figure", or "" when no journal name differs from `name` only by accents. */
  hint(name: string): string {
    const near = this.index().get(accentlessKey(name)) ?? [];
    if (!near.length) return "";
    return ` ; ${near.map(quote).join(", ")} y figure${near.length > 1 ? "nt" : ""}`;
  }

  private index(): Map<string, string[]> {
    if (this.byKey) return this.byKey;
    this.byKey = new Map();
    for (const name of this.names) {
      const key = accentlessKey(name);
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [name]);
      else if (!list.includes(name)) list.push(name);
    }
    return this.byKey;
  }
}

/** The journal's names, ready for each row's look-ups. */
interface Known {
  people: ReadonlySet<string>;
  associationKeys: readonly string[];
  nearPeople: NearNames;
  nearAssociations: NearNames;
}

function known(journal: JournalNames): Known {
  return {
    people: new Set(journal.people.map((p) => p.key).filter(Boolean)),
    associationKeys: [...new Set(journal.associations.map(identityKey))],
    nearPeople: new NearNames(journal.people.filter((p) => p.key).map((p) => p.display)),
    nearAssociations: new NearNames(journal.associations.filter(Boolean)),
  };
}

const speaksOfAny = (entry: RoleEntry, associations: readonly string[]) => associations.some((a) => rowMatchesAssociation(entry, identityKey(a)));

/** The issue of one row, or undefined when the row matches the journal (and the year, when given). */
function unmatched(entry: RoleEntry, headers: RolesTable["headers"], journal: Known, year?: YearActivity): RolesIssue | undefined {
  const at = (column: string, problem: string): RolesIssue => ({ row: entry.row, column, problem });
  const { volunteer, association } = entry;
  if (!journal.people.has(entry.volunteerKey)) {
    return at(headers.volunteer, `${quote(volunteer)} ne correspond à aucun bénévole du journal${journal.nearPeople.hint(volunteer)}`);
  }
  if (association !== undefined && !journal.associationKeys.some((key) => rowMatchesAssociation(entry, key))) {
    return at(headers.association!, `${quote(association)} ne correspond à aucune association du journal${journal.nearAssociations.hint(association)}`);
  }
  if (!year || !rowInYear(entry, year.year)) return undefined;
  const associations = year.associationsOf.get(entry.volunteerKey) ?? [];
  if (!associations.length) return at(headers.volunteer, `${quote(volunteer)} n'a aucune action en ${year.year}`);
  if (association !== undefined && !speaksOfAny(entry, associations)) {
    return at(headers.association!, `${quote(volunteer)} n'a aucune action à ${quote(association)} en ${year.year}`);
  }
  return undefined;
}

/**
 * Rows of the roles table that match nothing in the journal, each with its row, its column and
 * the French reason: a volunteer with no action in the journal, an association that is none of
 * the journal's and, for `year`, a volunteer with no action that year (in that association).
 * Names compare as the journal groups them (NameReader keys, identityKey for associations); a
 * journal name that differs only by accents is suggested, never taken instead.
 */
export function unmatchedRoleRows(table: RolesTable, journal: JournalNames, year?: YearActivity): RolesIssue[] {
  const names = known(journal);
  const issues: RolesIssue[] = [];
  for (const entry of table.entries) {
    const issue = unmatched(entry, table.headers, names, year);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** Every issue of the roles table: rows it could not read and rows that match nothing, in row order. */
export function rolesTableIssues(table: RolesTable, journal: JournalNames, year?: YearActivity): RolesIssue[] {
  return [...table.issues, ...unmatchedRoleRows(table, journal, year)].sort((a, b) => a.row - b.row);
}
