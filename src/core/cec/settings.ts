import { DEFAULT_QUALIFYING_ROLES, DEFAULT_UNCLEAR_ROLES } from "../roles/words";
import { identityKey } from "../text/identity";

/** What the journal cannot tell about one association (L5151-9 6° b). */
export interface AssociationConditions {
  name: string;
  /** Day of declaration in préfecture; undefined when not given (age assumed met). */
  declaredDay?: number;
  /** All activities within CGI art. 200-1-b; undefined when not given (assumed met). */
  generalInterest?: boolean;
}

/**
 * CEC settings ready for the rule engine (parsed from storage by parseCecSettings in
 * src/core/settings/cec.ts; kept apart so that bundles that never parse settings carry no zod).
 */
export interface CecSettings {
  qualifyingRoles: readonly string[];
  unclearRoles: readonly string[];
  /** Conditions by identityKey of the association's name; an association not listed is assumed to meet them. */
  associations: ReadonlyMap<string, AssociationConditions>;
}

export const DEFAULT_CEC_SETTINGS: CecSettings = {
  qualifyingRoles: DEFAULT_QUALIFYING_ROLES,
  unclearRoles: DEFAULT_UNCLEAR_ROLES,
  associations: new Map(),
};

export function associationConditions(settings: CecSettings, association: string): AssociationConditions | undefined {
  return settings.associations.get(identityKey(association));
}
