import { BLANK_LABELS } from "../../core/valuation/valuation";
import type { AssociationJson } from "./report";
import { frenchNumber, textTable } from "./print";

const money = (euros: number) => `${frenchNumber(euros)} €`;

type Valorisation = AssociationJson["valorisation"];
type Line = { libelle: string; heures: number; etp: number; montant: number };

/** A breakdown of the amount, its lines then the total they add up to. */
function breakdownTable(title: string, blank: string, lines: readonly Line[], v: Valorisation): string {
  const rows = lines.map((l) => [l.libelle || blank, frenchNumber(l.heures), frenchNumber(l.etp), money(l.montant)]);
  rows.push(["Total", frenchNumber(v.heures), frenchNumber(v.etp), money(v.montant)]);
  return textTable([title, "Heures", "ETP", "Montant"], rows, ["left", "right", "right", "right"]);
}

function ratesTable(v: Valorisation): string {
  const rows = v.taux.map((t) => [t.libelle, frenchNumber(t.heures), money(t.eurosParHeure), money(t.montant)]);
  rows.push(["Total", frenchNumber(v.heures), "", money(v.montant)]);
  return textTable(["Taux appliqué", "Heures", "Taux horaire", "Montant"], rows, ["left", "right", "right", "right"]);
}

/** The breakdowns with more than one line (a single line would only repeat the total). */
function breakdowns(v: Valorisation): string[] {
  const tables = [ratesTable(v)];
  if (v.parCategorie.length > 1) tables.push(breakdownTable("Catégorie", BLANK_LABELS.category, v.parCategorie, v));
  if (v.parProjet.length > 1) tables.push(breakdownTable("Projet", BLANK_LABELS.project, v.parProjet, v));
  return tables;
}

/** The French text section on valuation and accounting. */
export function valuationText(r: AssociationJson): string {
  const v = r.valorisation;
  const a = r.comptabilite;
  const heading = [
    `Valorisation (${r.periode.libelle}) : ${frenchNumber(v.heures)} h, ${frenchNumber(v.etp)} ETP (base ${v.baseEtp} h), ${money(v.montant)}`,
    `Méthode : ${v.methode}`,
    ...(v.avertissements.length ? ["Attention :", ...v.avertissements.map((w) => `- ${w}`)] : []),
  ];
  const parts = [
    heading.join("\n"),
    ...breakdowns(v),
  ];
  if (a) {
    parts.push(textTable(["Compte", "Libellé", "Débit", "Crédit"], a.comptes.map((c) => [
      c.compte, c.libelleCompte, c.debit ? money(c.debit) : "", c.credit ? money(c.credit) : "",
    ]), ["left", "left", "right", "right"]));
  }
  if (v.kilometres.mode !== "aucun") {
    parts.push(`Frais kilométriques : ${frenchNumber(v.kilometres.km)} km, ${money(v.kilometres.montant)} (${v.kilometres.methode}), ` +
      `réduction d'impôt ${money(v.kilometres.reductionImpot)}${v.kilometres.abandon ? ", abandonnés par les bénévoles" : ""}`);
  }
  if (a) parts.push(`Note pour l'annexe : ${a.note}`);
  return parts.join("\n\n");
}
