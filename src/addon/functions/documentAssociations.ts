import type { AssociationProfile } from "../../core/associations/profile";
import type { WallClock } from "../../core/journal/types";
import { documentProfiles } from "../../core/settings/documentProfile";
import { readAssociationSheet } from "../sheets/associationSheet";
import { loadSettings } from "../sidebar/settingsStore";

/**
 * The associations as the sidebar's report describes them: the associations sheet's rows and the
 * settings' association. A money function values an association on its own exercice with them, so
 * that a cell and the report give the same figure.
 */
export function documentAssociations(wallClock: WallClock): AssociationProfile[] {
  const { settings } = loadSettings();
  const sheet = readAssociationSheet(SpreadsheetApp.getActiveSpreadsheet(), settings.source.associationSheet, wallClock);
  return documentProfiles(settings, sheet?.table.rows);
}
