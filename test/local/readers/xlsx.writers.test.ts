import { afterAll, describe, expect, it } from "vitest";
import { readJournalFile } from "../../../src/local/readers/index";
import { errorOf, parseXlsx } from "../../../src/local/readers/xlsx";
import { tmpFolder } from "./tmp";
import { BENEVALIBRE_HEADERS, benevalibreXlsx, excelWorkbook } from "./writerFixtures";
import { openpyxl, workbook } from "./xlsxParts";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

describe("XLSX written by Bénévalibre (openpyxl)", () => {
  it("reads a formula cell without a cached value as its text, and keeps dates, numbers and booleans typed", async () => {
    const file = await readJournalFile(tmp.write("benevalo-export.xlsx", benevalibreXlsx()));
    expect(file.encoding).toBeNull();
    expect(file.rejectedRows).toEqual([]);
    expect(file.grid).toEqual([
      BENEVALIBRE_HEADERS,
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
