// The journal files the command line's reader tests read (test/local/readers: files built byte by
// byte as each writer writes them, kept in writerFixtures.ts; the sample exports), and hostile ones,
// named as a user would pick them: the sidebar's reader must read each as `valorise` reads it.
import { readFileSync } from "node:fs";
import { iso885915, latin1Bytes, seededBytes, utf16, utf8, windows1252 } from "../../local/readers/bytes";
import {
  BENEVALIBRE_CSV, GOOGLE_FORMS_CSV, HAND_KEPT, JOURNAL_HEADERS, LATIN9_GRID, benevalibreCsvExport, benevalibreXlsx,
  excelText, excelWorkbook, exceljsWorkbook, handKeptText, journalRow,
} from "../../local/readers/writerFixtures";
import { openpyxl, sheetRows, workbook } from "../../local/readers/xlsxParts";
import { zip } from "../../local/readers/zip";

export interface JournalCase {
  title: string;
  /** The file's name, extension included. */
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
}

const file = (path: string) => () => new Uint8Array(readFileSync(path));
const text = (content: string) => () => utf8(content);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * A workbook as Excel itself lays it out: shared texts (runs, phonetic runs, escaped characters),
 * the 1904 date system, built-in and custom number formats (dates or not, with quoted and
 * bracketed parts), ISO date cells, a workbook part elsewhere than xl/ reached by "../" targets.
 */
function excelLayoutWorkbook(): Uint8Array {
  const xfs = [0, 14, 22, 46, 164, 165, 166, 167, 27, 2].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("");
  const shared = [
    "<si><t>Bénévole</t></si>",
    "<si><t>Date</t></si>",
    '<si><r><rPr><b/></rPr><t>Hélène </t></r><r><t xml:space="preserve">Durand</t></r><rPh sb="0" eb="1"><t>ヘレン</t></rPh></si>',
    "<si><t>Ligne_x000D_\nsuite &amp; fin</t></si>",
    "<si><t>Durée</t></si>",
  ].join("");
  const cells = (r: number, values: string[]) => `<row r="${r}">${values.join("")}</row>`;
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>` +
    cells(1, ['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>', '<c r="C1" t="s"><v>4</v></c>', '<c r="D1" t="inlineStr"><is><t>Heures</t></is></c>',
      '<c r="E1" t="inlineStr"><is><t>Note</t></is></c>', '<c r="F1" t="inlineStr"><is><t>Jour</t></is></c>', '<c r="G1" t="inlineStr"><is><t>Texte</t></is></c>']) +
    cells(2, ['<c r="A2" t="s"><v>2</v></c>', '<c r="B2" s="1"><v>44256</v></c>', '<c r="C2" s="3"><v>0.104166666666667</v></c>', '<c r="D2" s="5"><v>2.5</v></c>',
      '<c r="E2" t="s"><v>3</v></c>', '<c r="F2" t="d"><v>2025-03-01</v></c>', '<c r="G2" t="str"><v>a &lt; b</v></c>']) +
    cells(3, ['<c r="A3" t="inlineStr"><is><r><t>Zoé </t></r><r><t>Benoît</t></r></is></c>', '<c r="B3" s="2"><v>44257.75</v></c>', '<c r="C3" s="4"><v>1.5</v></c>',
      '<c r="D3" s="6"><v>3</v></c>', '<c r="E3" s="7"><v>0.5</v></c>', '<c r="F3" t="d"><v>2025-03-02T10:30:00</v></c>', '<c r="G3" s="8"><v>45000</v></c>']) +
    cells(5, ['<c r="A5" t="b"><v>1</v></c>', '<c r="B5" s="9"><v>7</v></c>', '<c r="C5"><f t="shared" ref="C5:C6" si="0">B5*2</f><v>14</v></c>']) +
    cells(6, ['<c r="A6" t="e"><v>#VALUE!</v></c>', '<c r="C6"><f t="shared" si="0"/><v>0</v></c>']) +
    "</sheetData></worksheet>";
  return zip({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="book/workbook.xml"/></Relationships>`,
    "book/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8"?>\n<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/>` +
      `<x:sheets><x:sheet name="Feuil1" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
    "book/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId7" Type="${REL}/worksheet" Target="../sheets/./one.xml"/>` +
      `<Relationship Id="rId8" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId9" Type="${REL}/sharedStrings" Target="/shared/strings.xml"/>` +
      `<Relationship Id="rId10" Type="${REL}/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>`,
    "book/styles.xml":
      `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="4">` +
      `<numFmt numFmtId="164" formatCode="0.00&quot; h&quot;"/><numFmt numFmtId="165" formatCode="[$-40C]d\\ mmmm\\ yyyy"/>` +
      `<numFmt numFmtId="166" formatCode="[Red]0.0"/><numFmt numFmtId="167" formatCode="[h]:mm"/></numFmts>` +
      `<cellXfs count="10">${xfs}</cellXfs></styleSheet>`,
    "shared/strings.xml": `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN}" count="5" uniqueCount="5">${shared}</sst>`,
    "sheets/one.xml": sheet,
  }, { deflate: true });
}

/** A ZIP archive whose entries are marked as encrypted (general purpose flag bit 0). */
function encrypted(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let p = 0; p + 4 <= copy.length; p++) {
    const signature = view.getUint32(p, true);
    if (signature === 0x04034b50) view.setUint16(p + 6, view.getUint16(p + 6, true) | 1, true);
    if (signature === 0x02014b50) view.setUint16(p + 8, view.getUint16(p + 8, true) | 1, true);
  }
  return copy;
}

export const SAMPLE_EXPORTS: JournalCase[] = ["csv", "xlsx", "json"].map((ext) => ({
  title: `the sample Bénévalibre export (.${ext})`,
  name: `benevalo-export.${ext}`,
  bytes: file(`examples/benevalo-export.${ext}`),
}));

export const SIDE_TABLES: JournalCase[] = ["roles", "associations", "benevoles"].map((table) => ({
  title: `the sample ${table} table`,
  name: `${table}.csv`,
  bytes: file(`examples/${table}.csv`),
}));

export const CSV_FILES: JournalCase[] = [
  { title: "French Excel « CSV (séparateur : point-virgule) »: Windows-1252, semicolons, CRLF", name: "journal-excel.csv", bytes: () => windows1252(excelText(HAND_KEPT, ";")) },
  { title: "French Excel « Texte Unicode »: UTF-16 LE with its mark, tabs", name: "journal-unicode.txt", bytes: () => utf16(excelText(HAND_KEPT, "\t"), "LE") },
  { title: "UTF-16 BE with its mark", name: "journal-be.csv", bytes: () => utf16(excelText(HAND_KEPT, ";"), "BE") },
  {
    title: "ISO 8859-15 (LibreOffice « Europe occidentale »)",
    name: "journal-latin9.csv",
    bytes: () => iso885915(excelText(LATIN9_GRID, ";")),
  },
  {
    title: "Bénévalibre 2.x CSV: commas, CRLF, UTF-8, timedelta and float texts, a pseudo « =^.^= »",
    name: "benevalo-export-2x.csv",
    bytes: text(BENEVALIBRE_CSV),
  },
  {
    title: "a Google Forms responses sheet downloaded as CSV",
    name: "Réponses au formulaire 1.csv",
    bytes: text(GOOGLE_FORMS_CSV),
  },
  { title: "a semicolon file with a BOM, CRLF and empty rows at the end", name: "journal.csv", bytes: text("\uFEFFBénévole;Date;Heures, en décimal;Catégorie\r\nHélène Durand;01/03/2025;2,5;Gouvernance (CA, bureau)\r\nZoé Benoît;2025-03-02;1;\r\n\r\n\r\n") },
  { title: "a tab-separated file", name: "journal.tsv", bytes: text("Bénévole\tDate\tDurée\nAnaïs\t2025-01-01\t1:00:00\n") },
  { title: "Latin-1 bytes (Windows-1252)", name: "excel.csv", bytes: () => latin1Bytes("Bénévole;Durée\nZoé;2\n") },
  { title: "a row whose unquoted decimal comma shifts the columns", name: "virgule.csv", bytes: text("Prénom,Nom,Date,Durée (en heures),Distance (en km),Catégorie\r\nZoé,Benoît,2025-03-01,2.5,,Autre\r\nKarim,Haddad,2025-03-02,1.5,12,5,Transport\r\nAnaïs,Guillou,2025-03-03,1,,Autre\r\n") },
  { title: "a stray separator in a semicolon file", name: "separateur.csv", bytes: text("Bénévole;Date;Durée;Catégorie\nZoé;01/03/2025;2;Tri; rangement\n") },
  { title: "rows padded as wide as the header row", name: "large.csv", bytes: text("Bénévole;Date;Durée;;;\r\nZoé;01/03/2025;2;;;\r\nKarim;02/03/2025;1; ;\r\n") },
  { title: "values beyond the headers, empty ones between", name: "trous.csv", bytes: text("A;B\n1;;;x\n") },
  { title: "short rows and an empty row inside", name: "courtes.csv", bytes: text("A;B;C\n1;2;3\n\n4\n") },
  { title: "a quoted field with a newline, a comma and doubled quotes", name: "guillemets.csv", bytes: text('Prénom,Nom,Description,Durée\nZoé,Benoît,"Première ligne,\nseconde ""citée""","1 day, 2:00:00"\nKarim,Haddad,,2:30:00\n') },
  { title: "an empty file", name: "vide.csv", bytes: () => new Uint8Array() },
  { title: "a BOM and empty lines only", name: "vide-bom.csv", bytes: text("\uFEFF\r\n\r\n") },
  { title: "refused: a quote never closed", name: "ouvert.csv", bytes: text('Bénévole,Date\r\nZoé,"01/03') },
];

export const ENCODINGS: JournalCase[] = [
  { title: "UTF-8 with its mark", name: "bom.csv", bytes: () => utf8("Prénom;Œuvre\nZoé;Cœur\n", true) },
  { title: "UTF-16 LE, a character beyond the BMP", name: "emoji-le.txt", bytes: () => utf16("Bénévole\tMontant\r\nL’Hostis\t12,50 €\r\nCœur 🌱\t3\r\n", "LE") },
  { title: "UTF-16 BE, a character beyond the BMP", name: "emoji-be.txt", bytes: () => utf16("Bénévole\tMontant\r\nL’Hostis\t12,50 €\r\nCœur 🌱\t3\r\n", "BE") },
  { title: "every defined Windows-1252 byte of 0x80-0x9F", name: "cp1252.csv", bytes: () => latin1Bytes("Signes\n", Array.from({ length: 32 }, (_, i) => 0x80 + i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)), "\n") },
  { title: "ISO 8859-15 told by € and œ next to letters", name: "latin9.csv", bytes: () => iso885915("Nom;Association;Frais\nCœur;Œuvres sociales;12,50 €\n") },
  { title: "Latin-1 signs kept when nothing points to ISO 8859-15", name: "signes.csv", bytes: () => windows1252("Durée;Note\n1½ h;l´asso\n") },
  { title: "refused: a lone surrogate in UTF-16", name: "surrogate.txt", bytes: () => utf16("A\r\nB\r\n\uD800C\r\n", "LE") },
  { title: "refused: an odd last byte in UTF-16", name: "impair.txt", bytes: () => Uint8Array.from([...utf16("A\nB\n", "BE"), 0x43]) },
  { title: "refused: UTF-16 LE without its mark", name: "sans-bom-le.txt", bytes: () => utf16("Bénévole\tDate\r\nZoé\t2025-01-01\r\n", "LE", false) },
  { title: "refused: UTF-16 BE without its mark", name: "sans-bom-be.txt", bytes: () => utf16("Bénévole\tDate\r\nZoé\t2025-01-01\r\n", "BE", false) },
  { title: "refused: invalid UTF-8 after the UTF-8 mark", name: "bom-abime.csv", bytes: () => Uint8Array.from([...utf8("A;B\r\nZoé;1\r\nAnaïs;2\r\n", true), ...latin1Bytes("Ren", [0xe9], "e;3\r\n")]) },
  { title: "refused: a C1 control written in UTF-8", name: "c1.csv", bytes: () => utf8("Nom\nL\u0092Hostis\n") },
  ...[0x81, 0x8d, 0x8f, 0x90, 0x9d].map((b) => ({
    title: `refused: byte 0x${b.toString(16)} Windows-1252 leaves undefined`,
    name: `indefini-${b.toString(16)}.csv`,
    bytes: () => latin1Bytes("Nom;Montant\r\nZo", [0xe9], ";12\r\nBad", [b], ";3\r\n"),
  })),
  { title: "refused: a PNG image saved as .csv", name: "image.csv", bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]) },
  { title: "refused: a JPEG image saved as .csv", name: "photo.csv", bytes: () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]) },
  { title: "refused: a NUL byte in UTF-8", name: "nul.csv", bytes: () => utf8("A;B\r\n1;2\r\n3;\u00004\r\n") },
  { title: "refused: a NUL byte in Windows-1252", name: "nul-1252.csv", bytes: () => latin1Bytes("A;B\r\nZo", [0xe9], ";2\r\n3;", [0x00], "\r\n") },
  { title: "refused: UTF-8 then rows added in Windows-1252", name: "melange.csv", bytes: () => Uint8Array.from([...utf8("Nom;Association\r\nHélène Durand;Amicale Laïque\r\n"), ...windows1252("Zoé Benoît;Amicale Laïque\r\n")]) },
  { title: "refused: Windows-1252 then rows added in UTF-8", name: "melange-inverse.csv", bytes: () => Uint8Array.from([...windows1252("Nom;Association\r\nZoé Benoît;Amicale\r\n"), ...utf8("Hélène Durand;Amicale Laïque\r\n")]) },
];

/** Files of more than a megabyte: read in several chunks by both. */
export const LARGE_FILES: JournalCase[] = [
  { title: "a Bénévalibre CSV export of 6,000 actions (1.6 MB)", name: "benevalo-export-grand.csv", bytes: () => benevalibreCsvExport(6_000) },
  { title: "French Excel CSV of 30,000 rows (Windows-1252), a shifted row, erased rows", name: "main-courante.csv", bytes: () => windows1252(handKeptText(30_000, ";")) },
  { title: "Excel's Unicode text of 12,000 rows (UTF-16 LE), a character beyond the BMP", name: "main-courante.txt", bytes: () => utf16(handKeptText(12_000, "\t").replace(/Ève Dupuis/g, "Ève 🌱 Dupuis"), "LE") },
  { title: "ASCII first, an accent after 2 MB (Windows-1252)", name: "accent-tardif.csv", bytes: () => windows1252(`Nom;Heures\r\n${"Martin;2\r\n".repeat(200_000)}Zoé L’Hostis;1\r\n`) },
  { title: "ASCII first, « cœur » after 2 MB (ISO 8859-15)", name: "coeur-tardif.csv", bytes: () => iso885915(`Nom;Heures\r\n${"Martin;2\r\n".repeat(200_000)}Cœur;1\r\n`) },
  { title: "refused: a quote never closed, the record past 16 million characters", name: "jamais-ferme.csv", bytes: () => utf8(`Bénévole,Date,Heures\r\nZoé,01/03/2025,2\r\n"Karim,02/03/2025,3\r\n${"Anaïs,03/03/2025,1\r\n".repeat(1_000_000)}`) },
];

export const XLSX_FILES: JournalCase[] = [
  { title: "Bénévalibre's XLSX export (openpyxl): « =^.^= » a formula with an empty cached value", name: "benevalo-export-2x.xlsx", bytes: () => benevalibreXlsx() },
  { title: "the same, deflated", name: "benevalo-export-deflate.xlsx", bytes: () => benevalibreXlsx({ deflate: true }) },
  { title: "an empty <v/> written self-closed", name: "v-vide.xlsx", bytes: () => workbook([[openpyxl.text("A1", "Pseudo")], ['<c r="A2"><f>^.^=</f><v/></c>']]) },
  { title: "Excel's cached formula results and error cells", name: "formules.xlsx", bytes: excelWorkbook },
  { title: "exceljs's workbook: its first sheet (a note) read", name: "journal.xlsx", bytes: () => exceljsWorkbook(false) },
  { title: "exceljs's workbook, the journal first: dates, times, formulas, links, rich text", name: "journal-exceljs.xlsx", bytes: () => exceljsWorkbook(true) },
  { title: "Excel's layout: shared texts, 1904 dates, number formats, ISO dates, '../' targets", name: "classeur-excel.xlsx", bytes: excelLayoutWorkbook },
  { title: "a deflated workbook of 3,000 rows", name: "grand.xlsx", bytes: () => workbook([JOURNAL_HEADERS, ...Array.from({ length: 3_000 }, (_, i) => journalRow(i + 2, `Bénévole ${i % 40}`))], "Journal", { deflate: true }) },
  { title: "refused: a last cell at XFD1048576 (too many cells to read whole)", name: "coin.xlsx", bytes: () => workbook([], "Journal", { deflate: true, sheetData: sheetRows([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")]) + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>fin</t></is></c></row>' }) },
  { title: "refused: a compression bomb (over 100 times)", name: "bombe.xlsx", bytes: () => workbook([], "Journal", { deflate: true, sheetData: sheetRows([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")]) + `<row r="3"><c r="A3" t="inlineStr"><is><t>${" ".repeat(30_000_000)}</t></is></c></row>` }) },
  { title: "refused: a sheet inflating past the size its directory declares", name: "menteur.xlsx", bytes: () => workbook([], "Journal", { deflate: true, sheetData: sheetRows([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")]) + `<row r="3"><c r="A3" t="inlineStr"><is><t>${"a".repeat(3_000_000)}</t></is></c></row>`, declared: { "xl/worksheets/sheet1.xml": 50_000 } }) },
  { title: "refused: shared texts declared beyond what is read", name: "textes.xlsx", bytes: () => workbook([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")], "Journal", { deflate: true, declared: { "xl/sharedStrings.xml": 200 * 1024 * 1024 } }) },
  { title: "refused: a cell of more than a million characters", name: "cellule.xlsx", bytes: () => { const run = `<r><t>${"a".repeat(600_000)}</t></r>`; return workbook([], "Journal", { sheetData: sheetRows([JOURNAL_HEADERS]) + `<row r="2"><c r="A2" t="inlineStr"><is>${run}${run}</is></c></row>` }); } },
  { title: "refused: a reference beyond Excel's grid", name: "zzzz.xlsx", bytes: () => workbook([], "Journal", { sheetData: sheetRows([JOURNAL_HEADERS]) + '<row r="2"><c r="ZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>' }) },
  { title: "refused: a text saved as .xlsx", name: "faux.xlsx", bytes: text("ceci n'est pas un classeur") },
  { title: "refused: an empty .xlsx", name: "vide.xlsx", bytes: () => new Uint8Array() },
  { title: "refused: a workbook cut in half (download stopped)", name: "coupe.xlsx", bytes: () => benevalibreXlsx({ deflate: true }).subarray(0, 1_500) },
  { title: "refused: a workbook missing its last bytes", name: "fin-coupee.xlsx", bytes: () => { const b = benevalibreXlsx({ deflate: true }); return b.subarray(0, b.length - 10); } },
  { title: "refused: a workbook whose sheet data is cut", name: "feuille-coupee.xlsx", bytes: () => { const b = file("examples/benevalo-export.xlsx")(); const d = zipDirectoryStart(b); return Uint8Array.from([...b.subarray(0, d - 4_000), ...b.subarray(d)]); } },
  { title: "refused: random bytes saved as .xlsx", name: "bruit.xlsx", bytes: () => seededBytes(50_000, 17) },
  { title: "refused: random bytes after a ZIP signature", name: "bruit-zip.xlsx", bytes: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...seededBytes(5_000, 3), 0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0xff)]) },
  { title: "refused: a password-protected workbook", name: "chiffre.xlsx", bytes: () => encrypted(benevalibreXlsx({ deflate: true })) },
  { title: "refused: a deflate stream that is not one", name: "flux.xlsx", bytes: () => corruptDeflate(benevalibreXlsx({ deflate: true })) },
];

export const JSON_FILES: JournalCase[] = [
  { title: "an array of objects, null as empty", name: "benevalo-export-simple.json", bytes: text(JSON.stringify([{ Prénom: "Zoé", Nom: "Benoît", Pseudo: null, Date: "2025-01-01", Durée: "2:30:00", "Durée (en heures)": "2.5" }, { Prénom: null, Nom: null, Date: "2025-01-02", Durée: "1 day, 2:00:00", "Distance (en km)": "12.50" }])) },
  {
    title: "Bénévalibre 2.x JSON as tablib writes it",
    name: "benevalo-export-2x.json",
    bytes: text(
      '[{"Prénom": "Zoé", "Nom": "Benoît", "Pseudo": "=^.^=", "Association": "Les Jardins Partagés de Belleville", "Titre": "Vœux", "Description": null, "Date": "2025-03-01", "Date de fin": null, "Durée": "2:30:00", "Durée (en heures)": 2.5, "En attente de modération": false, "Distance (en km)": "12.50", "Catégorie": "Entretien, technique", "Projet": null, "Niveau": null}, ' +
        '{"Prénom": null, "Nom": null, "Pseudo": null, "Association": "Les Jardins Partagés de Belleville", "Titre": "Fête", "Description": "L’après-midi", "Date": "2024-12-30", "Date de fin": "2025-01-01", "Durée": "1 day, 2:00:00", "Durée (en heures)": 26.0, "En attente de modération": true, "Distance (en km)": null, "Catégorie": "Animation", "Projet": "Fête", "Niveau": "Débutant"}]',
    ),
  },
  { title: "a wrapper object, a BOM, numbers, booleans and a list", name: "api.json", bytes: text(`\uFEFF${JSON.stringify({ count: 1, next: null, results: [{ Date: "2025-01-01", Heures: 2.5, Validé: true, Tags: ["a"] }] })}`) },
  { title: "an empty export", name: "vide-liste.json", bytes: text("[]") },
  { title: "JSON in UTF-16 LE with its mark", name: "unicode.json", bytes: () => utf16('[{"Bénévole": "Zoé", "Heures": 2}]', "LE") },
  { title: "refused: a syntax error", name: "syntaxe.json", bytes: text('[{"a": 1},\n{"a" 2}]') },
  { title: "refused: cut before its end", name: "casse.json", bytes: text("[1,") },
  { title: "refused: not a list of actions", name: "objet.json", bytes: text('{"a": 1}') },
  { title: "refused: an element that is not an object", name: "element.json", bytes: text('[{"a": 1}, 2]') },
  { title: "refused: nested too deep", name: "profond.json", bytes: text(`[{"Bénévole": ${"[".repeat(100_000)}${"]".repeat(100_000)}}]`) },
  { title: "refused: an empty file", name: "vide.json", bytes: () => new Uint8Array() },
  { title: "refused: over 64 MB", name: "enorme.json", bytes: () => { const b = new Uint8Array(64 * 1024 * 1024 + 1); b[0] = 0x5b; return b; } },
];

export const FILE_NAMES: JournalCase[] = [
  { title: "an upper-case extension", name: "JOURNAL.CSV", bytes: text("A;B\n1;2\n") },
  { title: "a .TSV", name: "journal.TSV", bytes: text("A\tB\n1\t2\n") },
  { title: "an upper-case .XLSX", name: "EXPORT.XLSX", bytes: () => benevalibreXlsx() },
  { title: "refused: a PDF", name: "rapport.pdf", bytes: text("%PDF-1.7") },
  { title: "refused: an old Excel .xls", name: "journal.xls", bytes: text("x") },
  { title: "refused: a LibreOffice .ods", name: "journal.ods", bytes: text("x") },
  { title: "refused: no extension", name: "journal", bytes: text("A;B\n") },
  { title: "refused: a name that is only an extension", name: ".csv", bytes: text("A;B\n") },
  { title: "refused: a name ending with a dot", name: "journal.", bytes: text("A;B\n") },
];

/** Every case, for the tests that compare the two readers on all of them. */
export const ALL_CASES: JournalCase[] = [...SAMPLE_EXPORTS, ...SIDE_TABLES, ...CSV_FILES, ...ENCODINGS, ...LARGE_FILES, ...XLSX_FILES, ...JSON_FILES, ...FILE_NAMES];

/** Offset of a ZIP archive's central directory (from its end record). */
export function zipDirectoryStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at--) if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true);
  throw new Error("no ZIP end record");
}

/** The workbook with its sheet's deflated data replaced by bytes no inflater reads (a block of the reserved type 3). */
function corruptDeflate(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let p = 0; p + 30 <= copy.length; p++) {
    if (view.getUint32(p, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(p + 26, true);
    const name = Buffer.from(copy.subarray(p + 30, p + 30 + nameLength)).toString("utf8");
    if (name === "xl/worksheets/sheet1.xml") copy[p + 30 + nameLength + view.getUint16(p + 28, true)] = 0x07; // BFINAL 1, BTYPE 11
  }
  return copy;
}
