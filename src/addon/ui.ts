import type { EntryDoc } from "./functions/spec";
import { SIDEBAR_ENTRY_POINTS } from "./sidebar/entryPoints";

const HELP_TEXT = [
  "Valorise lit votre journal de bénévolat (une ligne par action, en-têtes en première ligne : Bénévole ou Prénom et Nom, Date, Durée ou Heures…).",
  "",
  "Dans une cellule : =BENEVOLAT_TOTAUX(Journal!A:O; 2025) pour les totaux par bénévole, =BENEVOLAT_HEURES(Journal!A:O; \"Alice Martin\"; 2025) pour un total, =BENEVOLAT_ANOMALIES(Journal!A:O) pour les lignes écartées.",
  "",
  "Le panneau (Extensions > Valorise > Ouvrir le panneau) garde vos réglages (source, association, taux) et écrit les feuilles du rapport de l'année : Synthèse, Bénévoles, CEC, Valorisation, Comptabilité, Anomalies. Il propose aussi les fichiers CSV de l'année et ses écritures de clôture à importer dans le logiciel comptable (ce n'est pas le FEC).",
  "",
  "Valorise n'écrit jamais dans votre journal et ne touche qu'aux feuilles qu'il a créées.",
].join("\n");

function showHelp(): void {
  SpreadsheetApp.getUi().alert("Valorise : aide", HELP_TEXT, SpreadsheetApp.getUi().ButtonSet.OK);
}

export const UI_ENTRY_POINTS = { showHelp, ...SIDEBAR_ENTRY_POINTS };

export const UI_DOCS: EntryDoc<"showHelp">[] = [{ name: "showHelp", params: [] }];
