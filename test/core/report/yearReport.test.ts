import { describe, expect, it } from "vitest";
import type { AssociationProfile } from "../../../src/core/associations/profile";
import { ReportError } from "../../../src/core/report/associationGroups";
import { buildJournalReport, buildYearReport } from "../../../src/core/report/yearReport";
import { isoDate } from "../../../src/core/values/calendar";
import { dayOfIso } from "../../../src/core/values/calendar";
import { exportJournal } from "./benevalibre";

const CLUB = "Club Sportif de Villeurbanne";
const AMICALE = "Amicale Laïque de Quimper";

// Two associations, a row with none, an anonymous row; the club closes its exercice on 30 June.
const journal = exportJournal([
  { first: "Sophie", last: "Martin", association: CLUB, date: "2024-07-15", hours: 4 }, // 11,65 €/h
  { first: "Sophie", last: "Martin", association: CLUB, date: "2024-10-15", hours: 2 }, // 11,65 €/h
  { first: "Yvonne", last: "Le Floch", association: CLUB, date: "2024-11-15", hours: 3 }, // 11,88 €/h
  { first: "Sophie", last: "Martin", association: CLUB, date: "2025-03-15", hours: 5 },
  { association: CLUB, date: "2025-03-15", hours: 1 }, // anonymous
  { first: "Sophie", last: "Martin", association: CLUB, date: "2025-07-15", hours: 6 }, // exercice 2026
  { first: "Yvonne", last: "Le Floch", association: AMICALE, date: "2024-12-20", hours: 7 }, // 2024
  { first: "Yvonne", last: "Le Floch", association: AMICALE, date: "2025-02-10", hours: 2.5 },
  { first: "Yvonne", last: "Le Floch", association: "amicale  laïque de quimper", date: "2025-07-15", hours: 1.5 },
  { first: "Marc", last: "Dupont", date: "2025-04-01", hours: 2 }, // no association
]);
const PROFILES: AssociationProfile[] = [
  { name: "club sportif de villeurbanne", siren: "732829320", closingDate: "06-30", article200: "oui" },
  { name: AMICALE, article200: "à vérifier" },
];

describe("one report per association, never summed in money", () => {
  const report = buildJournalReport(journal, 2025, { associations: PROFILES });
  const byName = (name: string) => report.sections.find((s) => s.association.name === name)!;

  it("makes one section per association, the actions with none apart and last", () => {
    expect(report.sections.map((s) => s.association.title)).toEqual([AMICALE, CLUB, "Sans association"]);
    expect(byName("").notes[0]).toContain("Actions sans association : comptées à part");
    expect(byName(CLUB).association.profile?.siren).toBe("732829320");
    expect(byName(AMICALE).notes.join(" ")).not.toContain("pas de ligne dans la table");
  });

  it("values the club over its exercice closing on 30/06/2025, each hour at the SMIC of its day, the anonymous hour included", () => {
    const club = byName(CLUB);
    expect([isoDate(club.period.from), isoDate(club.period.until - 1)]).toEqual(["2024-07-01", "2025-06-30"]);
    expect(club.period.name).toBe("exercice clos le 30/06/2025");
    // 6 h x 11,65 + 3 h x 11,88 + 6 h x 11,88 = 69,90 + 106,92
    expect(club.valuation.hours).toBe(15);
    expect(club.valuation.cents).toBe(17682);
    expect(club.valuation.rates.map((r) => [r.label, r.hours, r.cents])).toEqual([
      ["SMIC horaire brut au 01/01/2024", 6, 6990],
      ["SMIC horaire brut au 01/11/2024", 9, 10692],
    ]);
    expect(club.volunteers.map((v) => [v.volunteer, v.hours, v.actions])).toEqual([["Sophie Martin", 11, 3], ["Yvonne Le Floch", 3, 1], ["Anonyme", 1, 1]]);
    const a = club.accounting!;
    expect(isoDate(a.closingDay)).toBe("2025-06-30");
    expect(a.lines.map((l) => [l.account.number, l.debitCents, l.creditCents])).toEqual([["864", 17682, 0], ["875", 0, 17682]]);
    expect(a.entries[0]!.label).toContain("Valorisation du bénévolat 2024-2025");
    expect(a.note).toContain("exercice clos le 30/06/2025 (du 01/07/2024 au 30/06/2025)");
    expect(club.hoursByMonth.map((m) => m.label)).toEqual([
      "juillet 2024", "août 2024", "septembre 2024", "octobre 2024", "novembre 2024", "décembre 2024",
      "janvier 2025", "février 2025", "mars 2025", "avril 2025", "mai 2025", "juin 2025",
    ]);
    expect(club.hoursByMonth.reduce((s, m) => s + m.durationMs, 0)).toBe(15 * 3_600_000);
  });

  it("values the amicale over calendar 2025, spellings grouped, and the unnamed rows alone", () => {
    const amicale = byName(AMICALE);
    expect(amicale.period.name).toBe("exercice 2025");
    expect(amicale.valuation.cents).toBe(4752); // 4 h x 11,88
    expect(amicale.accounting!.lines[0]!.debitCents).toBe(4752);
    expect(byName("").valuation.cents).toBe(2376);
    // no one's books hold the actions with no association: valued, never entered
    expect(byName("").accounting).toBeNull();
    for (const s of [byName(CLUB), byName(AMICALE)]) {
      expect(s.accounting!.entries.flatMap((e) => e.lines).reduce((t, l) => t + l.debitCents, 0)).toBe(s.valuation.cents);
    }
  });

  it("keeps hours and people across associations, over calendar 2025, without money", () => {
    const across = report.acrossAssociations;
    expect(across.associations).toBe(3);
    expect([isoDate(across.period.from), isoDate(across.period.until - 1)]).toEqual(["2025-01-01", "2025-12-31"]);
    expect(across.volunteers.map((v) => [v.volunteer, v.hours])).toEqual([["Sophie Martin", 11], ["Yvonne Le Floch", 4], ["Marc Dupont", 2], ["Anonyme", 1]]);
    expect(Object.keys(across)).not.toContain("valuation");
  });

  it("assesses the CEC once, over calendar 2025 and every association, with the hours per association", () => {
    expect(report.sections.every((s) => s.cec === report.cec)).toBe(true);
    const yvonne = report.cec.volunteers.find((v) => v.volunteer === "Yvonne Le Floch")!;
    expect(yvonne.associations.map((a) => [a.association, a.hours])).toEqual([[AMICALE, 4]]);
    // neither declaration date is known, and the amicale's interest is « à vérifier »
    expect(report.cec.notes[0]).toBe(
      `Conditions de l'association (« ${CLUB} », « ${AMICALE} ») supposées remplies : déclarée depuis au moins 1 an (loi 2024-344 du 15 avril 2024), ` +
        "activités d'intérêt général au sens de l'article 200 du CGI.",
    );
    // each section lists the CEC lines of its own volunteers of calendar 2025 (Yvonne's 2025 hours are the amicale's only)
    expect(report.sections.map((s) => [s.association.title, s.cecVolunteers.map((v) => v.volunteer)])).toEqual([
      [AMICALE, ["Yvonne Le Floch"]], [CLUB, ["Sophie Martin"]], ["Sans association", ["Marc Dupont"]],
    ]);
  });

  it("reports one association when asked, by a loosely typed name", () => {
    const one = buildJournalReport(journal, 2025, { associations: PROFILES, association: "  CLUB sportif de VILLEURBANNE " });
    expect(one.sections.map((s) => s.association.name)).toEqual([CLUB]);
    expect(one.sections[0]!.valuation.cents).toBe(17682);
    expect(buildYearReport(journal, 2025, { association: AMICALE }).valuation.cents).toBe(4752);
  });

  it("refuses, in French, an association the journal does not have, a SIREN for several, and one report for several", () => {
    expect(() => buildJournalReport(journal, 2025, { association: "Les Jardins" })).toThrow(
      `Association « Les Jardins » absente du journal (associations du journal : « ${AMICALE} », « ${CLUB} »).`,
    );
    expect(() => buildJournalReport(journal, 2025, { overrides: { siren: "732829320" } })).toThrow(ReportError);
    expect(() => buildYearReport(journal, 2025)).toThrow("Le journal compte 3 associations : choisissez celle du rapport.");
  });

  it("applies the typed settings (--cloture) to the association reported, over its table row", () => {
    const one = buildYearReport(journal, 2025, { associations: PROFILES, association: CLUB, overrides: { closingDate: "12-31" } });
    expect(one.period.name).toBe("exercice 2025");
    expect(one.valuation.hours).toBe(12);
  });

  it("leaves out the hours of an association outside CGI art. 200 from the CEC", () => {
    const excluded = buildJournalReport(journal, 2025, { associations: [{ name: AMICALE, article200: "non" }] });
    const yvonne = excluded.cec.volunteers.find((v) => v.volunteer === "Yvonne Le Floch")!;
    expect(yvonne.associations[0]!.eligibleHours).toBe(0);
  });

  it("reports the actions with no association alone, never as the association the table describes alone", () => {
    const r = buildJournalReport(journal, 2025, { association: "", associations: [PROFILES[0]!] });
    const blank = r.sections[0]!;
    expect(blank.association).toEqual({ key: "", name: "", title: "Sans association" });
    expect(blank.valuation.settings.siren).toBeUndefined();
    expect(blank.period.name).toBe("exercice 2025");
    expect(blank.valuation.cents).toBe(2376);
    expect(blank.notes[0]).toContain("Actions sans association : comptées à part");
    // Hours and people: its own volunteers only.
    expect(r.acrossAssociations.volunteers.map((v) => v.volunteer)).toEqual(["Marc Dupont"]);
  });

  it("gives totals and valuation over a free period, never accounts", () => {
    const r = buildJournalReport(journal, 2025, { association: CLUB, period: { from: dayOfIso("2025-03-01"), to: dayOfIso("2025-07-31") } });
    const club = r.sections[0]!;
    expect(club.period.exercice).toBe(false);
    expect(club.accounting).toBeNull();
    expect(club.valuation.hours).toBe(12);
    expect(club.notes.join(" ")).toContain("Période libre (du 01/03/2025 au 31/07/2025)");
  });
});

describe("a journal with no Association column", () => {
  const single = exportJournal([{ first: "Ana", last: "Roux", date: "2025-05-01", hours: 2 }]);
  it("is the association the table describes alone, its SIREN and closing day applied", () => {
    const r = buildYearReport(single, 2025, { associations: [{ name: "Les Jardins", siren: "732829320", closingDate: "03-31" }] });
    expect(r.association).toMatchObject({ key: "", name: "Les Jardins", title: "Les Jardins" });
    expect(r.valuation.settings.siren).toBe("732829320");
    expect(isoDate(r.period.until - 1)).toBe("2025-03-31");
    expect(r.valuation.hours).toBe(0);
  });
  it("reports without a name when none is given", () => {
    const r = buildYearReport(single, 2025);
    expect(r.association.title).toBe("Association (nom à renseigner)");
    expect(r.valuation.hours).toBe(2);
    expect(r.notes).toEqual([]);
  });
});

describe("an association of Mayotte, in 2023", () => {
  it("values its hours at the Mayotte SMIC of each day, across the change of 01/05/2023, from its table row", () => {
    const mayotte = exportJournal([
      { first: "Anli", last: "Madi", association: "Solidarité Mamoudzou", date: "2023-04-15", hours: 10 }, // 8,50 €/h
      { first: "Anli", last: "Madi", association: "Solidarité Mamoudzou", date: "2023-06-15", hours: 10 }, // 8,70 €/h
      { first: "Zaïna", last: "Ali", association: CLUB, date: "2023-06-15", hours: 10 }, // métropole: 11,52 €/h
    ]);
    const report = buildJournalReport(mayotte, 2023, { associations: [{ name: "Solidarité Mamoudzou", territory: "mayotte" }] });
    const [club, island] = report.sections;
    expect(island!.valuation.rates.map((r) => [r.label, r.eurosPerHour, r.cents])).toEqual([
      ["SMIC horaire brut au 01/01/2023", 8.5, 8500],
      ["SMIC horaire brut au 01/05/2023", 8.7, 8700],
    ]);
    expect(island!.valuation.cents).toBe(17200);
    expect(island!.accounting!.note).toContain("172,00");
    expect(club!.valuation.cents).toBe(11520);
  });
});

describe("what is typed for one association, and the mileage of a long period", () => {
  it("keeps the SIREN and closing typed for the named association off the actions with no association", () => {
    const j = exportJournal([
      { first: "Sophie", last: "Martin", association: CLUB, date: "2025-03-15", hours: 5 },
      { first: "Marc", last: "Dupont", date: "2025-04-01", hours: 2 },
    ]);
    const r = buildJournalReport(j, 2025, { overrides: { siren: "732829320", closingDate: "06-30" } });
    const [club, blank] = r.sections;
    expect([club!.valuation.settings.siren, club!.period.name]).toEqual(["732829320", "exercice clos le 30/06/2025"]);
    expect([blank!.valuation.settings.siren, blank!.period.name, blank!.accounting]).toEqual([undefined, "exercice 2025", null]);
  });

  it("is the association asked for when the journal has no Association column, with its row of the table", () => {
    const single = exportJournal([{ first: "Ana", last: "Roux", date: "2025-05-01", hours: 2 }]);
    const rows = [{ name: AMICALE }, { name: CLUB, siren: "732829320", closingDate: "06-30" }];
    const r = buildYearReport(single, 2025, { associations: rows, association: "club sportif de villeurbanne" });
    expect([r.association.name, r.valuation.settings.siren, r.period.name]).toEqual([CLUB, "732829320", "exercice clos le 30/06/2025"]);
  });

  it("values each calendar year of a three-year period at its own scale, on that year's distance", () => {
    const j = exportJournal([
      { first: "Alice", last: "Roux", association: CLUB, date: "2023-06-01", hours: 1, km: 10 },
      { first: "Alice", last: "Roux", association: CLUB, date: "2024-06-01", hours: 1, km: 4000 },
      { first: "Alice", last: "Roux", association: CLUB, date: "2025-06-01", hours: 1, km: 4000 },
    ]);
    const settings = { mileage: { mode: "bareme", cv: 5, waived: true } } as const;
    const r = buildYearReport(j, 2025, { valuationSettings: settings, period: { from: dayOfIso("2023-01-01"), to: dayOfIso("2025-12-31") } });
    // 5 CV, up to 5 000 km a year: 0,636 €/km each year (docs/regles/frais-kilometriques.md): 10 + 4 000 + 4 000 km
    expect(r.valuation.mileage.cents).toBe(636 + 254400 + 254400);
  });
});
