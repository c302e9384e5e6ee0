// « Fichiers »: the server (dist/Code.js in the emulator) sends the sections packed, the page writes
// the files (src/sidebar/exportFiles.ts) and makes each a Blob; those bytes must be the CLI's.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unpackExportSection } from "../../../src/core/export/sectionPack";
import { parseCsv } from "../../../src/local/readers/csv";
import { downloadFiles, fileBlob } from "../../../src/sidebar/exportFiles";
import { sheetFromRows } from "../../../tools/emulator";
import { typedRows } from "../../../tools/preview/document";
import { runCli } from "../../local/cli/io";
import { tmpFolder } from "../../local/readers/tmp";
import { ASSOCIATIONS, call, downloadedFiles, requireBuild, sampleWorld } from "./harness";

const JOURNAL = "examples/benevalo-export.csv";
const SAMPLE = parseCsv(readFileSync(JOURNAL, "utf8"));
const ASSOCIATION_TABLE = sheetFromRows("Associations", typedRows(parseCsv(readFileSync("examples/associations.csv", "utf8"))));
const JARDINS = ASSOCIATIONS[2]!;

/** The sidebar's settings as the form sends them: the CLI's defaults, then the fields given. */
function settings(valuation: Record<string, unknown> = {}, association = { name: "" }, associationSheet = "") {
  return {
    version: 1,
    source: { sheet: "Journal", range: "", rolesSheet: "Rôles", rateSheet: "", associationSheet },
    association,
    valuation,
  };
}

const tmp = tmpFolder("valorise-downloads-");
afterAll(tmp.cleanup);
beforeAll(requireBuild);
let runs = 0;

/** The CSV and entries files `valorise rapport` writes, by name (the workbook and the JSON left aside). */
async function cliFiles(journal: string, ...options: string[]): Promise<Map<string, Buffer>> {
  const dir = join(tmp.dir, `cli-${++runs}`);
  const { code, err } = await runCli("rapport", journal, "--roles", "examples/roles.csv", "--sortie", dir, ...options);
  expect(code, err).toBe(0);
  const names = readdirSync(dir).filter((n) => /\.(csv|txt)$/.test(n));
  return new Map(names.sort().map((n) => [n, readFileSync(join(dir, n))]));
}

/** What the sidebar offers: getDownloads through JSON, then the page's files and Blobs, by name. */
async function sidebarFiles(world: ReturnType<typeof sampleWorld>, input: object): Promise<Map<string, Buffer>> {
  const files = downloadedFiles(world, input);
  const bytes = await Promise.all(files.map(async (f) => {
    const blob = fileBlob(f);
    expect(blob.type).toBe(f.mimeType);
    return [f.name, Buffer.from(await blob.arrayBuffer())] as const;
  }));
  expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  return new Map(bytes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function expectSame(page: Map<string, Buffer>, cli: Map<string, Buffer>): void {
  expect([...page.keys()]).toEqual([...cli.keys()]);
  for (const [name, bytes] of cli) expect(page.get(name)!.equals(bytes), name).toBe(true);
}

describe("getDownloads without a kind: the page writes the CLI's files from the packed sections", () => {
  it("sends one packed section per association, plain JSON, and the page writes each set of the sample journal as the CLI does", async () => {
    const world = sampleWorld([ASSOCIATION_TABLE]);
    const input = { year: 2025, settings: settings({ coefficient: "1,45", mileage: { mode: "bareme", cv: 5, waived: true } }, { name: "" }, "Associations") };
    const { value } = call(world, "getDownloads", input);
    expect(Object.keys(value)).toEqual(["ok", "year", "sets"]);
    expect(value.sets.map((s: unknown[]) => s[0])).toEqual(ASSOCIATIONS);
    const page = await sidebarFiles(world, input);
    const cli = await cliFiles(JOURNAL, "--associations", "examples/associations.csv", "--annee", "2025", "--coefficient", "1,45", "--cv", "5", "--abandon-frais");
    // three sets of four, the table's SIREN and closing day (30/06 for the Club) in the entries files' names
    expect(cli.size).toBe(12);
    expect([...cli.keys()]).toContain("ecritures-benevolat-900000019-20250630-club-sportif-de-villeurbanne.txt");
    expectSame(page, cli);
    // the waived mileage's entry is there, in ISO 8859-15 (é is one byte)
    const entries = page.get("ecritures-benevolat-900000001-20251231-les-jardins-partagés-de-belleville.txt")!;
    expect(new TextDecoder("iso-8859-15").decode(entries)).toContain("\t75412\t");
    expect(entries.includes(Buffer.from("é", "utf8"))).toBe(false);
    expect(downloadFiles(value.sets).slice(0, 4).map((f) => [f.name, f.mimeType, f.charset])).toEqual([
      ["benevoles-2025-amicale-laïque-de-quimper.csv", "text/csv;charset=utf-8", undefined],
      ["comptabilite-2025-amicale-laïque-de-quimper.csv", "text/csv;charset=utf-8", undefined],
      ["ecritures-benevolat-20251231-amicale-laïque-de-quimper.txt", "text/plain;charset=iso-8859-15", "ISO-8859-15"],
      ["ecritures-benevolat-paheko-20251231-amicale-laïque-de-quimper.csv", "text/csv;charset=utf-8", undefined],
    ]);
  });

  it("writes each set under the chart of the associations table, CRC 99-01 for one, as the CLI does", async () => {
    const table = parseCsv(readFileSync("examples/associations.csv", "utf8"));
    const chart = table[0]!.indexOf("Plan comptable");
    const crc = table.map((row) => (row[0] === JARDINS ? row.map((cell, j) => (j === chart ? "CRC 99-01" : cell)) : row));
    const path = tmp.write("associations.csv", crc.map((r) => r.join(";")).join("\n"));
    const world = sampleWorld([sheetFromRows("Associations", typedRows(crc))]);
    const page = await sidebarFiles(world, { year: 2025, settings: settings({ mileage: { mode: "bareme", cv: 5, waived: true } }, { name: "" }, "Associations") });
    const cli = await cliFiles(JOURNAL, "--associations", path, "--annee", "2025", "--cv", "5", "--abandon-frais");
    expect(cli.size).toBe(12);
    expectSame(page, cli);
    // the CRC 99-01 accounts for the Jardins: 870 for the valued hours, 625 / 754 for the mileage given up; ANC 2018-06's for the others
    const paheko = (name: string) => page.get(`ecritures-benevolat-paheko-${name}.csv`)!.toString("utf8");
    for (const account of [";864;", ";870;", ";625;", ";754;"]) expect(paheko("900000001-20251231-les-jardins-partagés-de-belleville")).toContain(account);
    for (const account of [";875;", ";6251;", ";75412;"]) expect(paheko("900000019-20250630-club-sportif-de-villeurbanne")).toContain(account);
  });

  it("writes no accounting nor entries file for the actions with no association, as the CLI does", async () => {
    const association = SAMPLE[0]!.indexOf("Association");
    const rows = SAMPLE.map((row, i) => (i === 1 ? row.map((cell, j) => (j === association ? "" : cell)) : row));
    const journal = tmp.write("journal.csv", rows.map((r) => r.map((cell) => {
      const c = String(cell);
      return /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
    }).join(",")).join("\r\n"));
    const world = sampleWorld([], typedRows(rows));
    const page = await sidebarFiles(world, { year: 2024, settings: settings() });
    const cli = await cliFiles(journal, "--annee", "2024");
    expect([...cli.keys()].filter((n) => n.endsWith("-sans-association.csv"))).toEqual(["benevoles-2024-sans-association.csv"]);
    expectSame(page, cli);
    const { value } = call(world, "getDownloads", { year: 2024, settings: settings() });
    const blank = unpackExportSection(value.sets.at(-1));
    expect([blank.association, blank.accounting]).toEqual([{ name: "", title: "Sans association" }, null]);
  });

  it("writes no entries files when there is nothing to enter (actions of 0 h, no mileage given up), as the CLI does", async () => {
    const rows = [["Bénévole", "Date", "Durée (en heures)", "Distance (en km)"], ["Alice", "2025-03-01", "0", "12,5"], ["Bob", "2025-03-02", "0", "5"]];
    const journal = tmp.write("sans-ecritures.csv", rows.map((r) => r.join(";")).join("\n"));
    const world = sampleWorld([], typedRows(rows));
    const page = await sidebarFiles(world, { year: 2025, settings: settings() });
    const cli = await cliFiles(journal, "--annee", "2025");
    expect([...cli.keys()]).toEqual(["benevoles-2025.csv", "comptabilite-2025.csv"]);
    expectSame(page, cli);
    expect(page.get("benevoles-2025.csv")!.toString("utf8")).toContain("\r\nAlice;0;1;0;0,00;12,5;");
  });
});
