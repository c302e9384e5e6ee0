import { describe, expect, it } from "vitest";
import { RolesError } from "../../../src/core/roles/table";
import { roleClassifier, DEFAULT_QUALIFYING_ROLES, DEFAULT_UNCLEAR_ROLES } from "../../../src/core/roles/words";
import { parseCecSettings, CecSettingsError } from "../../../src/core/settings/cec";
import { rolesOf } from "../cec/helpers";

describe("roles table", () => {
  it("matches headers loosely and groups names like the journal", () => {
    const t = rolesOf([
      ["  BENEVOLE ", "role", "association", "Date de  naissance"],
      ["  alice   MARTIN", "Présidente", "Les Amis", "2001-05-04"],
      ["Alice Martin", "Trésorière", "", ""],
      ["", "", "", ""],
    ]);
    expect(t.issues).toEqual([]);
    expect(t.entries.map((e) => [e.row, e.volunteerKey, e.role, e.associationKey])).toEqual([
      [2, "alice martin", "Présidente", "les amis"],
      [3, "alice martin", "Trésorière", undefined],
    ]);
    expect(t.births.get("alice martin")).toBe(Date.UTC(2001, 4, 4) / 86_400_000);
  });

  it("reads Prénom and Nom columns", () => {
    const t = rolesOf([["Prénom", "Nom", "Fonction"], ["Bob", "Durand", "Secrétaire"]]);
    expect(t.entries[0]!.volunteerKey).toBe("bob durand");
  });

  it("names the row and column of each bad cell", () => {
    const t = rolesOf([
      ["Bénévole", "Rôle", "Date de naissance", "Début", "Fin"],
      ["", "Président", "", "", ""],
      ["Bob", "", "", "", ""],
      ["Carla", "Secrétaire", "demain", "", ""],
      ["Carla", "", "01/02/1990", "", ""],
      ["Carla", "", "02/02/1990", "", ""],
      ["Dan", "Trésorier", "", "01/01/2025", "01/01/2024"],
    ]);
    expect(t.issues).toEqual([
      { row: 2, column: "Bénévole", problem: "Nom du bénévole manquant : ligne ignorée" },
      { row: 3, column: "Rôle", problem: "Rôle manquant : ligne ignorée" },
      { row: 4, column: "Date de naissance", problem: "Date illisible « demain » : attendu JJ/MM/AAAA ou AAAA-MM-JJ" },
      { row: 6, column: "Date de naissance", problem: "Date de naissance 02/02/1990 différente de celle d'une ligne précédente (01/02/1990) : la première est retenue" },
      { row: 7, column: "Fin", problem: "La fin (01/01/2024) précède le début (01/01/2025) : ligne ignorée" },
    ]);
    // row 5 gives only a birth date: an entry without role; row 6's date is not kept: no entry
    expect(t.entries.map((e) => [e.row, e.volunteer, e.role])).toEqual([[4, "Carla", "Secrétaire"], [5, "Carla", ""]]);
    expect(t.births.get("carla")).toBe(Date.UTC(1990, 1, 1) / 86_400_000);
  });

  it("refuses a table without names or roles, in French", () => {
    expect(() => rolesOf([["Nom complet?", "Poste"]])).toThrow(RolesError);
    expect(() => rolesOf([["Bénévole", "Poste"]])).toThrow(/colonnes « Bénévole » et « Rôle » attendues/);
  });
});

describe("role words", () => {
  const classify = roleClassifier({ qualifying: DEFAULT_QUALIFYING_ROLES, unclear: DEFAULT_UNCLEAR_ROLES });
  it.each([
    ["Président", "qualifying"], ["VICE-PRÉSIDENTE", "qualifying"], ["Trésorier adjoint", "qualifying"], ["Dirigeant", "qualifying"],
    ["membre du bureau", "qualifying"], ["Membre du C.A.", "qualifying"], ["Coordinatrice des bénévoles", "qualifying"],
    ["Encadrant de bénévoles", "qualifying"], ["Bénévole", "none"], ["Adhérent", "none"], ["Animateur", "unclear"],
    ["Animatrice", "unclear"], ["Encadrant sportif", "unclear"], ["Présidentielle", "none"], ["", "none"],
  ])("%s is %s", (role, kind) => expect(classify(role)).toBe(kind));

  it("takes the word lists from the settings", () => {
    const s = parseCecSettings({ qualifyingRoles: ["Capitaine"] });
    const own = roleClassifier({ qualifying: s.qualifyingRoles, unclear: s.unclearRoles });
    expect(own("capitaine de l'équipe")).toBe("qualifying");
    expect(own("Président")).toBe("none");
  });
});

describe("CEC settings", () => {
  it("fills defaults", () => {
    const s = parseCecSettings(undefined);
    expect(s.qualifyingRoles).toBe(DEFAULT_QUALIFYING_ROLES);
    expect(s.associations.size).toBe(0);
  });
  it("reports bad fields in French", () => {
    expect(() => parseCecSettings({ associations: [{ name: "A", declaredOn: "01/02/2020" }] })).toThrow(CecSettingsError);
    expect(() => parseCecSettings({ associations: [{ name: "A", declaredOn: "01/02/2020" }] })).toThrow(/Réglages CEC invalides : associations\.0\.declaredOn/);
  });
});
