import { afterAll, describe, expect, it } from "vitest";
import { readJournalFile } from "../../../src/local/readers/index";
import { errorOf, parseXlsx } from "../../../src/local/readers/xlsx";
import { tmpFolder } from "./tmp";
import { STYLE, excel, openpyxl, workbook } from "./xlsxParts";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

const HEADERS = [
  "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
];

/** Bénévalibre 2.x's XLSX export (tablib + openpyxl): bold headers, every cell written, "=" texts as formulas. */
function benevalibreXlsx(): Uint8Array {
  const { text, number, boolean, date, empty } = openpyxl;
  return workbook([
    HEADERS.map((h, c) => text(`${String.fromCharCode(65 + c)}1`, h, STYLE.header)),
    [
      text("A2", "Zoé"), text("B2", "Benoît"), text("C2", "=^.^="), text("D2", "Les Jardins Partagés de Belleville"),
      text("E2", "Désherbage"), empty("F2"), date("G2", "2025-03-01"), empty("H2"), text("I2", "2:30:00"),
      number("J2", 2.5), boolean("K2", false), number("L2", 12.5), text("M2", "Entretien, technique"), empty("N2"), empty("O2"),
    ],
    [
      empty("A3"), text("B3", "=Dupont"), empty("C3"), text("D3", "Les Jardins Partagés de Belleville"),
      text("E3", "Vœux"), text("F3", "Ligne 1\nLigne 2"), date("G3", "2024-12-31"), date("H3", "2025-01-01"),
      text("I3", "1 day, 2:00:00"), number("J3", 26), boolean("K3", true), empty("L3"), text("M3", "Autre"),
      text("N3", "Fête"), text("O3", "Débutant"),
    ],
  ]);
}

describe("XLSX written by Bénévalibre (openpyxl)", () => {
  it("reads a formula cell without a cached value as its text, and keeps dates, numbers and booleans typed", async () => {
    const file = await readJournalFile(tmp.write("benevalo-export.xlsx", benevalibreXlsx()));
    expect(file.encoding).toBeNull();
    expect(file.rejectedRows).toEqual([]);
    expect(file.grid).toEqual([
      HEADERS,
      [
        "Zoé", "Benoît", "=^.^=", "Les Jardins Partagés de Belleville", "Désherbage", "", new Date("2025-03-01T00:00:00Z"), "",
        "2:30:00", 2.5, false, 12.5, "Entretien, technique", "", "",
      ],
      [
        "", "=Dupont", "", "Les Jardins Partagés de Belleville", "Vœux", "Ligne 1\nLigne 2", new Date("2024-12-31T00:00:00Z"),
        new Date("2025-01-01T00:00:00Z"), "1 day, 2:00:00", 26, true, "", "Autre", "Fête", "Débutant",
      ],
    ]);
  });

  it("reads an empty <v/> written self-closed the same way", async () => {
    const bytes = workbook([
      [openpyxl.text("A1", "Pseudo")],
      ['<c r="A2"><f>^.^=</f><v/></c>'],
    ]);
    expect((await parseXlsx(bytes)).grid).toEqual([["Pseudo"], ["=^.^="]]);
  });
});

/** A hand-kept workbook saved by Excel: computed formulas with their cached values, and error cells. */
function excelWorkbook(): Uint8Array {
  const { text, number, date } = openpyxl;
  const { formula, error } = excel;
  const headers = ["Bénévole", "Date", "Heures", "Double", "Fin", "Zéro", "Recherche"];
  return workbook([
    headers.map((h, c) => text(`${String.fromCharCode(65 + c)}1`, h)),
    [
      text("A2", "Hélène Durand"), date("B2", "2025-03-01"), number("C2", 2), formula("D2", "C2*2", { v: "4" }),
      formula("E2", 'IF(B2="","",B2)', { t: "str", v: "" }, STYLE.date), formula("F2", "C2*0", { v: "0" }),
      formula("G2", "VLOOKUP(A2,Roles!A:B,2,FALSE)", { t: "str", v: "Trésorière" }),
    ],
    [text("A3", "Zoé Benoît"), date("B3", "2025-03-02"), number("C3", 1), error("G3", "#N/A")],
    [
      text("A4", "Karim Haddad"), date("B4", "2025-03-03"), number("C4", 3), formula("D4", "1/0", { t: "e", v: "#DIV/0!" }),
      formula("E4", "B4>0", { t: "b", v: "1" }), error("G4", "#REF!"),
    ],
    [text("A5", "Anaïs Guillou"), date("B5", "2025-03-04"), number("C5", 1.5)],
  ]);
}

describe("XLSX saved by Excel", () => {
  it("keeps cached formula results: a number, 0, an empty text even in a date column, a text, a boolean", async () => {
    const { grid } = await parseXlsx(excelWorkbook());
    expect(grid[1]).toEqual(["Hélène Durand", new Date("2025-03-01T00:00:00Z"), 2, 4, "", 0, "Trésorière"]);
    expect(grid[3]![4]).toBe(true);
  });

  it("rejects each row holding an error cell or an error result, naming the cells in A1 form", async () => {
    const file = await readJournalFile(tmp.write("main-courante.xlsx", excelWorkbook()));
    expect(file.rejectedRows).toEqual([
      { index: 2, column: "Recherche", problem: "Cellule G3 en erreur (#N/A) : ligne écartée." },
      { index: 3, column: "Double", problem: "Cellules D4 (#DIV/0!) et G4 (#REF!) en erreur : ligne écartée." },
    ]);
    // the rows stay in place, so the rows after them keep their numbers
    expect(file.grid.length).toBe(5);
    expect(file.grid[4]![0]).toBe("Anaïs Guillou");
  });

  it("tells an error value from other cell values", () => {
    for (const code of ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"]) {
      expect(errorOf({ error: code })).toBe(code);
      expect(errorOf({ formula: "X1", result: { error: code } })).toBe(code);
    }
    expect(errorOf("#N/A")).toBeUndefined(); // typed text, not an error
    expect(errorOf({ formula: "X1", result: 0 })).toBeUndefined();
    expect(errorOf(null)).toBeUndefined();
  });
});
