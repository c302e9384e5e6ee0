import { cecRule } from "../cec/rules";

/** The rights of an eligible year as the volunteer holds them: in euros, or in hours for a public agent. */
export function rightsText(year: number, publicAgent: boolean): string {
  const rule = cecRule(year);
  if (publicAgent) {
    const a = rule.publicAgent;
    return `Agent public : vos droits s'expriment en heures de formation : ${a.hoursPerYear} h par année éligible, ` +
      `dans la limite de ${a.capHours} h, une heure valant ${a.eurPerHour} € (${a.source}).`;
  }
  return `${rule.rightsEur} € inscrits sur votre compte personnel de formation (CPF) par année éligible, ` +
    `dans la limite de ${rule.capEur} € au titre du CEC.`;
}

/** What the journal's years add up to (capped), in euros or in hours for a public agent. */
export function cumulativeText(year: number, cumulativeEur: number, publicAgent: boolean): string {
  const rule = cecRule(year);
  const held = publicAgent
    ? `${Math.min(Math.floor(cumulativeEur / rule.publicAgent.eurPerHour), rule.publicAgent.capHours)} h de formation`
    : `${cumulativeEur} €`;
  return `Droits acquis d'après le journal jusqu'en ${year} : ${held} (plafond compris) ; ` +
    "les droits déjà utilisés ne sont pas connus de l'association.";
}
