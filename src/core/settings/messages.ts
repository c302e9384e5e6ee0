import { FISCAL_HORSEPOWER, MAX_LABEL, MAX_LIST_ITEMS, MAX_NAME, MAX_SHEET_NAME } from "../values/limits";
import { expectedDecimal } from "../values/userInput";
import { RATE_EXAMPLE } from "../valuation/rateValue";

const SHEET_NAME = `Nom de feuille trop long (${MAX_SHEET_NAME} caractères au plus).`;
const YES_NO = "Répondez oui ou non.";

/** French message shown next to each settings field, by dotted path (row numbers of the rate table folded to "*"). */
const MESSAGES: Record<string, string> = {
  "source.sheet": SHEET_NAME,
  "source.range": "Plage invalide : écrivez par exemple A1:O500 ou A:O, ou laissez vide pour toute la feuille.",
  "source.rolesSheet": SHEET_NAME,
  "source.rateSheet": SHEET_NAME,
  "source.aliasSheet": SHEET_NAME,
  "source.associationSheet": SHEET_NAME,
  "source.columns": `Choix de colonne invalide : choisissez un en-tête de la feuille (${MAX_NAME} caractères au plus) ou « (aucune) ».`,
  "association.name": `Nom trop long (${MAX_NAME} caractères au plus).`,
  "association.identifier": "SIREN (9 chiffres) ou numéro RNA (W suivi de 9 caractères) attendu.",
  "association.declaredOn": "Date invalide : choisissez une date (AAAA-MM-JJ).",
  "association.generalInterest": YES_NO,
  "valuation.rateMode": "Choisissez le SMIC ou un taux forfaitaire.",
  "valuation.flatRate": `Taux forfaitaire attendu : ${RATE_EXAMPLE}.`,
  "valuation.coefficient": `Coefficient attendu : ${expectedDecimal("coefficient")}.`,
  "valuation.territory": "Territoire inconnu : choisissez métropole ou Mayotte.",
  "valuation.chart": "Plan comptable inconnu : ANC 2018-06 ou CRC 99-01.",
  "valuation.closingDate": "Date de clôture attendue au format JJ/MM (par exemple 31/12).",
  "valuation.etpBase": `Base ETP attendue : ${expectedDecimal("etpBase")}.`,
  "valuation.rateTable": "Table de taux invalide.",
  "valuation.rateTable.header": `En-tête de la table de taux trop long (${MAX_NAME} caractères au plus).`,
  "valuation.rateTable.key": "Choisissez la colonne de la table : niveau, catégorie, rôle ou bénévole.",
  "valuation.rateTable.rows.*.label": `Libellé manquant ou trop long (${MAX_LABEL} caractères au plus).`,
  "valuation.rateTable.rows.*.eurosPerHour": `Taux attendu : ${RATE_EXAMPLE}.`,
  "valuation.siren": "SIREN attendu : 9 chiffres.",
  "valuation.associationName": `Nom trop long (${MAX_NAME} caractères au plus).`,
  "valuation.mileage.mode": "Choisissez aucun, un taux par km ou le barème.",
  "valuation.mileage.eurosPerKm": `Taux kilométrique attendu : ${expectedDecimal("eurosPerKm")}.`,
  "valuation.mileage.vehicle": "Véhicule inconnu.",
  "valuation.mileage.cv": `Puissance fiscale attendue : un nombre entier de CV, de ${FISCAL_HORSEPOWER[0]} à ${FISCAL_HORSEPOWER[1]}.`,
  "valuation.mileage.electric": YES_NO,
  "valuation.mileage.waived": YES_NO,
  cec: `Réglages CEC invalides : ${MAX_LIST_ITEMS} éléments au plus par liste, rôles de ${MAX_LABEL} caractères au plus, noms d'association de ${MAX_NAME}.`,
  version: "Version de réglages inconnue : rechargez le panneau.",
  "(racine)": "Réglages illisibles : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau).",
};

export function fieldMessage(path: string): string {
  const generic = path.replace(/\.\d+\./g, ".*.");
  const parent = ["source.columns", "cec"].find((p) => path.startsWith(p));
  return MESSAGES[path] ?? MESSAGES[generic] ?? (parent && MESSAGES[parent]) ?? `Valeur invalide (${path}).`;
}
