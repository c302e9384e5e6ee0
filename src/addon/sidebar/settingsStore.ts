import { type Settings, checkSettings, defaultSettings, migrateSettings } from "../../core/settings";
import { SettingsError } from "../../core/settings/valuation";
import { readChunked, writeChunked } from "./chunkedProperty";

/** Document property holding the settings: JSON `{ version, ... }`, split in parts under 9 KB. */
export const SETTINGS_KEY = "valorise.settings";

export interface StoredSettings {
  settings: Settings;
  saved: boolean;
  /** French note when stored settings could not be read (the defaults are shown instead). */
  problem?: string;
}

/** The settings sent, checked (stored later, under the lock), or the saved ones; settings sent that do not check, refused. */
export function settingsFor(input: unknown): { settings: Settings; sent: boolean } | { ok: false; message: string; errors: Record<string, string> } {
  if (input === undefined) return { settings: loadSettings().settings, sent: false };
  const check = checkSettings(input);
  return check.ok ? { settings: check.settings, sent: true } : { ok: false, message: SETTINGS_ERRORS, errors: check.errors };
}

export const SETTINGS_ERRORS = "Des réglages sont à corriger (voir les champs en rouge).";

/** The settings' JSON as stored; undefined when none is. */
const storedText = () => readChunked(PropertiesService.getDocumentProperties(), SETTINGS_KEY);

export function loadSettings(): StoredSettings {
  const text = storedText();
  if (text === undefined) return { settings: defaultSettings(), saved: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const check = checkSettings(migrateSettings(parsed));
  if (check.ok) return { settings: check.settings, saved: true };
  return { settings: defaultSettings(), saved: false, problem: "Les réglages enregistrés sont illisibles : les valeurs par défaut sont affichées." };
}

/**
 * Stores settings already checked by checkSettings (under MAX_SETTINGS_BYTES). Apps Script's own
 * refusal (store quota, writes a day, service down) is in English: a French SettingsError instead.
 */
export function storeSettings(settings: Settings): void {
  try {
    writeChunked(PropertiesService.getDocumentProperties(), SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    throw new SettingsError("Réglages non enregistrés : Google Sheets refuse de les stocker dans ce classeur (quota atteint ou service indisponible). Réessayez plus tard.");
  }
}

/**
 * The alias sheet the saved settings name ("" when none): the custom functions read this one field,
 * without checking the whole settings (settings that do not parse, or of another version, name none).
 */
export function savedAliasSheet(): string {
  const text = storedText();
  let saved: unknown;
  try {
    saved = migrateSettings(JSON.parse(text ?? "null"));
  } catch {
    return "";
  }
  const name = (saved as { source?: { aliasSheet?: unknown } } | undefined)?.source?.aliasSheet;
  return typeof name === "string" ? name : "";
}
