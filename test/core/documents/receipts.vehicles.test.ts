import { describe, expect, it } from "vitest";
import { documentReportOf } from "../../../src/core/documents/documentPack";
import { receiptSet } from "../../../src/core/documents/receipts";
import { buildJournalReport } from "../../../src/core/report/yearReport";
import { dayFromParts } from "../../../src/core/values/calendar";
import { readVolunteerTable } from "../../../src/core/volunteers/table";
import { renderPdf } from "../../pdf/renderPdf";
import { pdfText } from "../../pdf/pdfText";
import { type ExportRow, exportJournal } from "../report/benevalibre";

// Each receipt read back from its PDF: the scale of the income year, applied to the donor's own vehicle
// (docs/regles/frais-kilometriques.md): the volunteers' flat scale in 2021, the employees' scale by CV in 2025, +20 % electric.
const CLUB = "Club Sportif de Villeurbanne";
const VOLUNTEERS = readVolunteerTable([
  ["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"],
  ["Alice Voiture", "1 rue A, 69100 Villeurbanne", "voiture", "5", "non", "non"],
  ["Bruno Moto", "2 rue B, 69100 Villeurbanne", "moto", "3", "non", "non"],
  ["Chloé Petite", "3 rue C, 69100 Villeurbanne", "voiture", "3 CV", "non", "non"],
  ["Denis Grosse", "4 rue D, 69100 Villeurbanne", "voiture", "7", "non", "non"],
  ["Emma Électrique", "5 rue E, 69100 Villeurbanne", "voiture", "5", "oui", "non"],
]);
const rows = (year: number): ExportRow[] => ["Alice Voiture", "Bruno Moto", "Chloé Petite", "Denis Grosse", "Emma Électrique"].map((name) => {
  const [first, last] = name.split(" ");
  return { first, last, association: CLUB, date: `${year}-05-04`, hours: 2, km: 1000 };
});

/** Each donor's receipt text, whitespace folded. */
function receipts(year: number): Map<string, string> {
  const report = buildJournalReport(exportJournal(rows(year)), year, {
    associations: [{ name: CLUB, article200: "oui", address: "2 avenue de l'Exemple, 69100 Villeurbanne", object: "Sport amateur" }],
    // the settings' vehicle (a 4 CV) must not be the one used: each donor's own is
    valuationSettings: { mileage: { mode: "bareme", vehicle: "voiture", cv: 4, waived: true } },
    volunteers: VOLUNTEERS,
  });
  const set = receiptSet({
    report: documentReportOf(report), day: dayFromParts(year + 1, 1, 15)!, signatory: {},
    volunteers: { byKey: report.volunteersByKey! },
  });
  expect(set.notices).toEqual([]);
  const out = new Map<string, string>();
  for (const f of set.files.filter((f) => f.name.startsWith("recu-"))) {
    const t = pdfText(renderPdf(f.document), false).replace(/\s+/g, " ");
    out.set(/Donateur Nom (\S+ \S+)/.exec(t)![1]!, t);
  }
  return out;
}

describe("receipts at the scale of the income year, for each donor's own vehicle", () => {
  it("2021: the volunteers' flat scale, whatever the horsepower: 0,324 €/km by car, 0,126 €/km by motorbike", () => {
    const r = receipts(2021);
    expect(r.size).toBe(5);
    expect(r.get("Alice Voiture")).toContain("Montant 324,00 € En toutes lettres trois cent vingt-quatre euros");
    expect(r.get("Denis Grosse")).toContain("Montant 324,00 €");
    expect(r.get("Chloé Petite")).toContain("Montant 324,00 €");
    expect(r.get("Bruno Moto")).toContain("Montant 126,00 € En toutes lettres cent vingt-six euros");
    // no electric increase on the flat scale
    expect(r.get("Emma Électrique")).toContain("Montant 324,00 €");
    expect(r.get("Alice Voiture")).toMatch(/Frais abandonnés 1 ?000 km, barème forfaitaire des bénévoles, revenus 2021, voiture Le bénéficiaire certifie/);
    expect(r.get("Bruno Moto")).toMatch(/barème forfaitaire des bénévoles, revenus 2021, moto Le bénéficiaire certifie/);
  });

  it("2025: the employees' scale by fiscal horsepower, +20 % for an electric car", () => {
    const r = receipts(2025);
    expect(r.get("Alice Voiture")).toContain("Montant 636,00 € En toutes lettres six cent trente-six euros");
    expect(r.get("Alice Voiture")).toContain("voiture 5 CV");
    expect(r.get("Chloé Petite")).toContain("Montant 529,00 € En toutes lettres cinq cent vingt-neuf euros");
    expect(r.get("Denis Grosse")).toContain("Montant 697,00 € En toutes lettres six cent quatre-vingt-dix-sept euros");
    expect(r.get("Bruno Moto")).toContain("Montant 468,00 € En toutes lettres quatre cent soixante-huit euros");
    expect(r.get("Emma Électrique")).toContain("Montant 763,20 € En toutes lettres sept cent soixante-trois euros et vingt centimes");
    expect(r.get("Emma Électrique")).toContain("revenus 2022 à 2025, voiture 5 CV, électrique (+20 %)");
  });
});
