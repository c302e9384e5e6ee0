import { volunteerKeyOf } from "../journal/names";
import type { DocumentSection } from "./documentReport";
import { slug } from "../text/slug";
import { UserError } from "../userError";
import { type DocumentFile, type DocumentSet, bundleDocuments } from "./model";
import { associationRefusal, volunteerRefusal } from "./receiptChecks";
import { type Receipt, receiptDocument } from "./receiptDocument";
import type { DocumentRequest } from "./request";

const byName = (a: string, b: string) => a.localeCompare(b, "fr");

/**
 * The receipts (Cerfa 11580) for the mileage each volunteer gave up: one per volunteer and
 * association that may issue one, numbered from request.firstNumber (default 1) with no gap, in
 * the order of the associations' names then the volunteers' names, so that the same journal
 * gives the same numbers. The number is a plain whole number (« Reçu n° 2026001 » with
 * --premier-numero 2026001); file names pad it to four digits so that they sort in its order:
 * recu-2025-club-sportif-0007-sophie-martin.pdf, and recus-2025-club-sportif.pdf holds them all.
 * Each volunteer or association given no receipt is a notice saying why.
 */
export function receiptSet(request: DocumentRequest): DocumentSet {
  const first = request.firstNumber ?? 1;
  if (!Number.isSafeInteger(first) || first < 1) throw new UserError(`Premier numéro de reçu invalide : ${first} (attendu un nombre entier à partir de 1).`);
  const only = request.volunteer === undefined ? undefined : volunteerKeyOf(request.volunteer);
  const files: DocumentFile[] = [];
  const notices: string[] = [];
  let number = first;
  let found = false;
  const sections = [...request.report.sections].sort((a, b) => byName(a.association.title, b.association.title));
  for (const section of sections) {
    const lines = section.valuation.mileage.byVolunteer
      .filter((l) => only === undefined || l.key === only)
      .sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || byName(a.volunteer, b.volunteer));
    if (lines.length === 0) continue;
    found = true;
    const name = `« ${section.association.title} »`;
    const refusal = associationRefusal(section);
    if (refusal) {
      notices.push(`${name} : aucun reçu fiscal, ${refusal}.`);
      continue;
    }
    if (!request.volunteers) {
      notices.push(`${name} : aucun reçu fiscal, aucune table des bénévoles (en ligne de commande : --benevoles) ne donne l'adresse des donateurs, mention obligatoire du reçu.`);
      continue;
    }
    const receipts: Receipt[] = [];
    for (const line of lines) {
      const why = volunteerRefusal(line, section, request.volunteers);
      if (why) notices.push(`${line.anonymous ? "Anonyme" : `« ${line.volunteer} »`} (${name}) : pas de reçu fiscal, ${why}.`);
      else receipts.push({ number: number++, section, line, address: request.volunteers.byKey.get(line.key)!.address!.trim() });
    }
    if (receipts.length === 0) continue;
    const missing = [...(section.association.profile?.address ? [] : ["l'adresse"]), ...(section.association.profile?.object ? [] : ["l'objet"])];
    if (missing.length) {
      notices.push(`${name} : ${missing.join(" et ")} de l'association manque${missing.length > 1 ? "nt" : ""} dans la table des associations ` +
        `(colonne${missing.length > 1 ? "s" : ""} ${missing.map((m) => (m === "l'adresse" ? "« Adresse »" : "« Objet »")).join(" et ")}) : ` +
        "ligne laissée en blanc sur les reçus, à remplir à la main.");
    }
    files.push(...associationFiles(section, receipts, request));
  }
  if (only !== undefined && !found) notices.push(`« ${request.volunteer} » : aucun kilomètre à ce nom dans le journal sur la période, aucun reçu fiscal.`);
  return { files, notices };
}

/** One file per receipt, then the association's receipts in one file. */
function associationFiles(section: DocumentSection, receipts: readonly Receipt[], request: DocumentRequest): DocumentFile[] {
  const association = slug(section.association.title);
  const documents = receipts.map((r) => receiptDocument(r, request.signatory, request.day));
  return [
    ...receipts.map((r, i) => ({
      name: `recu-${section.year}-${association}-${String(r.number).padStart(4, "0")}-${slug(r.line.volunteer) || "benevole"}.pdf`,
      document: documents[i]!,
    })),
    { name: `recus-${section.year}-${association}.pdf`, document: bundleDocuments(`Reçus fiscaux ${section.year} — ${section.association.title}`, documents) },
  ];
}
