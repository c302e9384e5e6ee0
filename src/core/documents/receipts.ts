import type { DocumentMileageLine, DocumentSection } from "./documentReport";
import { FileNames, namePart } from "./attestationFiles";
import { frenchOrder } from "../text/frenchOrder";
import { UserError } from "../userError";
import { chooseVolunteers } from "./attestationChoice";
import { type DocumentFile, type DocumentSet, bundleDocuments } from "./model";
import { associationRefusal, volunteerRefusal } from "./receiptChecks";
import { type Receipt, receiptDocument } from "./receiptDocument";
import type { DocumentRequest, VolunteerAddresses } from "./request";

/**
 * The receipts (Cerfa 11580) for the mileage each volunteer gave up: one per volunteer and
 * association that may issue one. Each association numbers its own receipts from
 * request.firstNumber (default 1) with no gap, over all its volunteers who get one, in the order of
 * their names (French collation): the same journal gives the same numbers, and --benevole keeps
 * only that volunteer's receipts with the numbers they have in the full run. The number is a plain
 * whole number (« Reçu n° 2026001 » with --premier-numero 2026001); file names pad it with zeros to
 * the width of the association's largest number (four digits at least) so that they sort in its
 * order: recu-2025-club-sportif-0007-sophie-martin.pdf, and recus-2025-club-sportif.pdf holds them
 * all. Each volunteer or association given no receipt is a notice saying why.
 */
export function receiptSet(request: DocumentRequest): DocumentSet {
  const first = request.firstNumber ?? 1;
  if (!Number.isSafeInteger(first) || first < 1) throw new UserError(`Premier numéro de reçu invalide : ${first} (attendu un nombre entier à partir de 1).`);
  // a name matching no one is refused with the closest names, as the attestations do
  const only = request.volunteer === undefined ? undefined : new Set(chooseVolunteers(request.report.sections, request.volunteer, "aucun reçu fiscal").map((c) => c.volunteer.key));
  const files: DocumentFile[] = [];
  const notices: string[] = [];
  let found = false;
  const sections = [...request.report.sections].sort((a, b) => frenchOrder(a.association.title, b.association.title));
  // "Club Sportif" and "Club-Sportif" name their files apart (« club-sportif », « club-sportif-2 »), as attestations do
  const associationParts = new FileNames();
  for (const section of sections) {
    const association = associationParts.take(namePart(section.association.title, "association"), null);
    const all = [...section.valuation.mileage.byVolunteer]
      .sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || frenchOrder(a.volunteer, b.volunteer) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const mine = (l: DocumentMileageLine) => only === undefined || only.has(l.key);
    if (!all.some(mine)) continue;
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
    const series = numberedReceipts(section, all, first, request.volunteers);
    for (const { line, why } of series.refused) {
      if (mine(line)) notices.push(`${line.anonymous ? "Anonyme" : `« ${line.volunteer} »`} (${name}) : pas de reçu fiscal, ${why}.`);
    }
    const receipts = series.receipts.filter((r) => mine(r.line));
    if (receipts.length === 0) continue;
    notices.push(...associationNotices(section), ...receipts.filter((r) => r.line.source === "réglages").map((r) => settingsVehicleNotice(r.line, name)));
    const width = Math.max(4, String(series.last).length);
    files.push(...associationFiles(section, association, receipts, request, width, only === undefined));
  }
  if (only !== undefined && !found) notices.push(`« ${request.volunteer!.trim()} » : aucun kilomètre à ce nom dans le journal sur la période, aucun reçu fiscal.`);
  return { files, notices };
}

/** The association's whole series: each volunteer's receipt numbered in order, or why they get none; `last` is its largest number. */
function numberedReceipts(section: DocumentSection, lines: readonly DocumentMileageLine[], first: number, volunteers: VolunteerAddresses) {
  const receipts: Receipt[] = [];
  const refused: { line: DocumentMileageLine; why: string }[] = [];
  for (const line of lines) {
    const why = volunteerRefusal(line, section, volunteers);
    if (why) refused.push({ line, why });
    else receipts.push({ number: first + receipts.length, section, line, address: volunteers.byKey.get(line.key)!.address!.trim() });
  }
  const last = first + Math.max(receipts.length, 1) - 1;
  if (!Number.isSafeInteger(last)) throw new UserError(`Premier numéro de reçu trop grand : ${first} (les ${receipts.length} reçus de « ${section.association.title} » dépasseraient ${Number.MAX_SAFE_INTEGER}).`);
  return { receipts, refused, last };
}

/** What the association's receipts leave blank: its address or object, missing from the associations table. */
function associationNotices(section: DocumentSection): string[] {
  const name = `« ${section.association.title} »`;
  const missing = [...(section.association.profile?.address ? [] : ["l'adresse"]), ...(section.association.profile?.object ? [] : ["l'objet"])];
  if (!missing.length) return [];
  return [`${name} : ${missing.join(" et ")} de l'association manque${missing.length > 1 ? "nt" : ""} dans la table des associations ` +
    `(colonne${missing.length > 1 ? "s" : ""} ${missing.map((m) => (m === "l'adresse" ? "« Adresse »" : "« Objet »")).join(" et ")}) : ` +
    "ligne laissée en blanc sur les reçus, à remplir à la main."];
}

/** A receipt valued with the settings' vehicle because the donor's row of the volunteers table gives none. */
function settingsVehicleNotice(line: DocumentMileageLine, name: string): string {
  return `« ${line.volunteer} » (${name}) : véhicule absent de la table des bénévoles : reçu au barème du véhicule des réglages (${line.vehicle}) ; ` +
    "complétez les colonnes « Véhicule » et « CV » de sa ligne.";
}

/** One file per receipt, then, in the full run, the association's receipts in one file. */
function associationFiles(section: DocumentSection, association: string, receipts: readonly Receipt[], request: DocumentRequest, width: number, withBundle: boolean): DocumentFile[] {
  const documents = receipts.map((r) => receiptDocument(r, request.signatory, request.day));
  const files: DocumentFile[] = receipts.map((r, i) => ({
    name: `recu-${section.year}-${association}-${String(r.number).padStart(width, "0")}-${namePart(r.line.volunteer, "benevole")}.pdf`,
    document: documents[i]!,
  }));
  if (withBundle) {
    files.push({ name: `recus-${section.year}-${association}.pdf`, document: bundleDocuments(`Reçus fiscaux ${section.year} — ${section.association.title}`, documents), bundle: true });
  }
  return files;
}
