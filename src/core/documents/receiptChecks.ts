import { frenchAmount } from "../money/cents";
import type { DocumentMileageLine, DocumentSection } from "./documentReport";
import { mileageScaleFor, noScaleReason } from "../valuation/mileageScale";
import { yearOfDay } from "../values/calendar";
import { flatRateAboveScale, kmText } from "./receiptScale";
import type { VolunteerAddresses } from "./request";

/*
 * Why no tax receipt (Cerfa 11580) may be issued, in French, said after the association's or the
 * volunteer's name. The rules are those of docs/regles/frais-kilometriques.md: only an organisation
 * within CGI art. 200 issues receipts, for costs the volunteers gave up in writing, valued within
 * the kilometric scale of the income year, to a named donor whose address it prints.
 */

/** The association's reason to issue no receipt at all, or undefined. */
export function associationRefusal(section: DocumentSection): string | undefined {
  const mileage = section.valuation.mileage;
  const profile = section.association.profile;
  if (profile?.article200 !== "oui") {
    const answer = profile?.article200 ? `sa réponse est « ${profile.article200} »` : profile ? "sa réponse est vide" : "elle ne figure pas dans la table des associations";
    return "seul un organisme dont toutes les activités entrent dans le champ de l'article 200 du CGI peut émettre des reçus fiscaux, " +
      `et ${answer} (colonne « Article 200 du CGI » de la table des associations : « oui » attendu)`;
  }
  if (mileage.mode === "aucun") {
    return "les kilomètres ne sont pas valorisés : choisissez le barème kilométrique (en ligne de commande : --cv) ou un taux par km (--taux-km)";
  }
  if (!mileage.waived) {
    return "les bénévoles n'ont pas renoncé par écrit au remboursement de leurs frais (réglage « abandon de frais », en ligne de commande : --abandon-frais) : " +
      "des frais remboursés ne sont pas un don";
  }
  const first = yearOfDay(section.period.from);
  const last = yearOfDay(section.period.until - 1);
  if (first !== last) {
    return `la période ${section.period.dates} couvre ${first} et ${last}, et un reçu porte sur les dons d'une année civile (celle des revenus du donateur) : ` +
      `produisez les reçus année par année (en ligne de commande : --du 01/01/${last} --au 31/12/${last})`;
  }
  // on the scale, a year with none values no kilometre: said as such, not as « 0,00 € : rien à attester »
  if (mileage.mode === "bareme" && !mileageScaleFor(last)) return noScaleReason(last);
  return undefined;
}

/** The volunteer's reason to get no receipt from this association, or undefined. */
export function volunteerRefusal(line: DocumentMileageLine, section: DocumentSection, addresses: VolunteerAddresses): string | undefined {
  const km = kmText(line.distanceM);
  if (line.anonymous) return `${km} d'un bénévole anonyme : un reçu nomme son donateur`;
  if (line.cents === 0) return `${km} valent ${frenchAmount(0)} : rien à attester`;
  if (!addresses.byKey.get(line.key)?.address?.trim()) return "son adresse manque dans la table des bénévoles (colonne « Adresse »), mention obligatoire du reçu";
  return flatRateAboveScale(line, section.valuation.settings.mileage, yearOfDay(section.period.until - 1));
}
