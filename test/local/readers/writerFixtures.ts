// Journals as their writers write them (French Excel, Bénévalibre, Google Forms, exceljs), kept once
// for the command line's reader tests and the sidebar reader's (test/sidebar/import/journalFixtures.ts),
// which must read each of them as `valorise` reads it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeJournalCsv } from "../../../tools/bench/csvFile";
import { STYLE, excel, openpyxl, workbook } from "./xlsxParts";
import type { ZipOptions } from "./zip";

/** The columns of Bénévalibre 2.x's exports, in their order. */
export const BENEVALIBRE_HEADERS = [
  "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
];

/** A hand-kept journal as French Excel holds it, cell by cell. */
export const HAND_KEPT = [
  ["Bénévole", "Date", "Durée (heures)", "Distance (km)", "Frais (€)", "Catégorie", "Association"],
  ["Yann L’Hostis", "01/03/2025", "2,5", "12,5", "4,20 €", "Accueil, accompagnement", "Les Œuvres du Cœur"],
  ["Chloé Le Bœuf", "02/03/2025", "1", "", "", "Collecte « alimentaire »", "Les Œuvres du Cœur"],
  ["Anaïs Guillou", "03/03/2025", "3", "", "", '"Tri; rangement" du local', "Ÿvonne–Œuvre"],
];

/** A journal whose characters ISO 8859-15 holds and Latin-1 does not (LibreOffice « Europe occidentale »). */
export const LATIN9_GRID = [
  ["Bénévole", "Frais", "Association"],
  ["Zoé Benoît", "12,50 €", "Les Œuvres du Cœur"],
  ["Sœur Anne", "3 €", "Šárka Žižková"],
];

/** What Excel writes for a cell: quoted when it holds the separator, a quote or a line break. */
const excelField = (separator: string) => (cell: string) =>
  cell.includes(separator) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** The text of a grid as Excel saves it: CRLF after every row, the last included. */
export const excelText = (grid: string[][], separator: string) => grid.map((row) => row.map(excelField(separator)).join(separator) + "\r\n").join("");

/** Bénévalibre 2.x's CSV export: commas, CRLF, Python's timedelta, float and bool texts, a pseudo « =^.^= ». */
export const BENEVALIBRE_CSV =
  `${BENEVALIBRE_HEADERS.join(",")}\r\n` +
  'Zoé,Benoît,,Les Jardins Partagés de Belleville,Désherbage,"Parcelle nord, puis\r\nserre",2025-03-01,,2:30:00,2.5,False,12.50,"Entretien, technique",,\r\n' +
  ',,,Les Jardins Partagés de Belleville,Fête de quartier,,2024-12-30,2025-01-01,"1 day, 2:00:00",26.0,True,,Animation,Fête,Débutant\r\n' +
  "Karim,Haddad,=^.^=,Club Sportif de Villeurbanne,Réunion,,2025-03-02,,1:20:00,1.3333333333333333,False,,\"Gouvernance (CA, bureau)\",,\r\n";

/** A Google Forms responses sheet downloaded as CSV: « Horodateur » first, the questions as headers. */
export const GOOGLE_FORMS_CSV =
  "Horodateur,Adresse e-mail,Nom et prénom,Date de l'action,Durée (heures),Catégorie,Commentaires\r\n" +
  '15/03/2025 14:32:10,zoe.benoit@example.org,Zoé Benoît,14/03/2025,"2,5",Accueil,\r\n' +
  '16/03/2025 09:05:44,y.lhostis@example.org,Yann L’Hostis,15/03/2025,1,Collecte,"Avec « Les Œuvres du Cœur »\nmatin seulement"';

const NAMES = ["Yann L’Hostis", "Chloé Le Bœuf", "Anaïs Guillou", "Zoé Benoît", "Œdipe Martin", "Ève Dupuis"];
const PLACES = ["Les Œuvres du Cœur", "Amicale « Laïque »", "Club d’échecs"];

/**
 * A journal of `count` actions kept by hand in French Excel, rows joined by CRLF: dates dd/mm/yyyy,
 * hours with a decimal comma, a cost in euros; a row whose unquoted value holds the separator; empty
 * rows Excel writes after an erased row (one with a separator too many), and at the end.
 */
export function handKeptText(count: number, separator: string): string {
  const rows = [["Bénévole", "Date", "Heures", "Distance (km)", "Frais (€)", "Catégorie", "Association"].join(separator)];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    const cells = [NAMES[i % NAMES.length]!, `${day}/${month}/2025`, `${1 + (i % 5)},5`, i % 7 ? "" : "12,5", i % 11 ? "" : "4,20 €", "Accueil", PLACES[i % PLACES.length]!];
    if (i === 1234) cells[6] = `Les Œuvres${separator}du Cœur`; // a separator in an unquoted value: shifted columns
    if (i === 2000) cells[1] = "31/02/2025";
    rows.push(cells.join(separator));
    if (i === 3000) rows.push(separator.repeat(6), separator.repeat(7)); // erased rows, one a field too wide
  }
  rows.push(separator.repeat(6), separator.repeat(9), "");
  return rows.join("\r\n");
}

/** The bench's journal of `rows` actions as Bénévalibre writes its CSV export (tools/bench/csvFile.ts): UTF-8, commas, CRLF, quoted fields, pending and broken rows. */
export function benevalibreCsvExport(rows: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "valorise-export-"));
  try {
    writeJournalCsv(join(dir, "benevalo-export.csv"), rows);
    return new Uint8Array(readFileSync(join(dir, "benevalo-export.csv")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bénévalibre 2.x's XLSX export (tablib + openpyxl): bold headers, every cell written, "=" texts as formulas. */
export function benevalibreXlsx(options: ZipOptions = {}): Uint8Array {
  const { text, number, boolean, date, empty } = openpyxl;
  return workbook([
    BENEVALIBRE_HEADERS.map((h, c) => text(`${String.fromCharCode(65 + c)}1`, h, STYLE.header)),
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
  ], "Tablib Dataset", options);
}

/** A hand-kept workbook saved by Excel: computed formulas with their cached values, and error cells. */
export function excelWorkbook(): Uint8Array {
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

/** A workbook written by exceljs itself: a sheet « Notes » (first unless `journalFirst`) and a sheet « Journal ». */
export async function exceljsWorkbook(journalFirst: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const addNotes = () => book.addWorksheet("Notes").addRow(["rien à lire ici"]);
  if (!journalFirst) addNotes();
  const sheet = book.addWorksheet("Journal");
  sheet.addRow(["Bénévole", "Date", "Durée", "Heures", "Double", "Lien", "Note", "Validé"]);
  const row = sheet.addRow([
    "Hélène Durand",
    new Date(Date.UTC(2025, 2, 1)), // 01/03/2025 as Excel stores it: a serial with no zone
    2.5 / 24, // a time cell: 2:30
    2.5,
    { formula: "D2*2", result: 5 },
    { text: "site du club", hyperlink: "https://example.org" },
    { richText: [{ text: "très " }, { text: "bien", font: { bold: true } }] },
    true,
  ]);
  row.getCell(2).numFmt = "dd/mm/yyyy";
  row.getCell(3).numFmt = "[h]:mm:ss";
  const long = sheet.addRow(["Zoé Benoît", new Date(Date.UTC(2024, 11, 31)), 26 / 24]);
  long.getCell(3).numFmt = "[h]:mm";
  sheet.addRow([]);
  sheet.getCell("A6").numFmt = "@"; // formatted but empty: not a row to keep
  if (journalFirst) addNotes();
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const { text: cellText, number: cellNumber, date: cellDate } = openpyxl;

/** The header cells of a three-column journal as openpyxl writes them (the workbooks too big or too odd to read). */
export const JOURNAL_HEADERS = [cellText("A1", "Bénévole", STYLE.header), cellText("B1", "Date", STYLE.header), cellText("C1", "Durée (en heures)", STYLE.header)];

/** The cells of row `r` of that journal: `name` gave 2 hours on 1 March 2025. */
export const journalRow = (r: number, name: string) => [cellText(`A${r}`, name), cellDate(`B${r}`, "2025-03-01"), cellNumber(`C${r}`, 2)];
