import * as z from "zod/mini";
import { closingDateProblem } from "../accounting/closing";
import { FIELDS, type Field } from "../journal/fields";
import { identityKey } from "../text/identity";
import { parseRate } from "../valuation/rateValue";
import type { AssociationProfile } from "../associations/profile";
import { MAX_LIST_ITEMS, MAX_NAME, MAX_RATE_ROWS, MAX_SETTINGS_BYTES, MAX_SETTINGS_DEPTH, MAX_SHEET_NAME, MAX_VALUE_CHARS } from "../values/limits";
import { CecSettingsSchema } from "./cec";
import { boolean, isoDate, matching, oneOf, text } from "./checks";
import { lazy } from "./lazy";
import { documentProfiles } from "./documentProfile";
import { type ValuationSettingsInput, valuationSettingsSchema } from "./valuation";

/**
 * Everything the sidebar gathers, kept per document (versioned) and checked with this one schema on
 * both sides of google.script.run: the page for field errors, the server because every argument
 * from the page is untrusted.
 */
export const SETTINGS_VERSION = 1;

// An object of optional keys, not z.partialRecord: the same check without 2.5 KB more of zod in the Apps Script bundle.
const columnsSchema = () =>
  z.object(Object.fromEntries(FIELDS.map((f) => [f, z.optional(text(MAX_NAME))])) as Record<Field, z.ZodMiniOptional<ReturnType<typeof text>>>);

export const sourceSchema = lazy(() => z.object({
  /** Sheet holding the journal; empty: the first sheet whose headers look like a journal. */
  sheet: z.optional(text(MAX_SHEET_NAME)),
  /** A1 range inside that sheet ("A1:O500", "A:O"); empty: the sheet's whole data range. Rows of 8 digits at most: a sheet holds 10 million cells. */
  range: z.optional(matching(/^$|^\$?[A-Z]{1,3}\$?\d{0,8}(:\$?[A-Z]{1,3}\$?\d{0,8})?$/i)),
  /** Optional roles sheet (Bénévole, Rôle, Association, Date de naissance). */
  rolesSheet: z.optional(text(MAX_SHEET_NAME)),
  /** Optional sheet holding the rate table (first column Niveau, Catégorie, Rôle or Bénévole; second the rate). */
  rateSheet: z.optional(text(MAX_SHEET_NAME)),
  /** Optional alias table (Nom dans le journal → Nom retenu); empty: a sheet named « Alias » if there is one. */
  aliasSheet: z.optional(text(MAX_SHEET_NAME)),
  /** Optional associations table (Association, SIREN, RNA…); empty: a sheet named « Associations » if there is one. */
  associationSheet: z.optional(text(MAX_SHEET_NAME)),
  /** Columns chosen by hand: field → header of the journal, "" for none; a field left out is found by its header. */
  columns: z.optional(columnsSchema()),
}));

export const associationSchema = lazy(() => z.object({
  name: text(MAX_NAME),
  /** SIREN (9 digits) or RNA number (W and 9 characters). */
  identifier: z.optional(matching(/^$|^\d{9}$|^W[0-9A-Z]{9}$/)),
  /** Declaration in préfecture, "AAAA-MM-JJ". */
  declaredOn: z.optional(isoDate(true)),
  /** All activities within CGI art. 200-1-b. */
  generalInterest: z.optional(boolean()),
}));

/**
 * The checks that need several fields, run after the defaults are filled in, unless an issue aborts
 * (each field's own bounds are in its schema): a flat rate in forfait mode, a rate per km in taux
 * mode, each rate-table row's rate and label. A check function (z.superRefine without its class).
 */
const valuationInputSchema = () => valuationSettingsSchema().check(
  (payload) => {
    const v: ValuationSettingsInput = payload.value;
    // a fresh path each call: zod prefixes an issue's path in place with the parents' keys
    const bad = (...path: (string | number)[]) => payload.issues.push({ code: "custom", path, input: undefined, message: "" });
    if (v.rateMode === "forfait" && (v.flatRate === undefined || !parseRate(v.flatRate))) bad("flatRate");
    if (v.mileage?.mode === "taux" && (v.mileage.eurosPerKm === undefined || v.mileage.eurosPerKm === "")) bad("mileage", "eurosPerKm");
    v.rateTable?.rows.forEach((row, i) => {
      if (!parseRate(row.eurosPerHour)) bad("rateTable", "rows", i, "eurosPerHour");
      if (!row.label.trim()) bad("rateTable", "rows", i, "label");
    });
  },
);

export const settingsSchema = lazy(() => z.object({
  version: oneOf([SETTINGS_VERSION]),
  source: sourceSchema(),
  association: associationSchema(),
  /** Common to every association; `association` is one association's profile (engineSettings), never these. */
  valuation: valuationInputSchema(),
  /** Advanced CEC settings (qualifying roles); the association's own conditions come from `association`. */
  cec: z.optional(CecSettingsSchema()),
}));

export type Settings = z.input<ReturnType<typeof settingsSchema>>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    source: { sheet: "", range: "", rolesSheet: "", rateSheet: "", aliasSheet: "" },
    association: { name: "", identifier: "", declaredOn: "" },
    valuation: { rateMode: "smic", coefficient: "1", chart: "ANC 2018-06", closingDate: "12-31", etpBase: 1607, mileage: { mode: "aucun" } },
  };
}

/** Field errors keyed by dotted path ("association.identifier", "valuation.rateTable.rows.2.eurosPerHour"). */
export type FieldErrors = Record<string, string>;

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

/**
 * google.script.run may turn an absent value into null: null means "not given" here. An object or
 * array deeper than any field (MAX_SETTINGS_DEPTH), or an array longer than any list, becomes NaN,
 * which no field accepts: refused where it stands, before it can exhaust the stack or the time.
 */
function withoutNulls(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== "object") return value;
  if (depth > MAX_SETTINGS_DEPTH) return NaN;
  if (Array.isArray(value)) return value.length > Math.max(MAX_RATE_ROWS, MAX_LIST_ITEMS) ? NaN : value.map((v) => withoutNulls(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v, depth + 1);
  return out;
}

/** Rate-table rows whose label names the same thing as an earlier row's (identity rule: case and spaces folded, accents kept). */
function duplicateRateLabels(rows: readonly { label: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = identityKey(row.label);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else errors[`valuation.rateTable.rows.${i}.label`] = `« ${row.label.trim()} » figure déjà ligne ${earlier + 1}.`;
  });
  return errors;
}

/**
 * A field's fixed French message, by its path (messages.ts). The add-on's server passes none and
 * leaves these messages empty: the page, which has them all, writes them beside the fields (a table
 * of messages loaded on every custom-function call for nothing). Messages naming a value are always given.
 */
export type MessageOf = (path: string) => string;

export function checkSettings(input: unknown, messageOf: MessageOf = () => ""): SettingsCheck {
  // Counted before any row is read: a table of a million rows is refused as fast as one of 201.
  const rows = (input as { valuation?: { rateTable?: { rows?: unknown } } } | undefined)?.valuation?.rateTable?.rows;
  if (Array.isArray(rows) && rows.length > MAX_RATE_ROWS) {
    return { ok: false, errors: { "valuation.rateTable": `Table de taux trop longue (${MAX_RATE_ROWS} lignes au plus) : lisez-la depuis une feuille.` } };
  }
  const clean = withoutNulls(input);
  const result = z.safeParse(settingsSchema(), clean);
  if (result.success) {
    const settings = result.data as Settings;
    const duplicates = duplicateRateLabels(settings.valuation.rateTable?.rows ?? []);
    if (Object.keys(duplicates).length) return { ok: false, errors: duplicates };
    // As stored (settingsStore.ts): UTF-8 bytes, each non-ASCII UTF-16 unit counted 3 (a surrogate pair's 4 counted 6: never under).
    const json = JSON.stringify(settings);
    const bytes = json.length + 2 * json.replace(/[\0-\x7f]/g, "").length;
    if (bytes > MAX_SETTINGS_BYTES) {
      const message = `Réglages trop volumineux (${Math.ceil(bytes / 1000)} Ko, ${MAX_SETTINGS_BYTES / 1000} Ko au plus) : raccourcissez la table de taux ou lisez-la depuis une feuille.`;
      return { ok: false, errors: { [settings.valuation.rateTable ? "valuation.rateTable" : "(racine)"]: message } };
    }
    return { ok: true, settings };
  }
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".") || "(racine)";
    errors[path] ??= messageOf(path);
  }
  // The closing day's message names the value and why it cannot close every exercice.
  const closing = (clean as { valuation?: { closingDate?: unknown } } | undefined)?.valuation?.closingDate;
  if ("valuation.closingDate" in errors && typeof closing === "string" && closing.length <= MAX_VALUE_CHARS) {
    errors["valuation.closingDate"] = closingDateProblem(closing) ?? errors["valuation.closingDate"]!;
  }
  return { ok: false, errors };
}

/** Settings read back from document properties: older versions would be migrated here. */
export function migrateSettings(stored: unknown): unknown {
  if (stored && typeof stored === "object" && (stored as { version?: unknown }).version === SETTINGS_VERSION) return stored;
  return undefined;
}

/**
 * The engines' inputs: valuation settings common to every association (no SIREN nor name: those
 * are one association's), the advanced CEC settings, and the associations described: the rows of
 * the associations table and the settings' own association (documentProfiles). Each association's
 * CEC conditions come from its profile (buildJournalReport), defined once.
 */
export function engineSettings(settings: Settings, rows?: readonly AssociationProfile[]) {
  const { siren: _siren, associationName: _name, ...valuation } = settings.valuation as ValuationSettingsInput;
  return { valuation: valuation as ValuationSettingsInput, cec: settings.cec ?? {}, associations: documentProfiles(settings, rows) };
}
