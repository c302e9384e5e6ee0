import { type Settings, checkSettings, defaultSettings, migrateSettings } from "../../core/settings";
import { readChunked, writeChunked } from "./chunkedProperty";

/** Document property holding the settings: JSON `{ version, ... }`, split in parts under 9 KB. */
export const SETTINGS_KEY = "valorise.settings";

export interface StoredSettings {
  settings: Settings;
  saved: boolean;
  /** French note when stored settings could not be read (the defaults are shown instead). */
  problem?: string;
}

export function loadSettings(): StoredSettings {
  const text = readChunked(PropertiesService.getDocumentProperties(), SETTINGS_KEY);
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

/** Stores settings already checked by checkSettings. */
export function storeSettings(settings: Settings): void {
  writeChunked(PropertiesService.getDocumentProperties(), SETTINGS_KEY, JSON.stringify(settings));
}

/**
 * The alias sheet the saved settings name ("" when none): the custom functions read this one field,
 * without checking the whole settings (settings that do not parse, or of another version, name none).
 */
export function savedAliasSheet(): string {
  const text = readChunked(PropertiesService.getDocumentProperties(), SETTINGS_KEY);
  let saved: unknown;
  try {
    saved = migrateSettings(JSON.parse(text ?? "null"));
  } catch {
    return "";
  }
  const name = (saved as { source?: { aliasSheet?: unknown } } | undefined)?.source?.aliasSheet;
  return typeof name === "string" ? name : "";
}
