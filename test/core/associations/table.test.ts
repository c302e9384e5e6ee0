import { describe, expect, it } from "vitest";
import { ASSOCIATION_HEADERS, AssociationError, findAssociation, readAssociationTable } from "../../../src/core/associations/table";
import type { Grid } from "../../../src/core/journal/types";
import { dayFromParts, frenchDate } from "../../../src/core/values/calendar";
import { intlWallClock } from "../../../src/local/timezone";

const H = [...ASSOCIATION_HEADERS];
const TODAY = dayFromParts(2025, 6, 15)!;
const PARIS = intlWallClock("Europe/Paris");
const read = (grid: Grid, firstRow?: number) => readAssociationTable(grid, { wallClock: PARIS, today: TODAY, firstRow });
/** A row of the table from its cells by header; the others blank. */
const row = (cells: Partial<Record<(typeof ASSOCIATION_HEADERS)[number], unknown>>) => H.map((h) => cells[h] ?? "");

describe("the associations table", () => {
  it("reads a table as typed in Sheets: text, a number, a Date cell and a checkbox", () => {
    const grid = [
      H,
      // The SIREN typed with spaces; the declaration a Date at midnight in Paris (23:00 UTC the day before).
      ["Amicale Laïque de Quimper", "732 829 320", "W292001234", new Date("2015-02-28T23:00:00Z"), "Oui", "PCA 2018", "31/12", "Métropole", " 12  rue de Brest, 29000 Quimper "],
      // A number cell for the SIREN, ISO text for the date, a checkbox ticked off, the old chart and Mayotte.
      ["Club Sportif de Villeurbanne", 200034528, "w 693 004 567", "2009-10-24", false, "99-01", "30/06", "MAYOTTE", ""],
      ["Les Jardins Partagés de Belleville", "", "", "", "", "", "", "", ""],
    ];
    const table = read(grid);
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([
      {
        row: 2, name: "Amicale Laïque de Quimper", siren: "732829320", rna: "W292001234", declaredDay: dayFromParts(2015, 3, 1),
        article200: "oui", chart: "ANC 2018-06", closingDate: "12-31", territory: "metropole", address: "12 rue de Brest, 29000 Quimper",
      },
      {
        row: 3, name: "Club Sportif de Villeurbanne", siren: "200034528", rna: "W693004567", declaredDay: dayFromParts(2009, 10, 24),
        article200: "non", chart: "CRC 99-01", closingDate: "06-30", territory: "mayotte",
      },
      // Blank cells: not given (the caller's defaults), Article 200 « à vérifier ».
      { row: 4, name: "Les Jardins Partagés de Belleville", article200: "à vérifier" },
    ]);
  });

  it("needs only the Association column, and numbers rows from the header row given", () => {
    const table = read([["Association"], ["Amicale"], [""], ["Club"]], 5);
    expect(table.rows).toEqual([{ row: 6, name: "Amicale", article200: "à vérifier" }, { row: 8, name: "Club", article200: "à vérifier" }]);
  });

  it("recognises its headers by meaning: case, accents, spaces and usual variants", () => {
    const grid = [
      ["N° SIREN", "Nom de l'association", "numéro rna", "DATE DE DECLARATION", "Intérêt général (art. 200 CGI)", "plan  comptable", "Fin d'exercice", "territoire", "Adresse du siège"],
      ["732829320", "Amicale", "W292001234", "01/03/2015", "non", "ANC 2018-06", "31/12", "metropole", "Quimper"],
    ];
    expect(read(grid).rows).toEqual([{
      row: 2, name: "Amicale", siren: "732829320", rna: "W292001234", declaredDay: dayFromParts(2015, 3, 1),
      article200: "non", chart: "ANC 2018-06", closingDate: "12-31", territory: "metropole", address: "Quimper",
    }]);
  });

  it("reads the association's object (« Objet », « Objet social de l'association ») for the tax receipts", () => {
    expect(read([H, row({ Association: "Amicale", Objet: "  Éducation populaire,  loisirs " })]).rows[0]!.object).toBe("Éducation populaire, loisirs");
    const grid = [["Association", "Objet social de l'association"], ["Amicale", "Jardinage partagé"]];
    expect(read(grid).rows).toEqual([{ row: 2, name: "Amicale", object: "Jardinage partagé", article200: "à vérifier" }]);
  });

  it("takes a header naming the association and something else for the other thing", () => {
    const grid = [["Adresse de l'association", "SIREN de l'association", "Association", "Nom"], ["Quimper", "732829320", "Amicale", "Le Floch"]];
    expect(read(grid).rows).toEqual([{ row: 2, name: "Amicale", siren: "732829320", address: "Quimper", article200: "à vérifier" }]);
  });

  it("throws a French error naming the expected and found headers when there is no Association column", () => {
    const grid = [["SIREN", "RNA", "Notes"], ["732829320", "", ""]];
    expect(() => read(grid)).toThrow(AssociationError);
    expect(() => read(grid)).toThrow("Table des associations : colonne « Association » attendue en première ligne. En-têtes trouvés : « SIREN », « RNA », « Notes ».");
    expect(() => read([])).toThrow("En-têtes trouvés : aucun.");
  });
});

describe("SIREN and RNA", () => {
  const sirens = (...cells: unknown[]) => read([["Association", "SIREN"], ...cells.map((c, i) => [`Asso ${i}`, c])]);

  it("checks the Luhn key of the SIREN and keeps the rest of the row", () => {
    const table = read([H, row({ Association: "Amicale", SIREN: "732829321", RNA: "W292001234", Clôture: "30/06" })]);
    expect(table.issues).toEqual([
      { row: 2, column: "SIREN", problem: "« 732829321 » a une clé de contrôle fausse (9e chiffre). Cellule ignorée." },
    ]);
    expect(table.rows).toEqual([{ row: 2, name: "Amicale", rna: "W292001234", closingDate: "06-30", article200: "à vérifier" }]);
  });

  it("refuses 8 digits, letters, a SIRET and two transposed digits; reads La Poste's SIREN and a leading zero kept as text", () => {
    const table = sirens("73282932", "73282932A", "732 829 320 00074", "200034582", "356 000 000", "012345674");
    expect(table.issues.map((i) => [i.row, i.problem])).toEqual([
      [2, "« 73282932 » n'a pas 9 chiffres. Cellule ignorée."],
      [3, "« 73282932A » n'a pas 9 chiffres. Cellule ignorée."],
      [4, "« 732 829 320 00074 » n'a pas 9 chiffres. Cellule ignorée."],
      [5, "« 200034582 » a une clé de contrôle fausse (9e chiffre). Cellule ignorée."],
    ]);
    expect(table.rows.map((r) => r.siren)).toEqual([undefined, undefined, undefined, undefined, "356000000", "012345674"]);
  });

  it("says that a number cell may have lost a leading zero, and does not guess it", () => {
    const table = sirens(12345674, 200034528);
    expect(table.issues).toEqual([{
      row: 2, column: "SIREN",
      problem: "« 12345674 » n'a pas 9 chiffres (un nombre perd ses zéros en tête : écrivez le SIREN au format texte). Cellule ignorée.",
    }]);
    expect(table.rows.map((r) => r.siren)).toEqual([undefined, "200034528"]);
  });

  it("reads an RNA number as W and 9 digits, any case and spacing", () => {
    const table = read([["Association", "RNA"], ["A", "W751234567"], ["B", "w75 123 4567"], ["C", "W75123456"], ["D", "751234567"], ["E", "WA51234567"]]);
    expect(table.rows.map((r) => r.rna)).toEqual(["W751234567", "W751234567", undefined, undefined, undefined]);
    expect(table.issues.map((i) => [i.row, i.column, i.problem])).toEqual(["W75123456", "751234567", "WA51234567"].map((v, i) => [
      i + 4, "RNA", `« ${v} » n'est pas un numéro RNA (W et 9 chiffres). Cellule ignorée.`,
    ]));
  });
});

describe("dates and closing days", () => {
  it("reads the declaration from a Date cell, a serial number, JJ/MM/AAAA or AAAA-MM-JJ; refuses the future and a year alone", () => {
    const cells = [new Date("2015-02-28T23:00:00Z"), 42064, "01/03/2015", "2015-03-01", "15/06/2025", "16/06/2025", "2015", 2015, "31/02/2015"];
    const table = read([["Association", "Date de déclaration"], ...cells.map((c, i) => [`Asso ${i}`, c])]);
    expect(table.rows.map((r) => r.declaredDay && frenchDate(r.declaredDay))).toEqual([
      "01/03/2015", "01/03/2015", "01/03/2015", "01/03/2015", "15/06/2025", undefined, undefined, undefined, undefined,
    ]);
    expect(table.issues.map((i) => [i.row, i.problem])).toEqual([
      [7, "« 16/06/2025 » est dans le futur. Cellule ignorée."],
      [8, "« 2015 » n'est pas une date (JJ/MM/AAAA). Cellule ignorée."],
      [9, "« 2015 » n'est pas une date (JJ/MM/AAAA). Cellule ignorée."],
      [10, "« 31/02/2015 » n'est pas une date (JJ/MM/AAAA). Cellule ignorée."],
    ]);
  });

  it("reads the closing day as JJ/MM, refusing 29/02, 31/13, 31/04 and a year", () => {
    const cells = ["31/12", "30/6", "29/02", "31/13", "31/04", "30/06/2025", "fin juin", 31.12];
    const table = read([["Association", "Clôture"], ...cells.map((c, i) => [`Asso ${i}`, c])]);
    expect(table.rows.map((r) => r.closingDate)).toEqual(["12-31", "06-30", undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(table.issues.map((i) => [i.row, i.column, i.problem])).toEqual([
      [4, "Clôture", "« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03. Cellule ignorée."],
      [5, "Clôture", "« 31/13 » n'existe pas : il n'y a pas de mois 13. Cellule ignorée."],
      [6, "Clôture", "« 31/04 » n'existe pas : avril n'a que 30 jours. Cellule ignorée."],
      [7, "Clôture", "« 30/06/2025 » porte une année : écrivez JJ/MM, par exemple 30/06. Cellule ignorée."],
      [8, "Clôture", "« fin juin » n'est pas une date de clôture : écrivez JJ/MM, par exemple 31/12 ou 30/06. Cellule ignorée."],
      [9, "Clôture", "« 31,12 » n'est pas une date de clôture : écrivez JJ/MM, par exemple 31/12 ou 30/06. Cellule ignorée."],
    ]);
  });

  it("reads a Date cell's day and month: Sheets turns 30/06 typed into a date of the current year", () => {
    const table = read([["Association", "Clôture"], ["A", new Date("2025-06-29T22:00:00Z")], ["B", new Date("2024-02-28T23:00:00Z")]]);
    expect(table.rows.map((r) => r.closingDate)).toEqual(["06-30", undefined]);
    expect(table.issues).toEqual([{ row: 3, column: "Clôture", problem: "« 29/02/2024 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03. Cellule ignorée." }]);
  });
});

describe("Article 200, chart and territory", () => {
  const column = (header: string, ...cells: unknown[]) => read([["Association", header], ...cells.map((c, i) => [`Asso ${i}`, c])]);

  it("reads Article 200 as oui, non or à vérifier, whatever the spelling; blank is à vérifier", () => {
    const table = column("Article 200 du CGI", "Oui", "OUI", "o", true, "n", "Non", "FAUX", "a verifier", "À VÉRIFIER", "", "peut-être");
    expect(table.rows.map((r) => r.article200)).toEqual([
      "oui", "oui", "oui", "oui", "non", "non", "non", "à vérifier", "à vérifier", "à vérifier", "à vérifier",
    ]);
    expect(table.issues).toEqual([{ row: 12, column: "Article 200 du CGI", problem: "« peut-être » n'est ni oui, ni non, ni à vérifier. Cellule ignorée." }]);
  });

  it("reads the chart from its usual names", () => {
    const table = column("Plan comptable", "ANC 2018-06", "anc 2018-06", "2018", "PCA 2018", 2018, "CRC 99-01", "99-01", "1999", 1999, "PCA", "2020");
    expect(table.rows.map((r) => r.chart)).toEqual([
      "ANC 2018-06", "ANC 2018-06", "ANC 2018-06", "ANC 2018-06", "ANC 2018-06", "CRC 99-01", "CRC 99-01", "CRC 99-01", "CRC 99-01", undefined, undefined,
    ]);
    expect(table.issues.map((i) => i.problem)).toEqual([
      "« PCA » n'est ni ANC 2018-06 ni CRC 99-01. Cellule ignorée.",
      "« 2020 » n'est ni ANC 2018-06 ni CRC 99-01. Cellule ignorée.",
    ]);
  });

  it("reads the territory as métropole or Mayotte, accents and case aside", () => {
    const table = column("Territoire", "métropole", "METROPOLE", "Metropole", "France métropolitaine", "mayotte", "Mayotte", "Guyane");
    expect(table.rows.map((r) => r.territory)).toEqual(["metropole", "metropole", "metropole", "metropole", "mayotte", "mayotte", undefined]);
    expect(table.issues).toEqual([{ row: 8, column: "Territoire", problem: "« Guyane » n'est ni métropole ni Mayotte. Cellule ignorée." }]);
  });
});

describe("names", () => {
  it("reports a row without a name and an association listed twice, and ignores both", () => {
    const table = read([
      H,
      row({ Association: "Amicale Laïque", SIREN: "732829320" }),
      row({ SIREN: "200034528", RNA: "W751234567" }),
      row({ Association: "  AMICALE   laïque ", SIREN: "200034528" }),
    ]);
    expect(table.rows).toEqual([{ row: 2, name: "Amicale Laïque", siren: "732829320", article200: "à vérifier" }]);
    expect(table.issues).toEqual([
      { row: 3, column: "Association", problem: "Nom de l'association manquant : ligne ignorée." },
      { row: 4, column: "Association", problem: "« AMICALE laïque » figure déjà ligne 2 : ligne ignorée." },
    ]);
  });

  it("finds an association named as in a journal: case, spaces, decomposed accents and zero-width characters folded", () => {
    const table = read([["Association"], ["Amicale Laïque de Quimper"], ["Club Sportif"]]);
    const amicale = table.rows[0];
    for (const name of ["amicale laïque de quimper", "  Amicale\u00a0 Laïque de Quimper ", "Amicale Lai\u0308que de Quimper", "Amicale\u200b Laïque de Quimper"]) {
      expect(findAssociation(table, name)).toBe(amicale);
    }
    // Accents are kept: "Laique" may be another association (the identity rule, src/core/text/identity.ts).
    expect(findAssociation(table, "Amicale Laique de Quimper")).toBeUndefined();
    expect(findAssociation(table, "club sportif")).toBe(table.rows[1]);
  });
});
