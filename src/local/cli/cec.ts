import type { CecReport } from "../../core/cec/report";
import { frenchDateOfIso } from "../../core/values/calendar";
import { frenchNumber, textTable } from "./print";

/** The CEC part of the JSON report (French keys, like the rest of it). */
export interface CecJson {
  annee: number;
  /** "AAAA-MM-JJ": declaration on Le Compte Bénévole, then validation by the association. */
  aDeclarerAvant: string;
  aValiderAvant: string;
  regles: { heuresTotal: number; heuresUneAssociation: number; droitsParAnnee: number; plafond: number; ageMinimum: number; ancienneteAssociationAns: number };
  benevoles: {
    benevole: string;
    /** "Éligible", "Éligible sous réserve", "À compléter" or "Non éligible". */
    statut: string;
    raison: string;
    /** Statut, " : ", raison. */
    texte: string;
    heuresQualifiantes: number;
    heuresAssociationPrincipale: number;
    associationPrincipale: string;
    droitsAnnee: number;
    droitsCumules: number;
    /** "" when Non éligible. */
    aDeclarerAvant: string;
    aValiderAvant: string;
    /** The year's hours in each association of the journal, and those that meet its conditions. */
    parAssociation: { association: string; heures: number; heuresRetenues: number }[];
  }[];
  /** What the figures assume, and the rows of the roles table to fix. */
  notes: string[];
}

export function cecJson(cec: CecReport): CecJson {
  return {
    annee: cec.year,
    aDeclarerAvant: cec.declareBy,
    aValiderAvant: cec.validateBy,
    regles: {
      heuresTotal: cec.rule.totalHours,
      heuresUneAssociation: cec.rule.oneAssociationHours,
      droitsParAnnee: cec.rule.rightsEur,
      plafond: cec.rule.capEur,
      ageMinimum: cec.rule.minimumAge,
      ancienneteAssociationAns: cec.rule.associationYears,
    },
    benevoles: cec.volunteers.map((v) => ({
      benevole: v.volunteer,
      statut: v.statusLabel,
      raison: v.reason,
      texte: v.text,
      heuresQualifiantes: v.qualifyingHours,
      heuresAssociationPrincipale: v.mainAssociationHours,
      associationPrincipale: v.mainAssociation,
      droitsAnnee: v.rightsEur,
      droitsCumules: v.cumulativeEur,
      aDeclarerAvant: v.declareBy,
      aValiderAvant: v.validateBy,
      parAssociation: v.associations.map((a) => ({ association: a.association, heures: a.hours, heuresRetenues: a.eligibleHours })),
    })),
    notes: cec.notes,
  };
}

const frenchDay = (iso: string) => (iso ? frenchDateOfIso(iso) : "");

/** The CEC section of the text report: one line per volunteer, then the reasons and the notes. */
export function cecText(cec: CecJson, withRoles: boolean): string {
  const rows = cec.benevoles.map((b) => [
    b.benevole, frenchNumber(b.heuresQualifiantes), frenchNumber(b.heuresAssociationPrincipale), b.statut,
    frenchNumber(b.droitsAnnee, 0), frenchNumber(b.droitsCumules, 0), frenchDay(b.aDeclarerAvant), frenchDay(b.aValiderAvant),
  ]);
  const table = textTable(
    ["Bénévole", "H. qualifiantes", "H. asso. principale", "Statut", "Droits (€)", "Cumul (€)", "À déclarer avant", "À valider avant"],
    rows,
    ["left", "right", "right", "left", "right", "right", "left", "left"],
  );
  const perAssociation = (b: CecJson["benevoles"][number]) =>
    b.parAssociation.length > 1 ? ` (${b.parAssociation.map((a) => `${a.association || "sans association"} : ${frenchNumber(a.heures)} h`).join(" ; ")})` : "";
  const reasons = cec.benevoles.map((b) => `- ${b.benevole} : ${b.texte}${perAssociation(b)}`);
  const source = withRoles ? "rôles : table des rôles, sinon colonne Rôle du journal" : "rôles : colonne Rôle du journal (aucune table des rôles : option --roles)";
  return [
    `Compte d'Engagement Citoyen ${cec.annee} (${source})`,
    table,
    reasons.length ? `Détail :\n${reasons.join("\n")}` : "",
    cec.notes.map((n) => `Note : ${n}`).join("\n"),
  ].filter(Boolean).join("\n\n");
}
