import { describe, expect, it } from "vitest";
import { cecEngine } from "../../../src/core/cec/engine";
import { buildCecReport } from "../../../src/core/cec/report";
import { reportSheets } from "../../../src/core/report/sheets";
import { buildJournalReport } from "../../../src/core/report/yearReport";
import { parseCecSettings } from "../../../src/core/settings/cec";
import { hoursRow, journalOf, rolesOf } from "./helpers";

// Bénévalibre's default roles, exactly as its migration 0004_defaultrole_initialisation writes them
const ANIMATOR = "Animat\u22c5eur\u22c5rice";

describe("Bénévalibre's default roles through the CEC assessment", () => {
  const journal = journalOf([
    hoursRow("Alice", "A", 2025, "210"),
    hoursRow("Bob", "A", 2025, "210"),
    hoursRow("Chloé", "A", 2025, "210"),
    hoursRow("Dan", "A", 2025, "150"),
  ]);
  const roles = rolesOf([
    ["Bénévole", "Rôle", "Association"],
    ["Alice", "Bénévole", "A"],
    ["Bob", ANIMATOR, "A"],
    ["Chloé", "Dirigeant", "A"],
    ["Dan", ANIMATOR, "A"],
  ]);
  const engine = cecEngine(journal, { roles });

  it("Bénévole does not qualify", () => {
    expect(engine.assess("alice", 2025).text).toBe("Non éligible : 210 h à « A » non comptées : rôle « Bénévole » non qualifiant");
  });

  it("Animat⋅eur⋅rice with 210 h is eligible subject to supervising volunteers, never Non éligible", () => {
    const a = engine.assess("bob", 2025);
    expect(a.status).toBe("conditional");
    expect(a.text).toBe(
      `Éligible sous réserve : 210 h en 2025, dont 210 h dans « A », mais rôle « ${ANIMATOR} » à « A » à confirmer (compte s'il encadre d'autres bénévoles)`,
    );
  });

  it("Animat⋅eur⋅rice with 150 h is to complete, with the role to confirm", () => {
    expect(engine.assess("dan", 2025).text).toBe(
      "À compléter : 150 h dans « A », 200 h requises : il manque 50 h dans d'autres associations ; " +
        `rôle « ${ANIMATOR} » à « A » à confirmer (compte s'il encadre d'autres bénévoles)`,
    );
  });

  it("Dirigeant qualifies", () => {
    expect(engine.assess("chloé", 2025).text).toBe("Éligible : 210 h qualifiantes en 2025, dont 210 h dans « A »");
  });

  it("the same from the journal's Rôle column, in capitals and other inclusive spellings", () => {
    for (const role of [ANIMATOR.toUpperCase(), "Animateur·rice", "Animateur.rice", "Animateur-trice", "Coordinat⋅eur⋅rice"]) {
      expect(cecEngine(journalOf([hoursRow("Bob", "A", 2025, "210", role)])).assess("bob", 2025).status).toBe("conditional");
    }
    for (const role of ["Président.e", "Trésorier(e)", "Trésorier·e", "Administrateur/trice", "Secrétaire"]) {
      expect(cecEngine(journalOf([hoursRow("Bob", "A", 2025, "210", role)])).assess("bob", 2025).status).toBe("eligible");
    }
  });
});

describe("role and association names of the roles table under the identity rule", () => {
  const journal = journalOf([hoursRow("Alice", "Société Générale des Amis", 2025, "210")]);

  it("decomposed accents and invisible characters in a role still qualify", () => {
    for (const role of ["Pre\u0301sidente", "Tré\u200bsorière", "Secre\u0301taire\u00ad", "\ufeffDirigeant"]) {
      const roles = rolesOf([["Bénévole", "Rôle"], ["Alice", role]]);
      expect(cecEngine(journal, { roles }).assess("alice", 2025).status).toBe("eligible");
    }
  });

  it("an association name with decomposed accents, invisible characters, other case and spaces is the journal's", () => {
    for (const association of ["Société Générale des Amis".normalize("NFD"), "Société\u200b Générale des Amis", "  SOCIÉTÉ   générale des amis\u2060"]) {
      const roles = rolesOf([["Bénévole", "Rôle", "Association"], ["Alice", "Présidente", association]]);
      expect(cecEngine(journal, { roles }).assess("alice", 2025).status).toBe("eligible");
    }
  });

  it("an association name without its accents is another one: the row does not apply, and is reported", () => {
    const roles = rolesOf([["Bénévole", "Rôle", "Association"], ["Alice", "Présidente", "Societe Generale des Amis"]]);
    expect(cecEngine(journal, { roles }).assess("alice", 2025).status).toBe("conditional");
    expect(buildCecReport(journal, 2025, { roles }).rolesIssues).toEqual([{
      row: 2,
      column: "Association",
      problem: "« Societe Generale des Amis » ne correspond à aucune association du journal ; « Société Générale des Amis » y figure",
    }]);
  });

  it("one role written twice with other case or invisible characters is listed once", () => {
    const roles = rolesOf([["Bénévole", "Rôle"], ["Alice", "Animatrice"], ["Alice", "ANIMATRICE\u200b"], ["Alice", "Animatrice".normalize("NFD")]]);
    const a = cecEngine(journal, { roles }).assess("alice", 2025);
    expect(a.associations[0]!.role.roles).toEqual(["Animatrice"]);
  });

  it("association conditions in the settings follow the same rule", () => {
    const young = (name: string) => parseCecSettings({ associations: [{ name, declaredOn: "2025-06-01" }] });
    const roles = rolesOf([["Bénévole", "Rôle"], ["Alice", "Présidente"]]);
    const assess = (name: string) => cecEngine(journal, { roles, settings: young(name) }).assess("alice", 2025).status;
    expect(assess("société générale des amis".normalize("NFD"))).toBe("ineligible");
    expect(assess("Societe Generale des Amis")).toBe("eligible");
  });
});

describe("roles-table rows that match nothing reach the CEC report", () => {
  const journal = journalOf([hoursRow("Hélène Durand", "Les Amis", 2025, "210", ""), hoursRow("Bob", "Les Amis", 2024, "10", "")]);
  const roles = rolesOf([
    ["Bénévole", "Rôle", "Association"],
    ["Hélène Durand", "Présidente", "Les Amis"],
    ["Helene Durand", "Présidente", "Les Amis"],
    ["Bob", "Trésorier", "Les Amis"],
    ["Zoé", "", ""],
  ]);

  it("in rolesIssues and, by name, in the notes", () => {
    const report = buildCecReport(journal, 2025, { roles });
    expect(report.rolesIssues).toEqual([
      { row: 3, column: "Bénévole", problem: "« Helene Durand » ne correspond à aucun bénévole du journal ; « Hélène Durand » y figure" },
      { row: 4, column: "Bénévole", problem: "« Bob » n'a aucune action en 2025" },
      { row: 5, column: "Rôle", problem: "Rôle manquant : ligne ignorée" },
    ]);
    expect(report.notes.slice(-3)).toEqual([
      "Table des rôles, ligne 3, colonne « Bénévole » : « Helene Durand » ne correspond à aucun bénévole du journal ; « Hélène Durand » y figure",
      "Table des rôles, ligne 4, colonne « Bénévole » : « Bob » n'a aucune action en 2025",
      "Table des rôles, ligne 5, colonne « Rôle » : Rôle manquant : ligne ignorée",
    ]);
    expect(report.volunteers.map((v) => v.statusLabel)).toEqual(["Éligible"]);
  });

  it("in the notes of the CEC report sheet", () => {
    const cec = reportSheets(buildJournalReport(journal, 2025, { roles }).sections[0]!).find((s) => s.name === "CEC")!;
    expect(cec.rows.map((r) => r[0])).toContain(
      "Table des rôles, ligne 3, colonne « Bénévole » : « Helene Durand » ne correspond à aucun bénévole du journal ; « Hélène Durand » y figure",
    );
  });

  it("every one of them, by name, when there are more than five", () => {
    const many = rolesOf([["Bénévole", "Rôle"], ...Array.from({ length: 7 }, (_, i) => [`Inconnu ${i}`, "Président"])]);
    const notes = buildCecReport(journal, 2025, { roles: many }).notes.filter((n) => n.startsWith("Table des rôles"));
    expect(notes).toHaveLength(7);
    expect(notes[6]).toBe("Table des rôles, ligne 8, colonne « Bénévole » : « Inconnu 6 » ne correspond à aucun bénévole du journal");
  });
});
