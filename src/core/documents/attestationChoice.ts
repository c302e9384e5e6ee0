import { accentlessKey, identityKey } from "../text/identity";
import { editDistance, nearestText, spellingKey } from "../text/nearest";
import type { DocumentSection, DocumentVolunteer } from "./documentReport";
import { UserError } from "../userError";

/** A volunteer of one association's section: who gets an attestation. */
export interface ChosenVolunteer {
  section: DocumentSection;
  volunteer: DocumentVolunteer;
}

/** True when the typed name is this volunteer's, by the journal's identity rule (case, spaces, composed accents). */
function sameVolunteer(typed: string, v: DocumentVolunteer): boolean {
  const key = identityKey(typed);
  return key !== "" && (key === v.key || key === identityKey(v.volunteer));
}

/**
 * The named volunteers of each section, or only the one asked for (--benevole). The anonymous line
 * is no one: it gets no document (`none`: « aucune attestation », « aucun reçu fiscal »). A name
 * matching no one is refused with the closest names. The receipts share this check.
 */
export function chooseVolunteers(sections: readonly DocumentSection[], only: string | undefined, none = "aucune attestation"): ChosenVolunteer[] {
  const all = sections.flatMap((section) => section.volunteers.filter((v) => !v.anonymous).map((volunteer) => ({ section, volunteer })));
  if (only === undefined) return all;
  const chosen = all.filter((c) => sameVolunteer(only, c.volunteer));
  if (chosen.length) return chosen;
  if (sections.some((s) => s.volunteers.some((v) => v.anonymous && sameVolunteer(only, v)))) {
    throw new UserError(`« ${only.trim()} » désigne les heures sans nom de bénévole : elles ne donnent lieu à ${none}.`);
  }
  const names = [...new Set(all.map((c) => c.volunteer.volunteer))];
  throw new UserError(`Bénévole « ${only.trim()} » absent du rapport${closeNamesText(only, names)}.`);
}

/** « (noms proches : « Marie Dupont », « Marie Dupond ») », or the count of names when none is close. */
function closeNamesText(typed: string, names: readonly string[]): string {
  const close = closeNames(typed, names);
  if (close.length) return ` (nom${close.length > 1 ? "s" : ""} proche${close.length > 1 ? "s" : ""} : ${close.map((n) => `« ${n} »`).join(", ")})`;
  return names.length ? ` (${names.length} bénévole${names.length > 1 ? "s" : ""} nommé${names.length > 1 ? "s" : ""} dans le rapport, aucun nom proche)` : " (aucun bénévole nommé dans le rapport)";
}

/**
 * Names the user may have meant, at most five: the nearest spelling, then those containing the
 * typed words (« Dupont » for « Marie Dupont »), then those within two edits without accents.
 */
export function closeNames(typed: string, names: readonly string[]): string[] {
  const typedSpelling = spellingKey(typed);
  const typedKey = accentlessKey(typed);
  const out = new Set<string>();
  const nearest = nearestText(typed, names);
  if (nearest !== undefined) out.add(nearest);
  for (const n of names) if (typedSpelling.length >= 3 && spellingKey(n).includes(typedSpelling)) out.add(n);
  for (const n of names) if (editDistance(typedKey, accentlessKey(n)) <= 2) out.add(n);
  return [...out].slice(0, 5);
}
