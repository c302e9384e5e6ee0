// Files too big to be read, or that only pretend to be small: refused in French before they take
// the memory, never with an engine's message.
import { truncateSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../src/local/cli/main";
import type { ReportJson } from "../../../src/local/cli/report";
import { MAX_JSON_BYTES } from "../../../src/local/readers/benevalibre-json";
import { readJournalFile } from "../../../src/local/readers/index";
import { parseXlsx } from "../../../src/local/readers/xlsx";
import { bufferIo } from "../cli/io";
import { tmpFolder } from "./tmp";
import { JOURNAL_HEADERS, journalRow } from "./writerFixtures";
import { sheetRows, workbook } from "./xlsxParts";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

async function cli(path: string): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await main(["rapport", path, "--annee", "2025", "--json"], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("XLSX: a compression bomb is refused in French", () => {
  it("refuses a sheet that inflates more than 100 times, before inflating it", async () => {
    // one cell of 30 million spaces: 30 MB of XML deflated to some 30 KB
    const sheetData = sheetRows([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")]) + `<row r="3"><c r="A3" t="inlineStr"><is><t>${" ".repeat(30_000_000)}</t></is></c></row>`;
    const path = tmp.write("bombe.xlsx", workbook([], "Journal", { deflate: true, sheetData }));
    const { code, out, err } = await cli(path);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/^Erreur : .*bombe\.xlsx : La feuille « Journal » du classeur passe de \d+ Ko compressés à 29 Mo \([\d ]+ fois plus\), au-delà des 100 fois qu'atteint un vrai classeur : ce fichier ressemble à une « bombe de décompression » et n'est pas lu\./);
    expect(err).not.toMatch(/Error|at .*\.js/);
  });

  it("refuses a sheet that inflates past the size its archive declares (a directory that lies)", async () => {
    const sheetData = sheetRows([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")]) + `<row r="3"><c r="A3" t="inlineStr"><is><t>${"a".repeat(3_000_000)}</t></is></c></row>`;
    const bytes = workbook([], "Journal", { deflate: true, sheetData, declared: { "xl/worksheets/sheet1.xml": 50_000 } });
    await expect(parseXlsx(bytes)).rejects.toThrow(/La feuille « Journal » du classeur passe de \d+ Ko compressés à \d+ Ko .*« bombe de décompression »/);
  });

  it("refuses a table of shared texts bigger than what a workbook is read with", async () => {
    const bytes = workbook([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît")], "Journal", { deflate: true, declared: { "xl/sharedStrings.xml": 200 * 1024 * 1024 } });
    await expect(parseXlsx(bytes)).rejects.toThrow(
      /^La table des textes partagés du classeur fait 200 Mo une fois décompressée, au-delà des 128 Mo que Valorise lit\. Enregistrez le journal en CSV/,
    );
  });

  it("still reads a deflated workbook of ordinary size", async () => {
    const rows = [JOURNAL_HEADERS, ...Array.from({ length: 3_000 }, (_, i) => journalRow(i + 2, `Bénévole ${i % 40}`))];
    const r = JSON.parse((await cli(tmp.write("grand.xlsx", workbook(rows, "Journal", { deflate: true })))).out) as ReportJson;
    expect(r.lignes).toBe(3_000);
    expect(r.toutesAssociations?.heures).toBe(6_000);
  });

  it("reads a workbook whose last cell is Excel's last (XFD1048576) without building the empty cells between", async () => {
    const sheetData = sheetRows([JOURNAL_HEADERS, journalRow(2, "Zoé Benoît"), journalRow(3, "Karim Haddad")]) + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>fin</t></is></c></row>';
    const path = tmp.write("coin.xlsx", workbook([], "Journal", { deflate: true, sheetData }));
    // (its speed is the bench's to measure: a reader building the empty cells would not finish within the test's timeout)
    const { code, out } = await cli(path);
    expect(code).toBe(0);
    const r = JSON.parse(out) as ReportJson;
    expect(r.toutesAssociations?.benevoles).toBe(2);
    expect(r.lignes).toBe(1_048_575);
    // read whole, as a table beside the journal is, it would be 17 billion cells: refused
    await expect(readJournalFile(path)).rejects.toThrow(/coin\.xlsx : plus de 20 millions de cellules : trop pour une table lue en entier/);
  });

  it("refuses a cell of more than a million characters (Excel holds 32,767), however it is cut in runs", async () => {
    const run = `<r><t>${"a".repeat(600_000)}</t></r>`;
    const sheetData = sheetRows([JOURNAL_HEADERS]) + `<row r="2"><c r="A2" t="inlineStr"><is>${run}${run}</is></c></row>`;
    await expect(parseXlsx(workbook([], "Journal", { sheetData }))).rejects.toThrow(
      /^La cellule A2 de la feuille « Journal » contient plus d'un million de caractères, quand Excel en permet 32 767 : ce fichier n'est pas un journal lisible\.$/,
    );
  });

  it("refuses cell references beyond Excel's grid", async () => {
    const sheetData = sheetRows([JOURNAL_HEADERS]) + '<row r="2"><c r="ZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>';
    await expect(parseXlsx(workbook([], "Journal", { sheetData }))).rejects.toThrow(/^Ce fichier n'est pas un classeur Excel lisible \(\.xlsx\)\.$/);
  });
});

describe("JSON: read whole, bounded", () => {
  it("refuses a JSON file over 64 MB in French, pointing to the CSV export", async () => {
    const path = tmp.write("benevalo-export.json", "[");
    truncateSync(path, MAX_JSON_BYTES + 1); // sparse: nothing is written
    await expect(readJournalFile(path)).rejects.toThrow(
      /benevalo-export\.json : Fichier JSON de 65 Mo, au-delà des 64 Mo qu'un fichier JSON peut faire \(il est lu en entier\)\. Exportez le journal de Bénévalibre en CSV/,
    );
    const { code, err } = await cli(path);
    expect(code).toBe(1);
    expect(err).toMatch(/^Erreur : .*Fichier JSON de 65 Mo/);
  });
});
