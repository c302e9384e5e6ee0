import { documentReportOf } from "../../../src/core/documents/documentPack";
import { describe, expect, it } from "vitest";
import type { AssociationProfile } from "../../../src/core/associations/profile";
import { receiptSet } from "../../../src/core/documents/receipts";
import type { DocumentRequest } from "../../../src/core/documents/request";
import { volunteerKeyOf } from "../../../src/core/journal/names";
import { readVolunteerTable } from "../../../src/core/volunteers/table";
import { type ReportRequest, buildJournalReport } from "../../../src/core/report/yearReport";
import type { ValuationSettingsInput } from "../../../src/core/settings/valuation";
import { dayFromParts } from "../../../src/core/values/calendar";
import { renderPdf } from "../../pdf/renderPdf";
import { pdfPages, pdfText } from "../../pdf/pdfText";
import { type ExportRow, exportJournal } from "../report/benevalibre";

const CLUB = "Club Sportif de Villeurbanne";
const JARDINS = "Les Jardins Partagés de Belleville";
const AMICALE = "Amicale Laïque de Quimper";
const DAY = dayFromParts(2025, 3, 14)!;

// 2024, car scale of 2022 to 2025 income (docs/regles/frais-kilometriques.md): 5 CV 0,636 €/km up to 5,000 km.
const ROWS: ExportRow[] = [
  { first: "Sophie", last: "Martin", association: CLUB, date: "2024-03-02", hours: 3, km: 100 }, // 63,60 €
  { first: "Sophie", last: "Martin", association: CLUB, date: "2024-09-10", hours: 2, km: 25.5 }, // + 16,22 € = 79,82 €
  { first: "Antoine", last: "Bonnet", association: CLUB, date: "2024-05-04", hours: 2, km: 1350 }, // 858,60 €
  { association: CLUB, date: "2024-05-04", hours: 1, km: 12 }, // anonymous
  { first: "Zoé", last: "Benoît", association: JARDINS, date: "2024-06-01", hours: 2, km: 40 }, // 25,44 €
  { first: "Hélène", last: "Durand", association: JARDINS, date: "2024-06-02", hours: 2, km: 10 }, // 6,36 €
  { first: "Yvonne", last: "Le Floch", association: AMICALE, date: "2024-06-02", hours: 2, km: 80 },
  { first: "Jean", last: "Sansadresse", association: JARDINS, date: "2024-07-02", hours: 1, km: 5 },
];
const PROFILES: AssociationProfile[] = [
  { name: CLUB, article200: "oui", siren: "900000019", rna: "W691000002", address: "2 avenue de l'Exemple, 69100 Villeurbanne", object: "Pratique du basket-ball" },
  { name: JARDINS, article200: "oui", address: "1 rue de l'Exemple, 75020 Paris", object: "Jardins partagés et lien social" },
  { name: AMICALE, article200: "à vérifier", address: "3 place de l'Exemple, 29000 Quimper" },
];
const ADDRESSES = new Map([
  ["Sophie Martin", "10 rue des Lilas, 69100 Villeurbanne"],
  ["Antoine Bonnet", "4 impasse du Stade, 69003 Lyon"],
  ["Zoé Benoît", "7 rue Ramponeau, 75020 Paris"],
  ["Hélène Durand", "8 rue de Belleville, 75020 Paris"],
  ["Yvonne Le Floch", "1 quai de l'Odet, 29000 Quimper"],
].map(([name, address]) => [volunteerKeyOf(name!), { address }]));
const WAIVED_SCALE: ValuationSettingsInput = { mileage: { mode: "bareme", vehicle: "voiture", cv: 5, waived: true } };

function request(options: { settings?: ValuationSettingsInput; profiles?: AssociationProfile[]; rows?: ExportRow[]; year?: number; reportOptions?: Partial<ReportRequest> } & Partial<DocumentRequest> = {}): DocumentRequest {
  const { settings = WAIVED_SCALE, profiles = PROFILES, rows = ROWS, year = 2024, reportOptions, ...rest } = options;
  const report = buildJournalReport(exportJournal(rows), year, { associations: profiles, valuationSettings: settings, ...reportOptions });
  return { report: documentReportOf(report), day: DAY, signatory: { name: "Marie Curie", quality: "Présidente", place: "Villeurbanne" }, volunteers: { byKey: ADDRESSES }, ...rest };
}
/** The fixture's report is built without a volunteers table: every donor is valued with the settings' car, and told so (tested below). */
const withoutVehicleNotices = (notices: string[]) => notices.filter((n) => !n.includes("véhicule absent de la table des bénévoles"));
/** The text of a rendered document, whitespace folded (pdftotext wraps long lines). */
const text = (bytes: Uint8Array) => pdfText(bytes, false).replace(/\s+/g, " ");

describe("receipts for the mileage volunteers gave up (Cerfa 11580)", () => {
  it("prints every mention of the receipt, amounts in figures and in words", () => {
    const set = receiptSet(request({ volunteer: "sophie  MARTIN" }));
    // Sophie's number in the full run (Antoine Bonnet is n° 1), and no file of the association's receipts for one volunteer
    expect(set.files.map((f) => f.name)).toEqual(["recu-2024-club-sportif-de-villeurbanne-0002-sophie-martin.pdf"]);
    const t = text(renderPdf(set.files[0]!.document));
    for (const mention of [
      "Reçu au titre des dons à certains organismes d'intérêt général",
      "Reçu n° 2",
      // beneficiary: name, address, object, status
      CLUB, "2 avenue de l'Exemple, 69100 Villeurbanne", "SIREN 900000019", "RNA W691000002", "Objet Pratique du basket-ball",
      "Association régie par la loi du 1er juillet 1901, œuvre ou organisme d'intérêt général (article 200 du CGI)",
      // donor
      "Sophie Martin", "10 rue des Lilas, 69100 Villeurbanne",
      // the gift: 100 + 25,5 km at 0,636 €/km = 79,818 → 79,82 €
      "Montant 79,82 €", "En toutes lettres soixante-dix-neuf euros et quatre-vingt-deux centimes",
      "Date du don Frais engagés du 01/01/2024 au 31/12/2024 (année 2024)",
      "Article du CGI 200", "Forme du don Autre : renonciation écrite au remboursement des frais",
      "Nature du don Autre : abandon de frais engagés par les bénévoles", "125,5 km, barème kilométrique des salariés",
      // place, date, signature
      "Fait à Villeurbanne, le 14/03/2025", "Nom : Marie Curie", "Qualité : Présidente", "Signature",
    ]) expect(t, mention).toContain(mention);
    // no tax reduction: not a mention of the Cerfa, and the 75 % limit is the donor's yearly total, unknown here
    expect(t).not.toContain("Réduction");
    expect(t).not.toContain("revenu imposable");
  });

  it("keeps apart the files of two associations whose names give the same file name part", () => {
    const twin = "Club-Sportif de Villeurbanne";
    const rows: ExportRow[] = [...ROWS, { first: "Zoé", last: "Benoît", association: twin, date: "2024-06-01", hours: 2, km: 40 }];
    const names = receiptSet(request({ rows, profiles: [...PROFILES, { ...PROFILES[0]!, name: twin }] })).files.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("recus-2024-club-sportif-de-villeurbanne.pdf");
    expect(names).toContain("recus-2024-club-sportif-de-villeurbanne-2.pdf");
  });

  it("numbers each association's receipts from the first number, without gap, by volunteer name", () => {
    const set = receiptSet(request({ firstNumber: 2026001 }));
    expect(set.files.map((f) => f.name)).toEqual([
      "recu-2024-club-sportif-de-villeurbanne-2026001-antoine-bonnet.pdf",
      "recu-2024-club-sportif-de-villeurbanne-2026002-sophie-martin.pdf",
      "recus-2024-club-sportif-de-villeurbanne.pdf",
      "recu-2024-les-jardins-partagés-de-belleville-2026001-hélène-durand.pdf",
      "recu-2024-les-jardins-partagés-de-belleville-2026002-zoé-benoît.pdf",
      "recus-2024-les-jardins-partagés-de-belleville.pdf",
    ]);
    expect(set.files.map((f) => f.bundle ?? false)).toEqual([false, false, true, false, false, true]);
    const bundle = renderPdf(set.files[2]!.document);
    const pages = pdfPages(bundle).map((p) => p.replace(/\s+/g, " "));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Reçu n° 2026001");
    expect(pages[0]).toContain("Montant 858,60 €");
    expect(pages[0]).toContain("huit cent cinquante-huit euros et soixante centimes");
    expect(pages[1]).toContain("Reçu n° 2026002");
    expect(text(renderPdf(set.files[4]!.document))).toContain("Reçu n° 2026002");
    // The default first number is 1, and the numbers are the same run after run.
    const again = receiptSet(request());
    expect(again.files.filter((f) => !f.bundle).map((f) => /-(\d{4,})-/.exec(f.name.slice("recu-2024".length))![1])).toEqual(["0001", "0002", "0001", "0002"]);
    expect(receiptSet(request()).files.map((f) => f.name)).toEqual(again.files.map((f) => f.name));
  });

  it("gives a volunteer asked for the number they have in the full run, whatever the association or volunteer asked for", () => {
    const full = receiptSet(request({ firstNumber: 7 }));
    const numberOf = (files: { name: string; bundle?: true }[]) => files.filter((f) => !f.bundle).map((f) => f.name);
    for (const volunteer of ["Sophie Martin", "Antoine Bonnet", "Zoé Benoît", "Hélène Durand"]) {
      const one = numberOf(receiptSet(request({ firstNumber: 7, volunteer })).files);
      expect(one).toHaveLength(1);
      expect(numberOf(full.files)).toContain(one[0]);
    }
    // the report of one association (--association) numbers it as the full run does
    const jardins = receiptSet(request({ reportOptions: { association: JARDINS } }));
    expect(jardins.files.map((f) => f.name)).toEqual([
      "recu-2024-les-jardins-partagés-de-belleville-0001-hélène-durand.pdf",
      "recu-2024-les-jardins-partagés-de-belleville-0002-zoé-benoît.pdf",
      "recus-2024-les-jardins-partagés-de-belleville.pdf",
    ]);
  });

  it("orders the volunteers by French collation, and pads the file numbers to the largest one so that they sort", () => {
    const names = ["Émile Zola", "Eric Abel", "Zoé Benoît", "élodie Carré"];
    const rows: ExportRow[] = names.map((name) => {
      const [first, last] = name.split(" ");
      return { first, last, association: CLUB, date: "2024-03-02", hours: 1, km: 10 };
    });
    const volunteers = { byKey: new Map(names.map((n) => [volunteerKeyOf(n), { address: "1 rue de l'Exemple, 69100 Villeurbanne" }])) };
    const set = receiptSet(request({ rows, volunteers, firstNumber: 999_999_998 }));
    const files = set.files.filter((f) => !f.bundle).map((f) => f.name);
    expect(files).toEqual([
      "recu-2024-club-sportif-de-villeurbanne-0999999998-élodie-carré.pdf",
      "recu-2024-club-sportif-de-villeurbanne-0999999999-émile-zola.pdf",
      "recu-2024-club-sportif-de-villeurbanne-1000000000-eric-abel.pdf",
      "recu-2024-club-sportif-de-villeurbanne-1000000001-zoé-benoît.pdf",
    ]);
    // sorted as plain text, the files are in the order of their numbers
    expect([...files].sort()).toEqual(files);
    expect(text(renderPdf(set.files[2]!.document))).toContain("Reçu n° 1000000000");
    // a volunteer asked for keeps the padding of the whole series
    expect(receiptSet(request({ rows, volunteers, firstNumber: 999_999_998, volunteer: "Zoé Benoît" })).files.map((f) => f.name))
      .toEqual(["recu-2024-club-sportif-de-villeurbanne-1000000001-zoé-benoît.pdf"]);
    expect(() => receiptSet(request({ rows, volunteers, firstNumber: Number.MAX_SAFE_INTEGER - 1 }))).toThrow(/Premier numéro de reçu trop grand/);
  });

  it("says why each receipt is not issued: Article 200, Anonyme, no address", () => {
    const set = receiptSet(request());
    expect(withoutVehicleNotices(set.notices)).toEqual([
      "« Amicale Laïque de Quimper » : aucun reçu fiscal, seul un organisme dont toutes les activités entrent dans le champ de l'article 200 du CGI " +
        "peut émettre des reçus fiscaux, et sa réponse est « à vérifier » (colonne « Article 200 du CGI » de la table des associations : « oui » attendu).",
      "Anonyme (« Club Sportif de Villeurbanne ») : pas de reçu fiscal, 12 km d'un bénévole anonyme : un reçu nomme son donateur.",
      "« Jean Sansadresse » (« Les Jardins Partagés de Belleville ») : pas de reçu fiscal, son adresse manque dans la table des bénévoles (colonne « Adresse »), mention obligatoire du reçu.",
    ]);
    expect(set.files.some((f) => /amicale|anonyme|sansadresse/.test(f.name))).toBe(false);
  });

  it("issues none for an association whose answer is not « oui », or that is not in the table", () => {
    const profiles = PROFILES.map((p) => (p.name === CLUB ? { ...p, article200: "non" as const } : p)).filter((p) => p.name !== JARDINS);
    const set = receiptSet(request({ profiles }));
    expect(set.files).toEqual([]);
    expect(set.notices.join("\n")).toContain("« Club Sportif de Villeurbanne » : aucun reçu fiscal, seul un organisme dont toutes les activités entrent dans le champ de l'article 200 du CGI peut émettre des reçus fiscaux, et sa réponse est « non »");
    expect(set.notices.join("\n")).toContain("« Les Jardins Partagés de Belleville » : aucun reçu fiscal, seul un organisme dont toutes les activités entrent dans le champ de l'article 200 du CGI peut émettre des reçus fiscaux, et elle ne figure pas dans la table des associations");
  });

  it("issues none when the costs were not given up, or the kilometres not valued", () => {
    const notWaived = receiptSet(request({ settings: { mileage: { mode: "bareme", cv: 5, waived: false } } }));
    expect(notWaived.files).toEqual([]);
    expect(notWaived.notices).toContain(
      "« Club Sportif de Villeurbanne » : aucun reçu fiscal, les bénévoles n'ont pas renoncé par écrit au remboursement de leurs frais " +
        "(réglage « abandon de frais », en ligne de commande : --abandon-frais) : des frais remboursés ne sont pas un don.",
    );
    const notValued = receiptSet(request({ settings: {} }));
    expect(notValued.files).toEqual([]);
    expect(notValued.notices[1]).toMatch(/^« Club Sportif de Villeurbanne » : aucun reçu fiscal, les kilomètres ne sont pas valorisés/);
  });

  it("refuses a flat rate per km above the scale of the year for the vehicle, and takes one within it", () => {
    const above = receiptSet(request({ settings: { mileage: { mode: "taux", eurosPerKm: "0.70", vehicle: "voiture", cv: 5, waived: true } } }));
    expect(above.files).toEqual([]);
    expect(above.notices).toContain(
      "« Sophie Martin » (« Club Sportif de Villeurbanne ») : pas de reçu fiscal, le taux de 0,7 €/km donne 87,85 € pour 125,5 km, " +
        "plus que le barème kilométrique 2024 (voiture 5 CV : 79,82 €) ; un taux au-dessus du barème ne peut fonder un reçu fiscal.",
    );
    // 0,70 €/km is within the scale of a 5 CV electric car (0,636 € + 20 % = 0,7632 €/km).
    const electric = receiptSet(request({ settings: { mileage: { mode: "taux", eurosPerKm: "0.70", vehicle: "voiture", cv: 5, electric: true, waived: true } } }));
    expect(electric.files.filter((f) => f.name.startsWith("recu-"))).toHaveLength(4);
    expect(text(renderPdf(electric.files[1]!.document))).toContain("Montant 87,85 €");
    // Within the scale at 0,50 €/km.
    const within = receiptSet(request({ settings: { mileage: { mode: "taux", eurosPerKm: "0.50", cv: 5, waived: true } } }));
    expect(within.files.filter((f) => f.name.startsWith("recu-"))).toHaveLength(4);
  });

  it("compares a flat rate over the year's distance: the fixed part of the 5,001 to 20,000 km band counts", () => {
    // 6,000 km at 5 CV: 6000 x 0,357 + 1395 = 3 537 € (0,5895 €/km): 0,60 €/km (3 600 €) is above, 0,58 €/km (3 480 €) within.
    const rows: ExportRow[] = [{ first: "Sophie", last: "Martin", association: CLUB, date: "2024-03-02", hours: 3, km: 6000 }];
    const above = receiptSet(request({ rows, settings: { mileage: { mode: "taux", eurosPerKm: "0.60", cv: 5, waived: true } } }));
    expect(above.notices).toEqual([expect.stringContaining("donne 3\u202f600,00 € pour 6000 km")]);
    expect(above.notices[0]).toContain("(voiture 5 CV : 3\u202f537,00 €)");
    const within = receiptSet(request({ rows, settings: { mileage: { mode: "taux", eurosPerKm: "0.58", cv: 5, waived: true } } }));
    expect(within.notices).toEqual([]);
    expect(within.files).toHaveLength(2);
  });

  it("needs the volunteers table for the donors' addresses", () => {
    const set = receiptSet({ ...request(), volunteers: undefined });
    expect(set.files).toEqual([]);
    expect(set.notices).toContain(
      "« Club Sportif de Villeurbanne » : aucun reçu fiscal, aucune table des bénévoles (en ligne de commande : --benevoles) ne donne l'adresse des donateurs, mention obligatoire du reçu.",
    );
  });

  it("issues none over an exercice spanning two calendar years: a receipt is for one income year", () => {
    const profiles = PROFILES.map((p) => (p.name === CLUB ? { ...p, closingDate: "06-30" } : p));
    const set = receiptSet(request({ profiles }));
    expect(set.notices[1]).toBe(
      "« Club Sportif de Villeurbanne » : aucun reçu fiscal, la période du 01/07/2023 au 30/06/2024 couvre 2023 et 2024, et un reçu porte sur les dons " +
        "d'une année civile (celle des revenus du donateur) : produisez les reçus année par année (en ligne de commande : --du 01/01/2024 --au 31/12/2024).",
    );
    // The calendar year asked as a period gives them.
    const year = receiptSet(request({ profiles, reportOptions: { period: { from: dayFromParts(2024, 1, 1)!, to: dayFromParts(2024, 12, 31)! } } }));
    expect(year.files.map((f) => f.name)).toContain("recu-2024-club-sportif-de-villeurbanne-0001-antoine-bonnet.pdf");
  });

  it("leaves the association's missing object to fill by hand, and says so", () => {
    const profiles = PROFILES.map((p) => (p.name === JARDINS ? { ...p, object: undefined } : p));
    const set = receiptSet(request({ profiles, volunteer: "Zoé Benoît" }));
    expect(withoutVehicleNotices(set.notices)).toEqual([
      "« Les Jardins Partagés de Belleville » : l'objet de l'association manque dans la table des associations (colonne « Objet ») : ligne laissée en blanc sur les reçus, à remplir à la main.",
    ]);
    expect(text(renderPdf(set.files[0]!.document))).toContain("Objet …………………………");
  });

  it("refuses a volunteer asked for who is not in the report, with the close names, as the attestations do", () => {
    expect(() => receiptSet(request({ volunteer: "Sophie Martan" }))).toThrow("Bénévole « Sophie Martan » absent du rapport (nom proche : « Sophie Martin »).");
    expect(() => receiptSet(request({ volunteer: "Marc Dupont" }))).toThrow(/^Bénévole « Marc Dupont » absent du rapport/);
  });

  it("says when a volunteer of the report asked for has no kilometres", () => {
    const rows: ExportRow[] = [...ROWS, { first: "Marc", last: "Dupont", association: CLUB, date: "2024-03-02", hours: 3 }];
    expect(receiptSet(request({ rows, volunteer: "marc dupont" }))).toEqual({
      files: [], notices: ["« marc dupont » : aucun kilomètre à ce nom dans le journal sur la période, aucun reçu fiscal."],
    });
  });

  it("says which donors' receipts use the settings' vehicle, their row of the volunteers table giving none", () => {
    const table = readVolunteerTable([
      ["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"],
      ["Sophie Martin", "10 rue des Lilas, 69100 Villeurbanne", "voiture", "4", "non", "non"],
      ["Antoine Bonnet", "4 impasse du Stade, 69003 Lyon", "", "", "", "non"],
    ]);
    const rows = ROWS.filter((r) => r.association === CLUB);
    const set = receiptSet(request({ rows, reportOptions: { volunteers: table } }));
    expect(set.files.filter((f) => !f.bundle)).toHaveLength(2);
    expect(withoutVehicleNotices(set.notices)).toEqual([expect.stringMatching(/^Anonyme/)]);
    expect(set.notices).toContain(
      "« Antoine Bonnet » (« Club Sportif de Villeurbanne ») : véhicule absent de la table des bénévoles : reçu au barème du véhicule des réglages (voiture 5 CV) ; " +
        "complétez les colonnes « Véhicule » et « CV » de sa ligne.",
    );
    // still issued, at the settings' 5 CV: 1 350 km x 0,636 €
    expect(text(renderPdf(set.files[0]!.document))).toContain("Montant 858,60 €");
    // Sophie's own 4 CV car: 125,5 km x 0,606 € = 76,053 €
    expect(text(renderPdf(set.files[1]!.document))).toContain("Montant 76,05 €");
  });

  it("says a year with no scale has none, not that its kilometres are worth nothing", () => {
    const rows: ExportRow[] = ROWS.map((r) => ({ ...r, date: r.date.replace("2024", "2019") }));
    const set = receiptSet(request({ rows, year: 2019 }));
    expect(set.files).toEqual([]);
    expect(set.notices).toContain(
      "« Club Sportif de Villeurbanne » : aucun reçu fiscal, aucun barème kilométrique connu pour les revenus 2019 (le premier est celui de 2020) : kilomètres de 2019 non valorisés.",
    );
    expect(set.notices.join("\n")).not.toContain("rien à attester");
  });
});
