import type { ReportedAssociation } from "../report/yearReport";

const NOT_GIVEN = "non renseigné";

/** The association as an attestation names it: name, address, SIREN and RNA from the associations table. */
export function associationFields(association: ReportedAssociation): [string, string][] {
  const p = association.profile;
  return [
    ["Association", association.title],
    ["Adresse", p?.address?.trim() || `${NOT_GIVEN}e`],
    ["SIREN", p?.siren?.trim() || NOT_GIVEN],
    ["RNA", p?.rna?.trim() || NOT_GIVEN],
  ];
}

/** What Le Compte Bénévole asks to find the association: its RNA number, else its SIREN. */
export function associationNumber(association: ReportedAssociation): string {
  const p = association.profile;
  if (p?.rna?.trim()) return `RNA ${p.rna.trim()}`;
  if (p?.siren?.trim()) return `SIREN ${p.siren.trim()}`;
  return `${NOT_GIVEN} : à demander à l'association`;
}

/** True when neither the SIREN nor the RNA is known. */
export function missingNumber(association: ReportedAssociation): boolean {
  return !association.profile?.siren?.trim() && !association.profile?.rna?.trim();
}
