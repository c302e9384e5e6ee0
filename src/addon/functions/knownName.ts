import { ANONYMOUS, volunteerKeyOf } from "../../core/journal/names";
import { hasActions } from "../../core/totals/volunteers";
import { accentlessKey, identityKey } from "../../core/text/identity";
import { nearestText } from "../../core/text/nearest";
import { ArgumentError, optionalText } from "./args";
import type { JournalContext } from "./context";

const wordsOf = (text: string): string[] => accentlessKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Refuses a name the journal does not know (a typo would otherwise read as a real 0), naming the
 * known spellings it may mean: the closest one (text/nearest.ts) and every one that holds all its
 * words (« Martin » for « Alice Martin » and « Paul Martin »). `otherwise`: the message when none is near.
 */
export function unknownName(param: string, text: string, spellings: readonly string[], otherwise?: string): ArgumentError {
  const typed = wordsOf(text);
  const near = [...new Set([nearestText(text, spellings), ...spellings.filter((s) => typed.length && typed.every((w) => wordsOf(s).includes(w)))])]
    .filter((s) => s)
    .map((s) => `« ${s} »`);
  const unknown = `« ${text} » inconnu(e) dans le journal`;
  const last = near.pop();
  return new ArgumentError(`${param} : ${last ? `${unknown} : vouliez-vous dire ${near.length ? `${near.join(", ")} ou ` : ""}${last} ?` : otherwise ?? unknown}`);
}

/** The volunteer a function filters on (identity rule and alias table), undefined when omitted; a name the journal does not have is refused. */
export function volunteerArg(value: unknown, { journal }: JournalContext): string | undefined {
  const name = optionalText(value);
  if (name === undefined || volunteerKeyOf(name) === volunteerKeyOf(ANONYMOUS) || hasActions(journal, journal.keys.volunteer(name))) return name;
  throw unknownName("benevole", name, journal.actions.dictionaries.people.map((p) => p.display));
}

/** The category a function filters on (identity rule), undefined when omitted; one the journal does not have is refused. */
export function categoryArg(value: unknown, { journal }: JournalContext): string | undefined {
  const name = optionalText(value);
  const labels = journal.actions.dictionaries.labels.category;
  if (name === undefined || labels.some((c) => identityKey(c) === identityKey(name))) return name;
  throw unknownName("categorie", name, labels);
}
