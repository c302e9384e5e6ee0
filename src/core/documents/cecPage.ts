import type { DocumentCec, DocumentCecAssociation, DocumentCecLine } from "./documentReport";
import type { ReportedAssociation } from "../report/yearReport";
import { declarationOpening } from "../cec/rules";
import { frenchDate, frenchDateOfIso } from "../values/calendar";
import { associationNumber } from "./attestationIdentity";
import { hoursText, hundredthsOfHours } from "./attestationHours";
import { rolesText, toValidate } from "./cecLines";
import { cumulativeText, rightsText } from "./cecRights";
import type { Block, DocumentPart } from "./model";

export const COMPTE_BENEVOLE = "www.associations.gouv.fr/le-compte-benevole.html";

export interface CecPageInput {
  cec: DocumentCec;
  line: DocumentCecLine;
  /** The line's hours in the attestation's association. */
  here?: DocumentCecAssociation;
  association: ReportedAssociation;
  publicAgent: boolean;
}

/** The CEC page of an attestation: what to declare and by when, or what is missing; none for the other statuses. */
export function cecPart(input: CecPageInput): DocumentPart | undefined {
  const { line } = input;
  if (toValidate(line)) return declarePart(input);
  if (line.status === "incomplete") return incompletePart(input);
  return undefined;
}

function header(input: CecPageInput): Block[] {
  return [
    { kind: "title", text: `Compte d'engagement citoyen (CEC) — année ${input.cec.year}` },
    { kind: "subtitle", text: `${input.line.volunteer} — ${input.association.title}` },
    { kind: "fields", rows: [["Statut", input.line.text]] },
  ];
}

function deadlines(cec: DocumentCec): Block[] {
  const declare = frenchDateOfIso(cec.declareBy);
  const validate = frenchDateOfIso(cec.validateBy);
  return [
    { kind: "heading", text: "Échéances" },
    {
      kind: "fields",
      rows: [
        ["Déclaration", `par le bénévole, sur Le Compte Bénévole, du ${frenchDate(declarationOpening(cec.year))} au ${declare}`],
        ["Validation", `par le valideur CEC de l'association, au plus tard le ${validate} ; une validation plus tardive n'est pas créditée`],
      ],
    },
  ];
}

function declarePart(input: CecPageInput): DocumentPart {
  const { cec, line, here, association } = input;
  const blocks: Block[] = [
    ...header(input),
    ...(line.status === "conditional"
      ? [{ kind: "text", style: "bold", text: "À confirmer avant de déclarer : le rôle doit être de diriger l'association ou d'encadrer d'autres bénévoles." } as const]
      : []),
    { kind: "heading", text: "À déclarer sur Le Compte Bénévole" },
    { kind: "text", text: `Déclarez votre bénévolat de ${cec.year} sur Le Compte Bénévole (${COMPTE_BENEVOLE}), une déclaration par association :` },
    {
      kind: "fields",
      rows: [
        ["Association", association.title],
        ["RNA ou SIREN", associationNumber(association)],
        ["Année", String(cec.year)],
        [`Heures en ${cec.year}`, here ? hoursText(hundredthsOfHours(here.hours)) : "aucune heure cette année civile"],
        ["Rôle", rolesText(here) || "à préciser : dirigeant ou encadrant d'autres bénévoles"],
      ],
    },
    ...deadlines(cec),
    { kind: "heading", text: "Vos droits" },
    { kind: "text", text: rightsText(cec.year, input.publicAgent) },
    ...(line.rightsEur > 0 ? [{ kind: "text", text: cumulativeText(cec.year, line.cumulativeEur, input.publicAgent) } as const] : []),
  ];
  return { blocks, footer: `CEC ${cec.year} — ${line.volunteer} — ${association.title}` };
}

function incompletePart(input: CecPageInput): DocumentPart {
  const { cec, line, association } = input;
  const total = hundredthsOfHours(cec.rule.totalHours);
  const [totalRule, oneRule] = [`${cec.rule.totalHours}\u00a0h`, `${cec.rule.oneAssociationHours}\u00a0h`];
  const counted = hundredthsOfHours(line.qualifyingHours);
  const missing = Math.max(0, total - counted);
  const main = line.mainAssociation ? ` dans « ${line.mainAssociation} »` : "";
  const blocks: Block[] = [
    ...header(input),
    { kind: "heading", text: "Ce qui manque" },
    {
      kind: "text",
      text: `Le CEC demande au moins ${totalRule} de bénévolat dans l'année ${cec.year}, dans une ou plusieurs associations, ` +
        `dont au moins ${oneRule} dans une même association, avec un rôle de dirigeant ou d'encadrant d'autres bénévoles.`,
    },
    {
      kind: "fields",
      rows: [
        [`Heures requises en ${cec.year}`, totalRule],
        ["Heures comptées", hoursText(counted)],
        ["Dont dans une association", `${hoursText(hundredthsOfHours(line.mainAssociationHours))}${main} (${oneRule} requises)`],
        ["Heures manquantes", `${hoursText(missing)}, à faire dans d'autres associations`],
      ],
    },
    {
      kind: "text",
      text: `Si vous avez fait au moins ${hoursText(missing)} de bénévolat dans d'autres associations en ${cec.year}, ` +
        "comme dirigeant ou encadrant d'autres bénévoles, vous pouvez être éligible : déclarez chacune de ces associations " +
        `sur Le Compte Bénévole (${COMPTE_BENEVOLE}), ainsi que celle-ci (${associationNumber(association)}).`,
    },
    ...deadlines(cec),
    { kind: "heading", text: "Droits si l'année est éligible" },
    { kind: "text", text: rightsText(cec.year, input.publicAgent) },
  ];
  return { blocks, footer: `CEC ${cec.year} — ${line.volunteer} — ${association.title}` };
}
