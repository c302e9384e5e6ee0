import type { AssociationConditions } from "../cec/settings";
import type { ChartId, ValuationSettingsInput } from "../settings/valuation";

/**
 * What Valorise knows of one association: a row of the associations table, or the add-on's
 * settings for the document's association. Every field but the name may be unknown.
 */
export interface AssociationProfile {
  name: string;
  siren?: string;
  rna?: string;
  /** Day of declaration in préfecture (for the CEC's association age). */
  declaredDay?: number;
  /** All activities within CGI art. 200 (CEC, tax receipts); "à vérifier" when unknown. */
  article200?: "oui" | "non" | "à vérifier";
  chart?: ChartId;
  /** The closingDate setting, "MM-DD". */
  closingDate?: string;
  territory?: "metropole" | "mayotte";
  address?: string;
  /** Its object as the statutes state it (a tax receipt's mention). */
  object?: string;
  /** Gives free meals, care or housing to people in difficulty (CGI art. 200 1 ter): 75 % tax reduction up to the limit. */
  peopleInDifficulty?: boolean;
}

// Copied when the profile states them (false included), in this order.
const OWN_SETTINGS = ["chart", "closingDate", "territory", "siren", "peopleInDifficulty", "article200"] as const;

/** The accounting settings one association's report runs with: the profile's own over the common ones. */
export function profileSettings(common: ValuationSettingsInput, profile: AssociationProfile | undefined, name: string): ValuationSettingsInput {
  const settings: Record<string, unknown> = { ...common };
  for (const key of OWN_SETTINGS) {
    const value = profile?.[key];
    if (value || value === false) settings[key] = value;
  }
  if (name) settings.associationName = name;
  return settings;
}

/** The CEC conditions a profile states: "à vérifier" (or nothing) leaves them assumed, "non" excludes its hours. */
export function profileConditions(profile: AssociationProfile): AssociationConditions {
  return {
    name: profile.name,
    declaredDay: profile.declaredDay,
    generalInterest: profile.article200 === "oui" ? true : profile.article200 === "non" ? false : undefined,
  };
}
