import { describe, expect, it } from "vitest";
import { journalNames, rolesTableIssues, unmatchedRoleRows } from "../../../src/core/roles/unmatched";
import { hoursRow, journalOf, rolesOf } from "../cec/helpers";

const journal = journalOf([
  hoursRow("Hélène Durand", "Les Amis", 2025, "120", ""),
  hoursRow("Bob", "Les Amis", 2024, "50", ""),
  hoursRow("Bob", "Le Club", 2025, "50", ""),
]);
const names = journalNames(journal);
const year2025 = { year: 2025, associationsOf: new Map([["hélène durand", ["Les Amis"]], ["bob", ["Le Club"]]]) };

describe("roles-table rows that match nothing in the journal", () => {
  it("names a volunteer the journal does not have, with the journal's name that differs only by accents", () => {
    const table = rolesOf([
      ["Bénévole", "Rôle"],
      ["Hélène Durand", "Présidente"],
      ["Helene Durand", "Présidente"],
      ["Zoé", "Trésorière"],
    ]);
    expect(unmatchedRoleRows(table, names)).toEqual([
      { row: 3, column: "Bénévole", problem: "« Helene Durand » ne correspond à aucun bénévole du journal ; « Hélène Durand » y figure" },
      { row: 4, column: "Bénévole", problem: "« Zoé » ne correspond à aucun bénévole du journal" },
    ]);
  });

  it("names an association the journal does not have; accents count", () => {
    const table = rolesOf([
      ["Membre", "Fonction", "Association"],
      ["Bob", "Trésorier", "LE CLUB"],
      ["Bob", "Trésorier", "Les Âmis"],
      ["Bob", "Trésorier", "Ailleurs"],
    ]);
    expect(unmatchedRoleRows(table, names)).toEqual([
      { row: 3, column: "Association", problem: "« Les Âmis » ne correspond à aucune association du journal ; « Les Amis » y figure" },
      { row: 4, column: "Association", problem: "« Ailleurs » ne correspond à aucune association du journal" },
    ]);
  });

  it("for a year: a volunteer with no action that year, or none in the row's association", () => {
    const table = rolesOf([
      ["Bénévole", "Rôle", "Association", "Début", "Fin"],
      ["Bob", "Trésorier", "Les Amis", "", ""],
      ["Bob", "Trésorier", "Le Club", "", ""],
      ["Bob", "Président", "", "", ""],
      ["Hélène Durand", "Présidente", "Le Club", "01/01/2024", "31/12/2024"],
    ]);
    const noOne = { year: 2023, associationsOf: new Map() };
    expect(unmatchedRoleRows(table, names, year2025)).toEqual([
      { row: 2, column: "Association", problem: "« Bob » n'a aucune action à « Les Amis » en 2025" },
    ]);
    // row 5's period is 2024 only: it says nothing of 2023, and is not reported for that year
    expect(unmatchedRoleRows(table, names, noOne).map((i) => [i.row, i.problem])).toEqual([
      [2, "« Bob » n'a aucune action en 2023"],
      [3, "« Bob » n'a aucune action en 2023"],
      [4, "« Bob » n'a aucune action en 2023"],
    ]);
  });

  it("checks rows that only give a birth date", () => {
    const table = rolesOf([["Bénévole", "Rôle", "Date de naissance"], ["Zoé", "", "01/02/2000"]]);
    expect(unmatchedRoleRows(table, names)).toEqual([{ row: 2, column: "Bénévole", problem: "« Zoé » ne correspond à aucun bénévole du journal" }]);
  });

  it("matches every association when the journal has no Association column", () => {
    const plain = journalOf([hoursRow("Bob", "", 2025, "10", "")]);
    const table = rolesOf([["Bénévole", "Rôle", "Association"], ["Bob", "Trésorier", "Le Club"]]);
    expect(unmatchedRoleRows(table, journalNames(plain))).toEqual([]);
  });

  it("lists them with the rows it could not read, in row order", () => {
    const table = rolesOf([
      ["Bénévole", "Rôle", "Date de naissance"],
      ["Zoé", "Trésorière", ""],
      ["Bob", "", ""],
    ]);
    expect(rolesTableIssues(table, names).map((i) => [i.row, i.problem])).toEqual([
      [2, "« Zoé » ne correspond à aucun bénévole du journal"],
      [3, "Rôle manquant : ligne ignorée"],
    ]);
  });
});

describe("the roles table compares names by the identity rule", () => {
  it("reads invisible characters, decomposed accents, case and spaces of an association as the same name", () => {
    const table = rolesOf([
      ["Bénévole", "Rôle", "Association"],
      ["Hélène Durand", "Présidente", "Les\u200b Amis"],
      ["Hélène Durand", "Présidente", "  LES   AMIS\u00a0"],
      ["Bob", "Trésorier", "Le Club".normalize("NFD")],
      ["Bob", "Trésorier", "le\u2060 club\ufeff"],
    ]);
    expect(table.entries.map((e) => e.associationKey)).toEqual(["les amis", "les amis", "le club", "le club"]);
    expect(table.entries[0]!.association).toBe("Les Amis");
    expect(unmatchedRoleRows(table, names)).toEqual([]);
  });

  it("keeps accents: « Société » is not « Societe »", () => {
    const table = rolesOf([["Bénévole", "Rôle", "Association"], ["Bob", "Trésorier", "Société".normalize("NFD")], ["Bob", "Trésorier", "Societe"]]);
    expect(table.entries[0]!.associationKey).toBe("société");
    expect(table.entries[1]!.associationKey).toBe("societe");
  });
});
