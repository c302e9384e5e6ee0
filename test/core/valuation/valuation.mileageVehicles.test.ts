import { describe, expect, it } from "vitest";
import { valueActions } from "../../../src/core/valuation/valuation";
import { reductionCents } from "../../../src/core/valuation/taxReduction";
import { readVolunteerTable } from "../../../src/core/volunteers/table";
import { readAssociationTable } from "../../../src/core/associations/table";
import { readJournal } from "../../../src/core/journal/read";
import { buildJournalReport, buildYearReport } from "../../../src/core/report/yearReport";
import { journal } from "./journal";

const HEADERS = ["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"];
const scale = (extra: object = {}) => ({ mileage: { mode: "bareme" as const, cv: 5, ...extra } });
const kmOn = (date: string, rows: [string, number][]) => rows.map(([who, km]) => ({ who, date, hours: 1, km }));

describe("the kilometric scale of the income year", () => {
  it("values 2021 at the volunteers' flat scale, whatever the horsepower: 1,000 km by car 324,00 €, by motorbike 126,00 €", () => {
    const j = journal(kmOn("2021-05-01", [["Alice", 1000]]));
    const car = valueActions(j.actions, scale(), 2021).mileage;
    expect(car.byVolunteer[0]).toMatchObject({ cents: 32400, vehicle: "voiture 5 CV", source: "réglages" });
    expect(car.method).toBe("barème forfaitaire des bénévoles, revenus 2021, voiture");
    expect(valueActions(j.actions, scale({ cv: 11 }), 2021).mileage.cents).toBe(32400);
    expect(valueActions(j.actions, scale({ vehicle: "moto", cv: 3 }), 2021).mileage.cents).toBe(12600);
    expect(valueActions(j.actions, scale({ vehicle: "cyclomoteur" }), 2021).mileage.cents).toBe(12600);
    // no electric increase on the flat scale
    expect(valueActions(j.actions, scale({ electric: true }), 2021).mileage.cents).toBe(32400);
    // 2020: 0,321 and 0,125
    const j2020 = journal(kmOn("2020-05-01", [["Alice", 1000]]));
    expect(valueActions(j2020.actions, scale(), 2020).mileage.cents).toBe(32100);
    expect(valueActions(j2020.actions, scale({ vehicle: "moto", cv: 2 }), 2020).mileage.cents).toBe(12500);
  });

  it("values 2025 at the employees' scale: 1,000 km at 5 CV 636,00 €, electric 763,20 €", () => {
    const j = journal(kmOn("2025-05-01", [["Alice", 1000]]));
    expect(valueActions(j.actions, scale(), 2025).mileage.cents).toBe(63600);
    expect(valueActions(j.actions, scale({ electric: true }), 2025).mileage.cents).toBe(76320);
  });

  it("refuses to value a year before any known scale, and says so, rather than use another year's", () => {
    const j = journal(kmOn("2019-05-01", [["Alice", 1000]]));
    const m = valueActions(j.actions, scale(), 2019).mileage;
    expect([m.cents, m.km, m.byVolunteer[0]!.cents]).toEqual([0, 1000, 0]);
    expect(m.method).toBe("non valorisé (aucun barème connu pour 2019)");
    expect(m.notes).toEqual([
      "aucun barème kilométrique connu pour les revenus 2019 (le premier est celui de 2020) : kilomètres de 2019 non valorisés.",
    ]);
    // a rate per km chosen by the association needs no scale
    expect(valueActions(j.actions, { mileage: { mode: "taux", eurosPerKm: "0.30" } }, 2019).mileage.cents).toBe(30000);
  });

  it("values an exercice spanning 2021 and 2022 year by year, each at its own scale, the lines adding up", () => {
    const j = journal([...kmOn("2021-09-01", [["Alice", 1000], ["Bob", 500]]), ...kmOn("2022-03-01", [["Alice", 1000], ["Bob", 500]])]);
    const r = buildYearReport(j, 2022, { valuationSettings: { ...scale({ waived: true }), closingDate: "06-30", article200: "oui" } });
    const m = r.valuation.mileage;
    // Alice: 1000 x 0.324 + 1000 x 0.636 ; Bob: 500 x 0.324 + 500 x 0.636
    expect(m.byVolunteer.map((l) => [l.volunteer, l.cents])).toEqual([["Alice", 96000], ["Bob", 48000]]);
    expect(m.cents).toBe(144000);
    expect(m.method).toBe("2021 : barème forfaitaire des bénévoles, revenus 2021, voiture ; 2022 : barème kilométrique des salariés (CGI art. 83 3°), revenus 2022 à 2025, voiture 5 CV");
    expect(r.accounting!.note).toContain("réduction d'impôt de 66 %");
  });
});

describe("each volunteer's own vehicle", () => {
  const table = readVolunteerTable([
    HEADERS,
    ["Alice", "1 rue A", "voiture", 3, "", ""],
    ["Bob", "2 rue B", "voiture", 7, "", ""],
    ["Chloé", "3 rue C", "voiture", 5, "oui", ""],
    ["Denis", "4 rue D", "moto", 4, "", ""],
  ]);
  const j = journal(kmOn("2025-05-01", [["Alice", 1000], ["Bob", 1000], ["Chloé", 1000], ["Denis", 1000], ["Emma", 1000]]));

  it("gives a 3 CV and a 7 CV different rates in one report, and the settings' vehicle to a volunteer the table leaves out", () => {
    const m = buildYearReport(j, 2025, { valuationSettings: scale({ cv: 4 }), volunteers: table }).valuation.mileage;
    expect(m.byVolunteer.map((l) => [l.volunteer, l.cents, l.vehicle, l.source])).toEqual([
      ["Alice", 52900, "voiture 3 CV", "table"],
      ["Bob", 69700, "voiture 7 CV", "table"],
      ["Chloé", 76320, "voiture 5 CV, électrique", "table"],
      ["Denis", 46800, "moto 4 CV", "table"],
      ["Emma", 60600, "voiture 4 CV", "réglages"],
    ]);
    expect(m.cents).toBe(m.byVolunteer.reduce((s, l) => s + l.cents, 0));
    expect(m.method).toBe("barème kilométrique des salariés (CGI art. 83 3°), revenus 2022 à 2025, véhicule de chaque bénévole");
  });

  it("keeps the flat scale for every vehicle in 2021", () => {
    const j2021 = journal(kmOn("2021-05-01", [["Alice", 1000], ["Bob", 1000], ["Denis", 1000]]));
    const m = buildYearReport(j2021, 2021, { valuationSettings: scale(), volunteers: table }).valuation.mileage;
    expect(m.byVolunteer.map((l) => [l.volunteer, l.cents])).toEqual([["Alice", 32400], ["Bob", 32400], ["Denis", 12600]]);
  });

  it("lists the table's names no one in the journal bears", () => {
    const r = buildJournalReport(journal(kmOn("2025-05-01", [["Alice", 10], ["Bob", 10]])), 2025, { valuationSettings: scale(), volunteers: table });
    expect(r.volunteerIssues).toEqual([
      { row: 4, column: "Bénévole", problem: "« Chloé » ne figure pas dans le journal : ligne sans effet." },
      { row: 5, column: "Bénévole", problem: "« Denis » ne figure pas dans le journal : ligne sans effet." },
    ]);
    expect(buildJournalReport(journal(kmOn("2025-05-01", [["Alice", 10]])), 2025, { valuationSettings: scale() }).volunteerIssues).toBeUndefined();
  });
});

describe("the tax reduction", () => {
  it("is 75 % up to 1,000 € then 66 % for an association helping people in difficulty, 66 % otherwise", () => {
    expect(reductionCents(100000, 2025, true)).toBe(75000);
    // 1,500 €: 750 + 500 x 0.66 = 1,080
    expect(reductionCents(150000, 2025, true)).toBe(108000);
    expect(reductionCents(150000, 2025, false)).toBe(99000);
    expect(reductionCents(80000, 2020, true)).toBe(60000);
    // before 2020 Valorise holds no limit for the 75 % rate
    expect(reductionCents(80000, 2019, true)).toBe(52800);
  });

  it("comes from the associations table's column « Aide aux personnes en difficulté » through the report's settings", () => {
    const associations = readAssociationTable([
      ["Association", "Article 200 du CGI", "Aide aux personnes en difficulté"],
      ["Restos de Quimper", "oui", "oui"],
      ["Club de foot", "oui", "non"],
    ]);
    expect(associations.issues).toEqual([]);
    expect(associations.rows.map((r) => r.peopleInDifficulty)).toEqual([true, false]);
    const rows = (association: string) => [
      { who: "Alice", date: "2025-05-01", hours: 1, km: 1500 },
      { who: "Bob", date: "2025-05-01", hours: 1, km: 2000 },
    ].map((r) => ({ ...r, category: association }));
    const grid = [["Bénévole", "Date", "Durée (en heures)", "Association", "Distance (en km)"],
      ...[...rows("Restos de Quimper"), ...rows("Club de foot")].map((r) => [r.who, r.date, r.hours, r.category, r.km])];
    const j = readJournal(grid, { wallClock: (d) => d.getTime() });
    const settings = { ...scale({ waived: true }) };
    const restos = buildYearReport(j, 2025, { valuationSettings: settings, associations: associations.rows, association: "Restos de Quimper" });
    const club = buildYearReport(j, 2025, { valuationSettings: settings, associations: associations.rows, association: "Club de foot" });
    // Alice 1,500 km x 0.636 = 954,00 € (all at 75 %: 715,50 €); Bob 2,000 km = 1,272,00 € (750 + 272 x 0.66 = 929,52 €)
    expect(restos.valuation.mileage.byVolunteer.map((l) => [l.volunteer, l.cents, l.reductionCents])).toEqual([["Bob", 127200, 92952], ["Alice", 95400, 71550]]);
    expect(restos.valuation.mileage.reductionRateText).toBe("75 % jusqu'à 1\u202f000,00 €, 66 % au-delà");
    expect(restos.accounting!.note).toContain("réduction d'impôt de 75 % jusqu'à 1\u202f000,00 €, 66 % au-delà");
    expect(club.valuation.mileage.byVolunteer.map((l) => l.reductionCents)).toEqual([83952, 62964]);
    expect(club.valuation.mileage.reductionRateText).toBe("66 %");
  });
});
