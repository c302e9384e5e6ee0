import type { ColumnMapping } from "../../core/journal/columnMapping";
import { type ColumnOverrides, FIELDS, FIELD_OPTION_NAMES } from "../../core/journal/fields";
import { headerKey } from "../../core/text/normalize";
import { UsageError } from "./args";

const EXAMPLE = `--colonne date="Date de l'action"`;

/** The field names --colonne accepts, for the messages. */
export const FIELD_NAME_LIST = FIELDS.map((f) => FIELD_OPTION_NAMES[f]).join(", ");

/**
 * Adds one `--colonne champ="En-tête"` to `choices` (an empty header: no column for that field).
 * The field name is compared without case, accents nor punctuation ("durée", "heure_fin").
 */
export function addColumnChoice(value: string, choices: ColumnOverrides): void {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new UsageError(`--colonne attend champ="En-tête", par exemple ${EXAMPLE} (reçu « ${value} »).`);
  const name = value.slice(0, eq).trim();
  const field = FIELDS.find((f) => headerKey(FIELD_OPTION_NAMES[f]) === headerKey(name));
  if (!field) throw new UsageError(`--colonne : champ inconnu « ${name} ». Champs possibles : ${FIELD_NAME_LIST}.`);
  if (choices[field] !== undefined) throw new UsageError(`--colonne : le champ « ${FIELD_OPTION_NAMES[field]} » est donné deux fois.`);
  choices[field] = value.slice(eq + 1).trim();
}

/** A usage error naming each header given with --colonne that the journal does not have, or undefined. */
export function unmatchedColumnsError(mapping: ColumnMapping, headers: readonly unknown[]): UsageError | undefined {
  if (!mapping.unmatched.length) return undefined;
  const wrong = mapping.unmatched.map((u) => `--colonne ${FIELD_OPTION_NAMES[u.field]}="${u.header}" : aucune colonne « ${u.header} » dans le journal`);
  const seen = headers.map((h) => String(h ?? "").trim()).filter(Boolean);
  return new UsageError(`${wrong.join(" ; ")}. En-têtes trouvés : ${seen.length ? seen.map((h) => `« ${h} »`).join(", ") : "aucun"}.`);
}
