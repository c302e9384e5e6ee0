import * as z from "zod/mini";
import { type AssociationConditions, type CecSettings, DEFAULT_CEC_SETTINGS } from "../cec/settings";
import { identityKey } from "../text/identity";
import { readDay } from "../values/dates";
import { MAX_LABEL, MAX_LIST_ITEMS, MAX_NAME } from "../values/limits";
import { boolean, isoDate, list, text } from "./checks";
import { lazy } from "./lazy";
import { UserError } from "../userError";

export { type AssociationConditions, type CecSettings, DEFAULT_CEC_SETTINGS, associationConditions } from "../cec/settings";

const associationSchema = () => z.object({
  /** Name as written in the journal's Association column ("" for a journal with no such column). */
  name: text(MAX_NAME),
  /** Date of declaration in préfecture (RNA), "AAAA-MM-JJ". */
  declaredOn: z.optional(isoDate()),
  /** All its activities fall within CGI art. 200-1-b. */
  generalInterest: z.optional(boolean()),
});

/** CEC settings as stored (Properties JSON or a settings file): every field optional. */
export const CecSettingsSchema = lazy(() => z.object({
  qualifyingRoles: z.optional(list(text(MAX_LABEL), MAX_LIST_ITEMS)),
  unclearRoles: z.optional(list(text(MAX_LABEL), MAX_LIST_ITEMS)),
  associations: z.optional(list(associationSchema(), MAX_LIST_ITEMS)),
}));

export class CecSettingsError extends UserError {
  override name = "CecSettingsError";
}

/** Checks stored settings; throws a French CecSettingsError naming each bad field. */
export function parseCecSettings(input: unknown): CecSettings {
  const result = CecSettingsSchema().safeParse(input ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(racine)"} : ${i.message}`);
    throw new CecSettingsError(`Réglages CEC invalides : ${issues.join(" ; ")}`);
  }
  const s = result.data;
  const associations = new Map<string, AssociationConditions>();
  for (const a of s.associations ?? []) {
    associations.set(identityKey(a.name), {
      name: a.name,
      // an ISO string needs no wall clock
      declaredDay: a.declaredOn === undefined ? undefined : readDay(a.declaredOn, () => 0),
      generalInterest: a.generalInterest,
    });
  }
  return {
    qualifyingRoles: s.qualifyingRoles ?? DEFAULT_CEC_SETTINGS.qualifyingRoles,
    unclearRoles: s.unclearRoles ?? DEFAULT_CEC_SETTINGS.unclearRoles,
    associations,
  };
}
