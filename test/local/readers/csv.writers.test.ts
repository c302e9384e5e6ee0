import { afterAll, describe, expect, it } from "vitest";
import type { Grid } from "../../../src/core/journal/types";
import { readCsv } from "../../../src/local/readers/csv";
import { readJournalFile } from "../../../src/local/readers/index";
import { C1, iso885915, utf16, utf8, windows1252 } from "./bytes";
import { tmpFolder } from "./tmp";
import { BENEVALIBRE_CSV, BENEVALIBRE_HEADERS, GOOGLE_FORMS_CSV, HAND_KEPT, LATIN9_GRID, excelText } from "./writerFixtures";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

const allText = (grid: Grid) => grid.flat().map(String).join("\n");

describe("CSV files as their writers write them", () => {
  it("French Excel « CSV (séparateur : point-virgule) »: Windows-1252, semicolons, CRLF", async () => {
    const bytes = windows1252(excelText(HAND_KEPT, ";"));
    expect(bytes).toContain(0x92); // ’ as Windows-1252 writes it
    expect(bytes).toContain(0x8c); // Œ
    expect(bytes).toContain(0x80); // €
    const file = await readJournalFile(tmp.write("journal-excel.csv", bytes));
    expect(file.encoding).toBe("Windows-1252");
    expect(file.grid).toEqual(HAND_KEPT);
    expect(file.rejectedRows).toEqual([]);
    expect(allText(file.grid)).not.toMatch(C1);
  });

  it("French Excel « Texte Unicode »: UTF-16 LE with its mark, tabs, CRLF", async () => {
    const file = await readJournalFile(tmp.write("journal-unicode.txt", utf16(excelText(HAND_KEPT, "\t"), "LE")));
    expect(file.encoding).toBe("UTF-16 LE");
    expect(file.grid).toEqual(HAND_KEPT);
    expect(allText(file.grid)).not.toMatch(C1);
  });

  it("UTF-16 BE with its mark", async () => {
    const file = await readJournalFile(tmp.write("journal-be.csv", utf16(excelText(HAND_KEPT, ";"), "BE")));
    expect(file.encoding).toBe("UTF-16 BE");
    expect(file.grid).toEqual(HAND_KEPT);
  });

  it("ISO 8859-15 (LibreOffice « Europe occidentale (ISO-8859-15/EURO) »)", async () => {
    const file = await readJournalFile(tmp.write("journal-latin9.csv", iso885915(excelText(LATIN9_GRID, ";"))));
    expect(file.encoding).toBe("ISO 8859-15");
    expect(file.grid).toEqual(LATIN9_GRID);
  });

  it("Bénévalibre 2.x: commas, CRLF, UTF-8 without mark, Python's timedelta, float and bool texts", async () => {
    const file = await readJournalFile(tmp.write("benevalo-export.csv", utf8(BENEVALIBRE_CSV)));
    expect(file.encoding).toBe("UTF-8");
    expect(file.rejectedRows).toEqual([]);
    expect(file.grid.length).toBe(4);
    expect(file.grid[1]).toEqual([
      "Zoé", "Benoît", "", "Les Jardins Partagés de Belleville", "Désherbage", "Parcelle nord, puis\r\nserre", "2025-03-01", "",
      "2:30:00", "2.5", "False", "12.50", "Entretien, technique", "", "",
    ]);
    expect(file.grid[2]!.slice(0, 12)).toEqual(["", "", "", "Les Jardins Partagés de Belleville", "Fête de quartier", "", "2024-12-30", "2025-01-01", "1 day, 2:00:00", "26.0", "True", ""]);
    expect(file.grid[3]!.slice(2, 3)).toEqual(["=^.^="]);
    expect(file.grid[3]![9]).toBe("1.3333333333333333");
  });

  it("a Google Forms responses sheet downloaded as CSV: UTF-8, « Horodateur » first, questions as headers", async () => {
    const file = await readJournalFile(tmp.write("Réponses au formulaire 1.csv", utf8(GOOGLE_FORMS_CSV)));
    expect(file.encoding).toBe("UTF-8");
    expect(file.grid).toEqual([
      ["Horodateur", "Adresse e-mail", "Nom et prénom", "Date de l'action", "Durée (heures)", "Catégorie", "Commentaires"],
      ["15/03/2025 14:32:10", "zoe.benoit@example.org", "Zoé Benoît", "14/03/2025", "2,5", "Accueil", ""],
      ["16/03/2025 09:05:44", "y.lhostis@example.org", "Yann L’Hostis", "15/03/2025", "1", "Collecte", "Avec « Les Œuvres du Cœur »\nmatin seulement"],
    ]);
  });

  it("refuses a binary file saved as .csv, naming the file and the line", async () => {
    const path = tmp.write("photo.csv", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    await expect(readJournalFile(path)).rejects.toThrow(/photo\.csv : Ligne 1 : caractère de contrôle U\+0000 : ce fichier ne semble pas être un fichier texte/);
  });
});

describe("CSV rows with more values than headers", () => {
  const HEADERS = "Prénom,Nom,Date,Durée (en heures),Distance (en km),Catégorie";

  it("rejects a row whose unquoted decimal comma shifts the columns, and names the split value", () => {
    const { grid, rejectedRows } = readCsv(`${HEADERS}\r\nZoé,Benoît,2025-03-01,2.5,,Autre\r\nKarim,Haddad,2025-03-02,1.5,12,5,Transport\r\nAnaïs,Guillou,2025-03-03,1,,Autre\r\n`);
    expect(rejectedRows).toEqual([
      {
        index: 2,
        column: "Distance (en km)",
        problem:
          "7 valeurs pour 6 en-têtes ; une virgule décimale non protégée par des guillemets décale sans doute les colonnes " +
          "(« 12,5 » lu « 12 » dans « Distance (en km) » et « 5 » dans « Catégorie »). Ligne écartée.",
      },
    ]);
    // kept in place, cut to the headers' width: the next rows keep their numbers
    expect(grid[2]).toEqual(["Karim", "Haddad", "2025-03-02", "1.5", "12", "5"]);
    expect(grid[3]).toEqual(["Anaïs", "Guillou", "2025-03-03", "1", "", "Autre"]);
  });

  it("rejects a row with a stray separator in a semicolon file, with both counts", () => {
    const { rejectedRows } = readCsv("Bénévole;Date;Durée;Catégorie\nZoé;01/03/2025;2;Tri; rangement\n");
    expect(rejectedRows).toEqual([
      {
        index: 1,
        column: "Catégorie",
        problem: "5 valeurs pour 4 en-têtes : un séparateur (point-virgule) en trop, dans une valeur non protégée par des guillemets, décale les colonnes. Ligne écartée.",
      },
    ]);
  });

  it("accepts rows padded as wide as the header row (Excel pads every row to its used range)", () => {
    const { grid, rejectedRows } = readCsv("Bénévole;Date;Durée;;;\r\nZoé;01/03/2025;2;;;\r\nKarim;02/03/2025;1; ;\r\n");
    expect(rejectedRows).toEqual([]);
    expect(grid.map((r) => r.slice(0, 3))).toEqual([["Bénévole", "Date", "Durée"], ["Zoé", "01/03/2025", "2"], ["Karim", "02/03/2025", "1"]]);
  });

  it("rejects a row with one field more than the header row even when the extra field is empty (a shifted Bénévalibre row)", () => {
    const headers = BENEVALIBRE_HEADERS.join(",");
    const { rejectedRows } = readCsv(`${headers}\r\nAnne,Martin,,Asso,A,,2025-03-01,,2:30:00,2.5,False,12,5,Autre,,\r\n`);
    expect(rejectedRows).toEqual([{
      index: 1, column: "Distance (en km)",
      problem: "16 valeurs pour 15 en-têtes ; une virgule décimale non protégée par des guillemets décale sans doute les colonnes (« 12,5 » lu « 12 » dans « Distance (en km) » et « 5 » dans « Catégorie »). Ligne écartée.",
    }]);
  });

  it("counts values up to the last filled one, empty ones in between included", () => {
    const { rejectedRows } = readCsv("A;B\n1;;;x\n");
    expect(rejectedRows.map((r) => r.problem.slice(0, 22))).toEqual(["4 valeurs pour 2 en-tê"]);
  });
});
