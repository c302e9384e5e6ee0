// The people and labels of a journal, once its spellings are grouped: "Élodie Roux" typed with a
// composed or a decomposed É is one person; "Helene" and "Hélène" stay two, listed as possible
// duplicates until the alias table says otherwise.
import { type AliasIssue, type AliasTable, aliasKeys } from "../aliases/table";
import { identityKey } from "../text/identity";
import { type ActionTable, LABEL_COLUMNS, type LabelColumn, withDictionaries } from "./store";
import type { ColumnMap } from "./columns";
import { type PossibleDuplicate, possibleDuplicates } from "./possibleDuplicates";
import { type SpellingMerge, groupSpellings } from "./spellings";

/** A grouping of spellings to report as a finding. */
export interface MergeFinding {
  row: number;
  column: string;
  problem: string;
}

/** Spellings grouped by the alias table, with the column they were found in. */
export interface AliasMerge extends SpellingMerge {
  column: string;
}

/** How a name typed by a user (a custom-function argument, a roles table) finds its group in this journal. */
export interface JournalKeys {
  volunteer(name: string): string;
  association(name: string): string;
}

export interface Identities {
  actions: ActionTable;
  merges: MergeFinding[];
  aliasMerges: AliasMerge[];
  aliasIssues: AliasIssue[];
  possibleDuplicates: PossibleDuplicate[];
  keys: JournalKeys;
}

export function resolveIdentities(table: ActionTable, columns: ColumnMap, aliases: AliasTable | undefined): Identities {
  const alias = aliasKeys(aliases);
  const aliased = (key: string) => alias.target.get(key) ?? key;
  const merges: MergeFinding[] = [];
  const aliasMerges: AliasMerge[] = [];
  const report = (column: string, list: readonly SpellingMerge[]) => {
    for (const m of list) {
      if (m.alias) aliasMerges.push({ ...m, column });
      else merges.push({ row: m.row, column, problem: `« ${m.spelling} » compté avec « ${m.retained} » (même nom, à ${m.reason} près)` });
    }
  };

  const { people, labels } = table.dictionaries;
  const peopleKeys = people.map((p, id) => (id === 0 ? "" : aliased(p.key)));
  const grouped = groupSpellings(people.map((p) => p.display), peopleKeys, alias.display, table.volunteer, table);
  report(nameHeader(columns), grouped.merges);
  const resolvedPeople = grouped.displays.map((display, id) => ({ key: grouped.keys[id]!, display, id }));

  const resolvedLabels = {} as Record<LabelColumn, readonly string[]>;
  for (const column of LABEL_COLUMNS) {
    const texts = labels[column];
    const keys = texts.map((t) => (column === "association" ? aliased(identityKey(t)) : identityKey(t)));
    const g = groupSpellings(texts, keys, column === "association" ? alias.display : new Map(), table[column], table);
    report(columns[column]?.header ?? "", g.merges);
    resolvedLabels[column] = g.displays;
  }

  const actions = withDictionaries(table, { people: resolvedPeople, labels: resolvedLabels });
  const aliasIssues = [...(aliases?.issues ?? []), ...alias.issues, ...unusedAliases(aliases, alias.issues, table)];
  return {
    actions,
    merges,
    aliasMerges,
    aliasIssues,
    possibleDuplicates: possibleDuplicates(actions, nameHeader(columns), columns.association?.header ?? ""),
    keys: {
      volunteer: (name) => aliased(identityKey(name)),
      association: (name) => aliased(identityKey(name)),
    },
  };
}

/**
 * Alias rows that group nothing of the journal: their name is neither in the journal nor the
 * retained name of a row that is (a link of a chain "A → B → C" whose A is in the journal is used).
 */
function unusedAliases(aliases: AliasTable | undefined, reported: readonly AliasIssue[], table: ActionTable): AliasIssue[] {
  const { people, labels } = table.dictionaries;
  const used = new Set([...people.map((p) => p.key), ...labels.association.map(identityKey)]);
  const entries = aliases?.entries ?? [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of entries) {
      if (used.has(identityKey(e.spelling)) && !used.has(identityKey(e.retained))) {
        used.add(identityKey(e.retained));
        grew = true;
      }
    }
  }
  const skipped = new Set(reported.map((i) => i.row));
  return entries
    .filter((e) => !skipped.has(e.row) && !used.has(identityKey(e.spelling)))
    .map((e) => ({ row: e.row, column: "Nom dans le journal", problem: `« ${e.spelling} » ne correspond à aucun bénévole ni à aucune association du journal` }));
}

/** The header(s) the volunteer's name is read from, for the findings. */
function nameHeader(columns: ColumnMap): string {
  if (columns.volunteer) return columns.volunteer.header;
  const parts = [columns.firstName, columns.lastName].filter((c) => c !== undefined).map((c) => c.header);
  if (parts.length) return parts.join(" / ");
  return columns.pseudo?.header ?? columns.email?.header ?? "";
}
