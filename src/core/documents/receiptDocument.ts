import { amountInWords } from "../money/amountInWords";
import { frenchAmount } from "../money/cents";
import type { DocumentMileageLine, DocumentSection } from "./documentReport";
import { classText } from "../valuation/mileage";
import { mileageScaleFor } from "../valuation/mileageScale";
import type { PrintDocument } from "./model";
import { kmText } from "./receiptScale";
import { BLANK, type Signatory, signatureLines } from "./signature";

/** One receipt to print: its number, the association's section, the volunteer's line and address. */
export interface Receipt {
  number: number;
  section: DocumentSection;
  line: DocumentMileageLine;
  address: string;
}

// The legal status the receipt states: only associations answering « oui » to CGI art. 200 get here.
const STATUS = "Association régie par la loi du 1er juillet 1901, œuvre ou organisme d'intérêt général (article 200 du CGI)";

/**
 * The scale and the donor's own vehicle class, as the method note names them (« barème forfaitaire des
 * bénévoles, revenus 2021, voiture »): the association's method says « véhicule de chaque bénévole »
 * when the volunteers table gives vehicles. A receipt is for one income year.
 */
function scaleUsed(line: DocumentMileageLine, mode: string, year: number): string | undefined {
  const scale = mileageScaleFor(year);
  return mode === "bareme" && scale && line.vehicleUsed ? `${scale.basis}, ${classText(scale, line.vehicleUsed)}` : undefined;
}

/**
 * The receipt for costs a volunteer gave up, with every mention of Cerfa 11580 (docs/regles/frais-kilometriques.md):
 * order number; beneficiary's name, address, object, status; donor's name and address; amount in
 * figures and in words; date of the gift; CGI article; form and nature of the gift; place, date and
 * signature. What the associations table does not give (address, object) is a line to fill by hand,
 * and receiptSet says so.
 */
export function receiptDocument(receipt: Receipt, signatory: Signatory, day: number): PrintDocument {
  const { number, section, line, address } = receipt;
  const association = section.association;
  const profile = association.profile;
  const mileage = section.valuation.mileage;
  const identity = [
    ...(profile?.siren ? [["SIREN", profile.siren] as const] : []),
    ...(profile?.rna ? [["RNA", profile.rna] as const] : []),
  ];
  return {
    title: `Reçu fiscal n° ${number} — ${line.volunteer}`,
    orientation: "portrait",
    parts: [{
      footer: `Reçu n° ${number} — ${association.title} — ${line.volunteer}`,
      blocks: [
        { kind: "title", text: "Reçu au titre des dons à certains organismes d'intérêt général" },
        { kind: "subtitle", text: "Article 200 du code général des impôts — frais engagés par les bénévoles (mentions du Cerfa n° 11580)" },
        { kind: "text", text: `Reçu n° ${number}`, style: "bold" },
        { kind: "heading", text: "Bénéficiaire des versements" },
        {
          kind: "fields",
          rows: [
            ["Nom", association.title],
            ["Adresse", profile?.address || BLANK],
            ...identity,
            ["Objet", profile?.object || BLANK],
            ["Statut", STATUS],
          ],
        },
        { kind: "heading", text: "Donateur" },
        { kind: "fields", rows: [["Nom", line.volunteer], ["Adresse", address]] },
        { kind: "heading", text: "Don" },
        { kind: "text", text: "Le bénéficiaire reconnaît avoir reçu, au titre des dons et versements ouvrant droit à réduction d'impôt, la somme de :" },
        {
          kind: "fields",
          rows: [
            ["Montant", frenchAmount(line.cents)],
            ["En toutes lettres", amountInWords(line.cents)],
            ["Date du don", `Frais engagés ${section.period.dates} (année ${section.year})`],
            ["Article du CGI", "200 (réduction d'impôt sur le revenu)"],
            ["Forme du don", "Autre : renonciation écrite au remboursement des frais"],
            ["Nature du don", "Autre : abandon de frais engagés par les bénévoles"],
            ["Frais abandonnés", `${kmText(line.distanceM)}, ${scaleUsed(line, mileage.mode, section.year) ?? mileage.method}`],
          ],
        },
        {
          kind: "text",
          style: "small",
          text: "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue à l'article 200 du CGI.",
        },
        { kind: "space", mm: 4 },
        { kind: "signature", lines: signatureLines(signatory, day) },
      ],
    }],
  };
}
