import type { ReportJson } from "./report";
import { frenchNumber, textTable } from "./print";

const money = (euros: number) => `${frenchNumber(euros)} €`;

/** The French text section on valuation and accounting. */
export function valuationText(r: ReportJson): string {
  const v = r.valorisation;
  const a = r.comptabilite;
  if (!v || !a) return "";
  const parts = [
    `Valorisation ${r.annee} : ${frenchNumber(v.heures)} h, ${frenchNumber(v.etp)} ETP (base ${v.baseEtp} h), ${money(v.montant)}\n` +
      `Méthode : ${v.methode}`,
    textTable(["Compte", "Libellé", "Débit", "Crédit"], a.comptes.map((c) => [
      c.compte, c.libelleCompte, c.debit ? money(c.debit) : "", c.credit ? money(c.credit) : "",
    ]), ["left", "left", "right", "right"]),
  ];
  if (v.kilometres.mode !== "aucun") {
    parts.push(`Frais kilométriques : ${frenchNumber(v.kilometres.km)} km, ${money(v.kilometres.montant)} (${v.kilometres.methode}), ` +
      `réduction d'impôt ${money(v.kilometres.reductionImpot)}${v.kilometres.abandon ? ", abandonnés par les bénévoles" : ""}`);
  }
  parts.push(`Note pour l'annexe : ${a.note}`);
  return parts.join("\n\n");
}
