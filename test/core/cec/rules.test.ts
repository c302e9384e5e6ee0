import { describe, expect, it } from "vitest";
import { cecEngine } from "../../../src/core/cec/engine";
import { buildCecReport } from "../../../src/core/cec/report";
import { cecRule } from "../../../src/core/cec/rules";
import { buildJournalReport } from "../../../src/core/report/yearReport";
import { parseCecSettings } from "../../../src/core/settings/cec";
import { hoursRow, journalOf, rolesOf } from "./helpers";

const settings = parseCecSettings({ associations: [{ name: "Jeune Asso", declaredOn: "2022-03-01", generalInterest: true }] });

describe("association age: the rule in force depends on the year", () => {
  it("3 years for 2023, 1 year from 2024 (loi 2024-344)", () => {
    expect(cecRule(2023).associationYears).toBe(3);
    expect(cecRule(2024).associationYears).toBe(1);
    expect(cecRule(2025).associationYears).toBe(1);
  });

  it("an association declared in March 2022 is too young for 2023, old enough for 2025", () => {
    const journal = journalOf([hoursRow("Alice", "Jeune Asso", 2023, "210", "Président"), hoursRow("Alice", "Jeune Asso", 2025, "210", "Président")]);
    const engine = cecEngine(journal, { settings });
    expect(engine.assess("alice", 2023).text).toBe(
      "Non éligible : 210 h à « Jeune Asso » non comptées : association déclarée le 01/03/2022, " +
        "3 ans d'existence requis avant le 01/03/2025 (L5151-9 du code du travail)",
    );
    expect(engine.assess("alice", 2025).status).toBe("eligible");
  });

  it("hours done before the association reached the required age do not count", () => {
    const young = parseCecSettings({ associations: [{ name: "Jeune Asso", declaredOn: "2023-06-01" }] });
    const journal = journalOf([
      ["Alice", "Jeune Asso", "2024-05-01", "2024-05-31", "150", "Président"],
      ["Alice", "Jeune Asso", "2024-06-01", "2024-06-30", "120", "Président"],
    ]);
    const a = cecEngine(journal, { settings: young }).assess("alice", 2024);
    expect(a.text).toBe(
      "À compléter : 120 h dans « Jeune Asso », 200 h requises : il manque 80 h dans d'autres associations ; " +
        "150 h à « Jeune Asso » non comptées : association déclarée le 01/06/2023, 1 an d'existence requis avant le 01/06/2024 (loi 2024-344 du 15 avril 2024)",
    );
  });

  it("activities outside CGI art. 200 do not count", () => {
    const s = parseCecSettings({ associations: [{ name: "Club", generalInterest: false }] });
    const a = cecEngine(journalOf([hoursRow("Alice", "Club", 2025, "210", "Président")]), { settings: s }).assess("alice", 2025);
    expect(a.text).toBe("Non éligible : 210 h à « Club » non comptées : activités hors article 200 du CGI");
  });
});

describe("rights", () => {
  const rows = [2021, 2022, 2023, 2024, 2025].map((y) => hoursRow("Alice", "A", y, "210", "Présidente"));
  const engine = cecEngine(journalOf([...rows, hoursRow("Alice", "A", 2020, "50", "Présidente")]));

  it("240 € per eligible year, capped at 720 € after the third", () => {
    expect(engine.rights("alice", 2020).cumulativeEur).toBe(0);
    expect(engine.rights("alice", 2021).cumulativeEur).toBe(240);
    expect(engine.rights("alice", 2022).cumulativeEur).toBe(480);
    expect(engine.rights("alice", 2023).cumulativeEur).toBe(720);
    const four = engine.rights("alice", 2024);
    expect(four).toEqual({ eligibleYears: [2021, 2022, 2023, 2024], earnedEur: 960, cumulativeEur: 720, capEur: 720 });
    expect(engine.rights("alice").cumulativeEur).toBe(720);
    expect(engine.rights("alice").earnedEur).toBe(1200);
  });

  it("no rights before 2017, when the CEC began for associative volunteering (loi 2016-1088)", () => {
    const early = cecEngine(journalOf([2015, 2016, 2017].map((y) => hoursRow("Bruno", "A", y, "250", "Président"))));
    expect(early.assess("bruno", 2016)).toMatchObject({
      status: "ineligible", rightsEur: 0,
      text: "Non éligible : le CEC couvre le bénévolat à partir de 2017 (loi 2016-1088) : aucun droit pour 2016",
    });
    expect(early.assess("bruno", 2017)).toMatchObject({ status: "eligible", rightsEur: 240 });
    expect(early.rights("bruno")).toEqual({ eligibleYears: [2017], earnedEur: 240, cumulativeEur: 240, capEur: 720 });
  });
});

describe("report", () => {
  it("carries one CEC line per named volunteer, with the notes", () => {
    const journal = journalOf([
      hoursRow("Alice", "A", 2025, "210", "Présidente"),
      hoursRow("Bob", "A", 2025, "82", "Bénévole"),
      hoursRow("", "A", 2025, "20", ""),
    ]);
    const roles = rolesOf([["Bénévole", "Rôle", "Date de naissance"], ["Bob", "Trésorier", "32/01/2000"]]);
    // the CEC counts every association of the journal: one assessment, shared by the sections
    const report = buildJournalReport(journal, 2025, { roles });
    const cec = report.cec;
    expect(report.sections.every((s) => s.cec === cec)).toBe(true);
    expect(cec.declareBy).toBe("2026-06-30");
    expect(cec.validateBy).toBe("2026-12-31");
    expect(cec.rule).toMatchObject({ totalHours: 200, oneAssociationHours: 100, rightsEur: 240, capEur: 720, associationYears: 1 });
    expect(cec.volunteers.map((v) => [v.volunteer, v.statusLabel, v.qualifyingHours, v.rightsEur, v.cumulativeEur, v.declareBy])).toEqual([
      ["Alice", "Éligible", 210, 240, 240, "2026-06-30"],
      ["Bob", "Non éligible", 82, 0, 0, ""],
    ]);
    expect(cec.volunteers[1]!.text).toBe("Non éligible : 82 h dans l'association la plus fréquentée, 100 h requises");
    expect(cec.volunteers[1]!.associations[0]).toMatchObject({ association: "A", role: "qualifying", roles: ["Trésorier"], roleSource: "table" });
    expect(cec.notes[0]).toContain("Conditions de l'association (« A ») supposées remplies");
    expect(cec.notes[1]).toContain("les droits déjà utilisés par le bénévole ne sont pas connus");
    expect(cec.notes[2]).toBe("Table des rôles, ligne 2, colonne « Date de naissance » : Date illisible « 32/01/2000 » : attendu JJ/MM/AAAA ou AAAA-MM-JJ");
    expect(JSON.parse(JSON.stringify(cec))).toEqual(cec);
  });

  it("does not say the conditions are assumed when the settings give them", () => {
    const s = parseCecSettings({ associations: [{ name: "A", declaredOn: "2000-01-01", generalInterest: true }] });
    const report = buildCecReport(journalOf([hoursRow("Alice", "A", 2025, "210", "Présidente")]), 2025, { settings: s });
    expect(report.notes.join("\n")).not.toContain("supposées remplies");
  });
});
