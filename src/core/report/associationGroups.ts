import type { ActionSelection } from "../journal/store";
import { selectWhere } from "../journal/store";
import type { Journal } from "../journal/types";
import { UserError } from "../userError";
import { frenchOrder } from "../text/frenchOrder";

/** The actions of one association: the journal's spellings of its name grouped (identity rule and alias table). */
export interface AssociationGroup {
  /** journal.keys.association of its name; "" for the actions with no association. */
  key: string;
  /** As the journal shows it ("" for the actions with no association). */
  name: string;
  /** 1 for each association label id of the group. */
  ids: Uint8Array;
}

/** A report that cannot be made as asked; `needsChoice`: the association must be chosen. */
export class ReportError extends UserError {
  constructor(message: string, readonly needsChoice = false) {
    super(message);
  }
}

/** The group of an association label as the journal writes it: its key, "" for a blank label. */
export function groupKey(journal: Journal, label: string): string {
  return label.trim() ? journal.keys.association(label) : "";
}

// Found once per journal (a journal is never changed once read): the report, its CEC settings, the
// sidebar and the custom functions all ask for them.
const found = new WeakMap<Journal, readonly AssociationGroup[]>();

/**
 * Every association of the journal's counted actions, by name, the actions with none last. The
 * spellings also hold the blank (always) and names seen only on rows left out: no group of their own.
 */
export function associationGroups(journal: Journal): readonly AssociationGroup[] {
  let groups = found.get(journal);
  if (!groups) found.set(journal, (groups = findGroups(journal)));
  return groups;
}

function findGroups(journal: Journal): AssociationGroup[] {
  const table = journal.actions;
  const labels = table.dictionaries.labels.association;
  const used = new Uint8Array(labels.length);
  for (let i = 0; i < table.length; i++) used[table.association[i]!] = 1;
  const byKey = new Map<string, AssociationGroup>();
  labels.forEach((label, id) => {
    if (!used[id]) return;
    const key = groupKey(journal, label);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { key, name: key ? label : "", ids: new Uint8Array(labels.length) }));
    group.ids[id] = 1;
  });
  const groups = [...byKey.values()];
  // One group holds every action: all the ids are its own (actionsOfGroup then selects nothing).
  if (groups.length < 2) return [{ key: groups[0]?.key ?? "", name: groups[0]?.name ?? "", ids: new Uint8Array(labels.length).fill(1) }];
  return groups.sort((a, b) => Number(!a.key) - Number(!b.key) || frenchOrder(a.name, b.name));
}

/** The groups to report: all of them, or the one named (loosely) `only`. */
export function chooseGroups(journal: Journal, groups: readonly AssociationGroup[], only: string | undefined): AssociationGroup[] {
  if (only === undefined) return [...groups];
  const key = journal.keys.association(only);
  const found = groups.filter((g) => g.key === key);
  if (found.length) return found;
  // A journal with no Association column is one association, whatever its name.
  if (groups.length === 1 && groups[0]!.key === "") return [...groups];
  const names = groups.filter((g) => g.key).map((g) => `« ${g.name} »`);
  throw new ReportError(`Association « ${only.trim()} » absente du journal (associations du journal : ${names.join(", ") || "aucune"}).`);
}

/** The actions of a group among the chosen ones. */
export function actionsOfGroup(chosen: ActionSelection, group: AssociationGroup): ActionSelection {
  const association = chosen.table.association;
  const ids = group.ids;
  if (ids.every((x) => x === 1)) return chosen;
  return selectWhere(chosen, (i) => ids[association[i]!] === 1);
}
