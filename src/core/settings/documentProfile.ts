import type { AssociationProfile } from "../associations/profile";
import { identityKey } from "../text/identity";
import { readDay } from "../values/dates";
import type { Settings } from "./index";

/**
 * The sidebar's « Association » settings as the profile of the document's association: its name,
 * its SIREN or RNA, declaration, article 200 (generalInterest true: "oui", false: "non", unset:
 * "à vérifier"), and the chart, closing day and territory of the valuation settings. Undefined
 * when the settings say nothing of it.
 */
export function settingsProfile(settings: Settings): AssociationProfile | undefined {
  const a = settings.association;
  const id = a.identifier ?? "";
  if (!a.name && !id && !a.declaredOn && a.generalInterest === undefined) return undefined;
  const v = settings.valuation;
  const profile: AssociationProfile = {
    name: a.name,
    article200: a.generalInterest === undefined ? "à vérifier" : a.generalInterest ? "oui" : "non",
  };
  if (/^\d{9}$/.test(id)) profile.siren = id;
  if (id.startsWith("W")) profile.rna = id;
  // an ISO date needs no wall clock
  if (a.declaredOn) profile.declaredDay = readDay(a.declaredOn, () => 0);
  if (v.chart) profile.chart = v.chart;
  if (v.closingDate) profile.closingDate = v.closingDate;
  if (v.territory) profile.territory = v.territory;
  return profile;
}

/**
 * The associations the report describes: the table's rows, and the settings' association unless
 * the table has a row of its name (the table wins). A nameless one describes the journal with no
 * Association column: only when the table is empty, else the table's only row does.
 */
export function documentProfiles(settings: Settings, rows: readonly AssociationProfile[] = []): AssociationProfile[] {
  const own = settingsProfile(settings);
  if (!own || (own.name ? rows.some((r) => identityKey(r.name) === identityKey(own.name)) : rows.length)) return [...rows];
  return [...rows, own];
}
