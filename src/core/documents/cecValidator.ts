import type { DocumentSection } from "./documentReport";
import { frenchDateOfIso } from "../values/calendar";
import { associationFields } from "./attestationIdentity";
import { hoursText, hundredthsOfHours } from "./attestationHours";
import { associationLine, rolesText, toValidate } from "./cecLines";
import { COMPTE_BENEVOLE } from "./cecPage";
import type { PrintDocument } from "./model";

/** The CEC lines the association's valideur has to validate: eligible and to confirm. */
export function linesToValidate(section: DocumentSection) {
  return section.cecVolunteers.filter(toValidate);
}

/** The valideur CEC's list for one association: every volunteer to validate, with hours, role, status and deadlines. */
export function validatorDocument(section: DocumentSection): PrintDocument | undefined {
  const lines = linesToValidate(section);
  if (!lines.length) return undefined;
  const { cec, association } = section;
  const declare = frenchDateOfIso(cec.declareBy);
  const validate = frenchDateOfIso(cec.validateBy);
  const rows = lines.map((l) => {
    const here = associationLine(section, l);
    return { l, hours: here ? hundredthsOfHours(here.hours) : 0, role: rolesText(here) || "à préciser" };
  });
  const total = rows.reduce((s, r) => s + r.hours, 0);
  const title = `Liste du valideur CEC — ${association.title} — ${cec.year}`;
  return {
    title,
    orientation: "landscape",
    parts: [{
      footer: title,
      blocks: [
        { kind: "title", text: `Compte d'engagement citoyen ${cec.year} : bénévoles à valider` },
        { kind: "fields", rows: [...associationFields(association), ["Année", String(cec.year)]] },
        {
          kind: "text",
          text: `Chaque bénévole ci-dessous déclare ses heures de ${cec.year} sur Le Compte Bénévole (${COMPTE_BENEVOLE}) ` +
            `au plus tard le ${declare}. Le valideur CEC de l'association, déclaré dans Le Compte Asso, valide chaque ` +
            `déclaration au plus tard le ${validate} : une validation plus tardive n'est pas créditée. ` +
            "« Éligible sous réserve » : confirmez que le bénévole dirige l'association ou encadre d'autres bénévoles avant de valider.",
        },
        {
          kind: "table",
          columns: [
            { label: "Bénévole", width: 2.2 }, { label: `Heures ${cec.year} dans l'association`, align: "right", width: 1.4 },
            { label: "Rôle", width: 1.8 }, { label: "Statut", width: 5 },
            { label: "Déclaration au plus tard le", width: 1.2 }, { label: "Validation au plus tard le", width: 1.2 },
          ],
          rows: rows.map(({ l, hours, role }) => [l.volunteer, hoursText(hours), role, l.text, declare, validate]),
          total: [`Total : ${lines.length} bénévole${lines.length > 1 ? "s" : ""}`, hoursText(total), "", "", "", ""],
        },
      ],
    }],
  };
}
