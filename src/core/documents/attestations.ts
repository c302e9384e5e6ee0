import { calendarYear } from "../period/period";
import { identityKey } from "../text/identity";
import type { DocumentSection, DocumentVolunteer } from "./documentReport";
import { attestationPart } from "./attestation";
import { type ChosenVolunteer, chooseVolunteers } from "./attestationChoice";
import { FileNames, namePart } from "./attestationFiles";
import { hoursText, hundredthsOf } from "./attestationHours";
import { missingNumber } from "./attestationIdentity";
import { rolesText, volunteerCec } from "./cecLines";
import { cecPart } from "./cecPage";
import { linesToValidate, validatorDocument } from "./cecValidator";
import { type DocumentFile, type DocumentSet, type PrintDocument, bundleDocuments } from "./model";
import type { DocumentRequest } from "./request";

/**
 * The attestations de bénévolat of each association of the report, one file per volunteer with
 * their CEC page, one file holding them all per association, and the list of the association's
 * valideur CEC. With --benevole, only that volunteer's attestations.
 */
export function attestationSet(request: DocumentRequest): DocumentSet {
  const { report } = request;
  const chosen = chooseVolunteers(report.sections, request.volunteer);
  const files: DocumentFile[] = [];
  const notices: string[] = [];
  const names = new FileNames();
  const associationParts = new FileNames();
  for (const section of report.sections) {
    const mine = chosen.filter((c) => c.section === section);
    const association = associationParts.take(namePart(section.association.title, "association"), null);
    if (request.volunteer === undefined) notices.push(...sectionNotices(section, mine.length));
    if (!mine.length) continue;
    if (missingNumber(section.association)) {
      notices.push(`« ${section.association.title} » : ni SIREN ni RNA dans la table des associations : les attestations portent « non renseigné ».`);
    }
    const documents = mine.map((c) => volunteerDocument(c, request));
    mine.forEach((c, i) => {
      files.push({ name: names.take(`attestation-${section.period.short}-${association}-${namePart(c.volunteer.volunteer, "benevole")}`), document: documents[i]! });
    });
    if (request.volunteer !== undefined) continue;
    files.push({
      name: names.take(`attestations-${section.period.short}-${association}`),
      document: bundleDocuments(`Attestations de bénévolat — ${section.association.title} — ${section.period.name}`, documents),
      bundle: true,
    });
    const validator = validatorDocument(section);
    if (validator) files.push({ name: names.take(`valideur-cec-${section.cec.year}-${association}`), document: validator });
  }
  return { files, notices };
}

/** One volunteer's attestation, then their CEC page when the status calls for one. */
function volunteerDocument({ section, volunteer }: ChosenVolunteer, request: DocumentRequest): PrintDocument {
  const cec = volunteerCec(section, volunteer);
  const year = calendarYear(section.cec.year);
  const sameYear = section.period.from === year.from && section.period.until === year.until;
  const attestation = attestationPart({
    section, volunteer, roles: rolesText(cec?.here), signatory: request.signatory, day: request.day,
    ...(sameYear ? {} : { rolesYear: section.cec.year }),
  });
  const page = cec && cecPart({ cec: section.cec, line: cec.line, here: cec.here, association: section.association, publicAgent: isPublicAgent(request, volunteer) });
  return {
    title: `Attestation de bénévolat — ${volunteer.volunteer} — ${section.association.title}`,
    orientation: "portrait",
    parts: page ? [attestation, page] : [attestation],
  };
}

/** The volunteers table's word, by the journal's key of the volunteer or by their name's identity. */
function isPublicAgent(request: DocumentRequest, volunteer: DocumentVolunteer): boolean {
  const byKey = request.volunteers?.byKey;
  return (byKey?.get(volunteer.key) ?? byKey?.get(identityKey(volunteer.volunteer)))?.publicAgent === true;
}

/** What the section's files leave out: the hours with no name, an association with no one to validate. */
function sectionNotices(section: DocumentSection, chosen: number): string[] {
  const notices: string[] = [];
  const title = section.association.title;
  const anonymous = section.volunteers.find((v) => v.anonymous);
  if (anonymous) notices.push(`« ${title} » : ${hoursText(hundredthsOf(anonymous.durationMs)).replace("\u00a0", " ")} sans nom de bénévole : aucune attestation pour ces heures.`);
  if (chosen && !linesToValidate(section).length) {
    notices.push(`« ${title} » : aucun bénévole éligible au CEC en ${section.cec.year} : pas de liste pour le valideur CEC.`);
  }
  return notices;
}
