import type { AssociationProfile } from "../../core/associations/profile";
import type { CecSettings } from "../../core/cec/settings";
import type { Journal, WallClock } from "../../core/journal/types";
import { reportCecSettings } from "../../core/report/yearReport";
import { parseCecSettings } from "../../core/settings/cec";
import { documentProfiles } from "../../core/settings/documentProfile";
import { readAssociationSheet } from "../sheets/associationSheet";
import { loadSettings } from "../sidebar/settingsStore";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";

/**
 * The associations as the sidebar's report describes them: the associations sheet's rows and the
 * settings' association. A money function values an association on its own exercice with them, so
 * that a cell and the report give the same figure.
 */
export function documentAssociations(wallClock: WallClock, settings = loadSettings().settings): AssociationProfile[] {
  const sheet = readAssociationSheet(activeSpreadsheet(), settings.source.associationSheet, wallClock);
  return documentProfiles(settings, sheet?.table.rows);
}

/** The CEC settings of the sidebar's report (qualifying roles, each association's conditions): a CEC cell and the report agree. */
export function documentCecSettings(journal: Journal, wallClock: WallClock): CecSettings {
  const { settings } = loadSettings();
  return reportCecSettings(journal, { associations: documentAssociations(wallClock, settings), cecSettings: parseCecSettings(settings.cec) });
}
