import { type ActionSelection, selectWhere } from "../journal/store";
import { ANONYMOUS, volunteerKeyOf } from "../journal/names";
import type { Journal } from "../journal/types";
import { identityKey } from "../text/identity";
import { actionsOfYear } from "./volunteers";

export interface ActionFilter {
  volunteer?: string;
  year?: number;
  category?: string;
}

/** Actions matching every given criterion; names and categories match by the identity rule (text/identity.ts) and the alias table. */
export function filterActions(journal: Journal, filter: ActionFilter): ActionSelection {
  const chosen = actionsOfYear(journal, filter.year);
  if (filter.volunteer === undefined && filter.category === undefined) return chosen;
  const table = chosen.table;
  const { people, labels } = table.dictionaries;
  const key = filter.volunteer === undefined ? undefined : journal.keys.volunteer(filter.volunteer);
  const wantsAnonymous = filter.volunteer !== undefined && volunteerKeyOf(filter.volunteer) === volunteerKeyOf(ANONYMOUS);
  const person = people.map((p) => key === undefined || p.key === key || (wantsAnonymous && p.key === ""));
  const category = filter.category === undefined ? undefined : identityKey(filter.category);
  const categoryOk = labels.category.map((c) => category === undefined || identityKey(c) === category);
  return selectWhere(chosen, (i) => person[table.volunteer[i]!]! && categoryOk[table.category[i]!]!);
}

export function sumDurationMs({ table, indexes }: ActionSelection): number {
  let ms = 0;
  for (let k = 0; k < indexes.length; k++) ms += table.durationMs[indexes[k]!]!;
  return ms;
}

export function sumDistanceM({ table, indexes }: ActionSelection): number {
  let m = 0;
  for (let k = 0; k < indexes.length; k++) m += table.distanceM[indexes[k]!]!;
  return m;
}
