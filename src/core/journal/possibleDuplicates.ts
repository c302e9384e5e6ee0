// Names that may be one person (or one association) typed two ways, but may as well be two:
// "Helene Durand" and "Hélène Durand", "Durand Hélène", "H. Durand". Valorise never merges them:
// it lists them, with the hours of each, and the treasurer decides in the alias table.
import { accentlessKey } from "../text/identity";
import { idUsage } from "./idUsage";
import type { ActionTable } from "./store";

export type DuplicateReason = "accents" | "ordre" | "initiale";

export interface PossibleDuplicate {
  field: "volunteer" | "association";
  /** The column the names come from, as headed in the journal. */
  column: string;
  reason: DuplicateReason;
  /** French explanation. */
  explanation: string;
  names: { name: string; durationMs: number; actions: number; firstRow: number }[];
}

const EXPLANATIONS: Record<DuplicateReason, string> = {
  accents: "mêmes lettres à l'accent, à la ligature (œ, æ), au trait d'union ou à la ponctuation près",
  ordre: "mêmes mots dans un autre ordre (prénom et nom inversés ?)",
  initiale: "l'un porte une initiale là où l'autre a un mot entier",
};

/** Letters French writes tied, and their two letters: "Œuvres" and "Oeuvres" are one word typed two ways. */
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };

/** Words of a name without accents, ligatures, case or punctuation: "Jean-Pierre  D." → ["jean", "pierre", "d"]. */
function words(name: string): string[] {
  return accentlessKey(name).replace(/[œæß]/g, (l) => LIGATURES[l]!).replace(/[\p{P}\p{S}]+/gu, " ").split(" ").filter(Boolean);
}

/** Keys under which two names meet when they may be one: per reason, the names' ids sharing each key. */
function candidateGroups(names: readonly string[], skip: (id: number) => boolean): [DuplicateReason, number[]][] {
  const buckets: Record<DuplicateReason, Map<string, number[]>> = { accents: new Map(), ordre: new Map(), initiale: new Map() };
  const put = (reason: DuplicateReason, key: string, id: number) => {
    const list = buckets[reason].get(key);
    if (list) list.push(id);
    else buckets[reason].set(key, [id]);
  };
  names.forEach((name, id) => {
    if (skip(id)) return;
    const w = words(name);
    if (!w.length) return;
    put("accents", w.join(" "), id);
    if (w.length > 1) put("ordre", [...w].sort().join(" "), id);
    // "j dupont" meets "jean dupont" under "j. dupont"
    w.forEach((word, p) => {
      if (w.length > 1) put("initiale", `${p}:${w.map((x, i) => (i === p ? x[0] : x)).join(" ")}|${word.length === 1 ? "i" : "m"}`, id);
    });
  });
  const groups: [DuplicateReason, number[]][] = [];
  for (const reason of ["accents", "ordre"] as const) {
    for (const ids of buckets[reason].values()) if (ids.length > 1) groups.push([reason, ids]);
  }
  // an initial group needs an initial and a full word at the same place
  for (const [key, initials] of buckets.initiale) {
    if (!key.endsWith("|i")) continue;
    const full = buckets.initiale.get(`${key.slice(0, -2)}|m`);
    if (full) groups.push(["initiale", [...initials, ...full]]);
  }
  return groups;
}

/** Possible duplicates among the journal's volunteers and associations, each set listed once. */
export function possibleDuplicates(table: ActionTable, nameColumn: string, associationColumn: string): PossibleDuplicate[] {
  const { people, labels } = table.dictionaries;
  const sources = [
    { field: "volunteer" as const, column: nameColumn, names: people.map((p) => p.display), ids: table.volunteer, skip: (id: number) => id === 0 },
    { field: "association" as const, column: associationColumn, names: labels.association, ids: table.association, skip: (id: number) => !labels.association[id] },
  ];
  const out: PossibleDuplicate[] = [];
  for (const source of sources) {
    const groups = candidateGroups(source.names, source.skip);
    if (!groups.length) continue;
    const use = idUsage(source.ids, table, source.names.length);
    const seen = new Set<string>();
    for (const [reason, ids] of groups) {
      const present = [...new Set(ids)].filter((id) => use.count[id]! > 0).sort((a, b) => use.firstRow[a]! - use.firstRow[b]!);
      const key = present.join(",");
      if (present.length < 2 || seen.has(key)) continue;
      seen.add(key);
      out.push({
        field: source.field,
        column: source.column,
        reason,
        explanation: EXPLANATIONS[reason],
        names: present.map((id) => ({ name: source.names[id]!, durationMs: use.durationMs[id]!, actions: use.count[id]!, firstRow: use.firstRow[id]! })),
      });
    }
  }
  return out;
}
