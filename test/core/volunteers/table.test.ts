import { describe, expect, it } from "vitest";
import { readVolunteerTable } from "../../../src/core/volunteers/table";
import { matchVolunteers, unmatchedVolunteers } from "../../../src/core/volunteers/match";
import { journal } from "../valuation/journal";

const HEADERS = ["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"];

describe("readVolunteerTable", () => {
  it("reads each volunteer's address, vehicle and public-agent flag, as Valorise writes the headers", () => {
    const t = readVolunteerTable([
      HEADERS,
      ["Élodie  MARTIN", "12 rue des Lilas, 29000 Quimper", "voiture", 5, "non", "oui"],
      ["Jérôme Le Goff", "3 place du Marché, 69100 Villeurbanne", "Moto", "3 CV", "", ""],
      ["Awa Diallo", "", "cyclomoteur", "", "", "non"],
      ["Paul Petit", "8 av. Jean Jaurès", "", "", "", ""],
    ]);
    expect(t.issues).toEqual([]);
    expect(t.rows).toEqual([
      { row: 2, name: "Élodie MARTIN", key: "élodie martin", address: "12 rue des Lilas, 29000 Quimper", vehicle: { kind: "voiture", cv: 5, electric: false }, publicAgent: true },
      { row: 3, name: "Jérôme Le Goff", key: "jérôme le goff", address: "3 place du Marché, 69100 Villeurbanne", vehicle: { kind: "moto", cv: 3, electric: false } },
      { row: 4, name: "Awa Diallo", key: "awa diallo", vehicle: { kind: "cyclomoteur", cv: 0, electric: false }, publicAgent: false },
      { row: 5, name: "Paul Petit", key: "paul petit", address: "8 av. Jean Jaurès" },
    ]);
    expect(t.byKey.get("élodie martin")?.row).toBe(2);
  });

  it("reads headers by meaning, in any order", () => {
    const t = readVolunteerTable([
      ["Véhicule électrique", "Puissance fiscale du véhicule", "Type de véhicule", "Nom et prénom", "Adresse du bénévole", "Fonctionnaire"],
      [true, "7", "voiture", "Lucie Bernard", "1 rue Haute", "x"],
    ]);
    expect(t.issues).toEqual([]);
    expect(t.rows[0]).toMatchObject({ name: "Lucie Bernard", address: "1 rue Haute", vehicle: { kind: "voiture", cv: 7, electric: true }, publicAgent: true });
  });

  it("refuses the same volunteer twice, NFD, zero-width and spacing variants included, and keeps accent variants apart", () => {
    const nfd = "E\u0301lodie Martin";
    const t = readVolunteerTable([
      HEADERS,
      ["Élodie Martin", "1 rue A", "voiture", 4, "", ""],
      [nfd, "2 rue B", "voiture", 6, "", ""],
      ["Élo\u200Bdie   martin", "3 rue C", "", "", "", ""],
      ["Elodie Martin", "4 rue D", "voiture", 3, "", ""],
      ["", "5 rue E", "voiture", 3, "", ""],
    ]);
    expect(t.rows.map((r) => [r.row, r.name])).toEqual([[2, "Élodie Martin"], [5, "Elodie Martin"]]);
    expect(t.issues).toEqual([
      { row: 3, column: "Bénévole", problem: "« Élodie Martin » figure déjà ligne 2 : ligne ignorée." },
      { row: 4, column: "Bénévole", problem: "« Élodie martin » figure déjà ligne 2 : ligne ignorée." },
      { row: 6, column: "Bénévole", problem: "Nom du bénévole manquant : ligne ignorée." },
    ]);
  });

  it("ignores a bad cell but keeps the rest of the row, and says which vehicle then applies", () => {
    const t = readVolunteerTable([
      HEADERS,
      ["Alice", "1 rue A", "voiture", "cinq", "", "oui"],
      ["Bob", "2 rue B", "trottinette", 5, "", ""],
      ["Chloé", "3 rue C", "scooter", "", "", ""],
      ["Denis", "4 rue D", "", 6, "peut-être", ""],
      ["Emma", "5 rue E", "moto", 0, "", ""],
      ["Farid", "6 rue F", "voiture", 5.5, "", "bof"],
    ]);
    expect(t.rows.map((r) => [r.name, r.address, r.vehicle, r.publicAgent])).toEqual([
      ["Alice", "1 rue A", undefined, true],
      ["Bob", "2 rue B", undefined, undefined],
      ["Chloé", "3 rue C", undefined, undefined],
      ["Denis", "4 rue D", undefined, undefined],
      ["Emma", "5 rue E", undefined, undefined],
      ["Farid", "6 rue F", undefined, undefined],
    ]);
    const settings = "le véhicule des réglages s'applique";
    expect(t.issues).toEqual([
      { row: 2, column: "CV", problem: "« cinq » n'est pas une puissance fiscale (un nombre entier de CV, de 1 à 99). Cellule ignorée." },
      { row: 2, column: "CV", problem: `Puissance fiscale (CV) illisible pour une voiture : ${settings}.` },
      { row: 3, column: "Véhicule", problem: "« trottinette » n'est ni voiture, ni moto, ni cyclomoteur. Cellule ignorée." },
      { row: 4, column: "Véhicule", problem: "« scooter » n'est ni voiture, ni moto, ni cyclomoteur. Cellule ignorée." },
      { row: 5, column: "Électrique", problem: "« peut-être » n'est ni oui ni non. Cellule ignorée." },
      { row: 5, column: "Véhicule", problem: `Véhicule non indiqué (voiture, moto ou cyclomoteur) : ${settings}.` },
      { row: 6, column: "CV", problem: "« 0 » n'est pas une puissance fiscale (un nombre entier de CV, de 1 à 99). Cellule ignorée." },
      { row: 6, column: "CV", problem: `Puissance fiscale (CV) illisible pour une moto : ${settings}.` },
      { row: 7, column: "CV", problem: "« 5,5 » n'est pas une puissance fiscale (un nombre entier de CV, de 1 à 99). Cellule ignorée." },
      { row: 7, column: "Agent public", problem: "« bof » n'est ni oui ni non. Cellule ignorée." },
      { row: 7, column: "CV", problem: `Puissance fiscale (CV) illisible pour une voiture : ${settings}.` },
    ]);
  });

  it("asks for the Bénévole column in French", () => {
    expect(() => readVolunteerTable([["Adresse", "CV"], ["1 rue A", 5]])).toThrow(
      "Table des bénévoles : colonne « Bénévole » attendue en première ligne. En-têtes trouvés : « Adresse », « CV ».",
    );
  });
});

describe("matchVolunteers", () => {
  const j = journal([
    { who: "elodie martin", date: "2025-03-01", hours: 2, km: 10 },
    { who: "Hélène Durand", date: "2025-03-01", hours: 2 },
    { who: "Helene Durand", date: "2025-03-02", hours: 2 },
    { who: "Jérôme Le Goff", date: "2025-03-02", hours: 2 },
  ]);
  const people = j.actions.dictionaries.people;

  it("finds each row's person by the journal's identity rule, up to accents only when one person alone fits, and reports the rest", () => {
    const t = readVolunteerTable([
      HEADERS,
      ["Élodie  MARTIN", "1 rue A", "voiture", 5, "", ""],
      ["J\u200Bérôme LE GOFF", "2 rue B", "voiture", 7, "", ""],
      ["Helene DURAND", "3 rue C", "voiture", 3, "", ""],
      ["Hélene Durand", "4 rue D", "voiture", 3, "", ""],
      ["Zoé Inconnue", "5 rue E", "voiture", 3, "", ""],
    ]);
    const m = matchVolunteers(t, people, j.keys.volunteer);
    expect([...m.byPerson].map(([key, r]) => [key, r.row])).toEqual([["jérôme le goff", 3], ["helene durand", 4], ["elodie martin", 2]]);
    expect(m.issues).toEqual([
      { row: 2, column: "Bénévole", problem: "« Élodie MARTIN » rapproché de « elodie martin » du journal (aux accents près)." },
      { row: 5, column: "Bénévole", problem: "« Hélene Durand » ne figure pas dans le journal (voyez « Hélène Durand », « Helene Durand ») : ligne sans effet." },
      { row: 6, column: "Bénévole", problem: "« Zoé Inconnue » ne figure pas dans le journal : ligne sans effet." },
    ]);
    expect(unmatchedVolunteers(t, people, j.keys.volunteer).map((r) => r.name)).toEqual(["Hélene Durand", "Zoé Inconnue"]);
  });
});
