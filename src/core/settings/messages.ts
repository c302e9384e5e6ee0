const SHEET_NAME = "Nom de feuille trop long (100 caractères au plus).";
const YES_NO = "Répondez oui ou non.";

/** French message shown next to each settings field, by dotted path (row numbers of the rate table folded to "*"). */
const MESSAGES: Record<string, string> = {
  "source.sheet": SHEET_NAME,
  "source.range": "Plage invalide : écrivez par exemple A1:O500 ou A:O, ou laissez vide pour toute la feuille.",
  "source.rolesSheet": SHEET_NAME,
  "source.rateSheet": SHEET_NAME,
  "source.aliasSheet": SHEET_NAME,
  "source.associationSheet": SHEET_NAME,
  "source.columns": "Choix de colonne invalide : choisissez un en-tête de la feuille ou « (aucune) ».",
  "association.name": "Nom trop long (200 caractères au plus).",
  "association.identifier": "SIREN (9 chiffres) ou numéro RNA (W suivi de 9 caractères) attendu.",
  "association.declaredOn": "Date invalide : choisissez une date (AAAA-MM-JJ).",
  "association.generalInterest": YES_NO,
  "valuation.rateMode": "Choisissez le SMIC ou un taux forfaitaire.",
  "valuation.flatRate": "Taux forfaitaire attendu en euros par heure ou en multiple du SMIC, par exemple 15, 12,50 ou 2 x SMIC.",
  "valuation.coefficient": "Coefficient attendu : un nombre positif, par exemple 1 ou 1,45.",
  "valuation.territory": "Territoire inconnu.",
  "valuation.chart": "Plan comptable inconnu : ANC 2018-06 ou CRC 99-01.",
  "valuation.closingDate": "Date de clôture attendue au format JJ/MM (par exemple 31/12).",
  "valuation.etpBase": "Base ETP attendue : un nombre d'heures positif (1607 ou 1820).",
  "valuation.rateTable": "Table de taux invalide.",
  "valuation.rateTable.key": "Choisissez la colonne de la table : niveau, catégorie, rôle ou bénévole.",
  "valuation.rateTable.rows.*.label": "Libellé manquant.",
  "valuation.rateTable.rows.*.eurosPerHour": "Taux attendu en euros par heure ou en multiple du SMIC, par exemple 11,88 ou 150 % SMIC.",
  "valuation.mileage.mode": "Choisissez aucun, un taux par km ou le barème.",
  "valuation.mileage.eurosPerKm": "Taux kilométrique attendu en euros par km, par exemple 0,32.",
  "valuation.mileage.vehicle": "Véhicule inconnu.",
  "valuation.mileage.cv": "Puissance fiscale attendue : un nombre entier de CV, de 1 à 99.",
  "valuation.mileage.electric": YES_NO,
  "valuation.mileage.waived": YES_NO,
  version: "Version de réglages inconnue : rechargez le panneau.",
};

export function fieldMessage(path: string): string {
  const generic = path.replace(/\.\d+\./g, ".*.");
  const columns = path.startsWith("source.columns") ? MESSAGES["source.columns"] : undefined;
  return MESSAGES[path] ?? MESSAGES[generic] ?? columns ?? `Valeur invalide (${path}).`;
}
