// A journal whose names and cells hold control characters (screen clearing, window title, bell,
// carriage return, backspace, C1 CSI and NEL, DEL, a bidi override): the built command line shows
// them escaped on the terminal, and the CSV and entries files it writes hold none of them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const dir = mkdtempSync(join(tmpdir(), "valorise-controles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any character a terminal could act on; line feeds apart (the output's own lines). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const action = (first: string, last: string, hours: number, extra: Record<string, string> = {}) => ({
  Prénom: first, Nom: last, Association: "Club", Date: "2025-03-01", "Durée (en heures)": hours, Catégorie: "Autre", Projet: "", ...extra,
});
const ACTIONS = [
  action("Alice\u001b[2J", "Martin", 2, { Catégorie: "Gouvernance\u001b]0;piégé\u0007" }),
  action("Bob", "Dupont\rRoux", 3),
  action("Chloé", "Petit\bZ", 1, { Projet: "Jardin\u009b2J" }),
  action("Dédé", "Lef\u202eèvre", 1.5, { Catégorie: "Autre\u007f" }),
  action("Fanny\u0085Blanc", "", 1),
  action("Bob", "Dupont Roux", 1),
  action("Dédé", "Lefèvre", 0.5),
  action("Éric", "Roux", 1, { Date: "2025-03-04\r\u202e\u001b[31m" }),
];
const journal = join(dir, "journal.json");
// As Bénévalibre's JSON writes what JSON.stringify leaves raw: escaped (the reader refuses raw C1 bytes).
writeFileSync(journal, JSON.stringify(ACTIONS).replace(/[\u007f-\u009f\u202a-\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));

function valorise(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/valorise.js", "rapport", journal, "--taux", "12", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let text: ReturnType<typeof valorise>;
const out = join(dir, "sortie");

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist-local", "cli.js"))) throw new Error("dist-local/cli.js est absent : lancez « npm run build » avant ces tests.");
  text = valorise("--sortie", out);
});

describe("control characters from the journal", () => {
  it("are shown escaped in the text report, where no raw one is left", () => {
    expect(text.code).toBe(0);
    expect(text.out).not.toMatch(RAW);
    expect(text.err).not.toMatch(RAW);
    for (const shown of [
      "Alice\\u001b[2J Martin", "Gouvernance\\u001b]0;piégé\\u0007", "Chloé Petit\\u0008Z", "Jardin\\u009b2J", "Fanny\\u0085Blanc", "Autre\\u007f",
      "« 2025-03-04\\u000d\\u202e\\u001b[31m »",
    ]) {
      expect(text.out).toContain(shown);
    }
  });

  it("keep the names matching: same person with a CR or a bidi override, columns still aligned", () => {
    const table = text.out.split("\n\n").find((p) => p.startsWith("Bénévole "))!.split("\n");
    const hoursEnd = table[0]!.indexOf("Heures") + "Heures".length;
    const row = (name: string) => table.find((l) => l.startsWith(`${name} `))!;
    expect(row("Bob Dupont Roux").slice(0, hoursEnd)).toMatch(/ 4,00$/);
    expect(row("Dédé Lefèvre").slice(0, hoursEnd)).toMatch(/ 2,00$/);
    expect(row("Alice\\u001b[2J Martin").slice(0, hoursEnd)).toMatch(/ 2,00$/);
    expect(row("Fanny\\u0085Blanc").slice(0, hoursEnd)).toMatch(/ 1,00$/);
  });

  it("are removed from the CSV files, line breaks becoming spaces", () => {
    const csvs = readdirSync(out).filter((f) => f.endsWith(".csv"));
    expect(csvs.sort()).toEqual(["benevoles-2025-club.csv", "comptabilite-2025-club.csv", "ecritures-benevolat-paheko-20251231-club.csv"]);
    for (const file of csvs) {
      const content = readFileSync(join(out, file), "utf8");
      expect(content.replace(/\r\n/g, "\n")).not.toMatch(RAW);
    }
    const rows = Papa.parse<string[]>(readFileSync(join(out, "benevoles-2025-club.csv"), "utf8").slice(1), { delimiter: ";" }).data;
    const hours = Object.fromEntries(rows.slice(1).filter((r) => r.length > 1).map((r) => [r[0], r[1]]));
    expect(hours).toEqual({ "Bob Dupont Roux": "4", "Dédé Lefèvre": "2", "Alice[2J Martin": "2", "Chloé PetitZ": "1", "Fanny Blanc": "1" });
    expect(readFileSync(join(out, "comptabilite-2025-club.csv"), "utf8")).toContain(`;"Gouvernance]0;piégé";`);
  });

  it("are removed from the entries import file (A47 A-1, ISO 8859-15)", () => {
    const file = readdirSync(out).find((f) => f.endsWith(".txt"))!;
    const lines = new TextDecoder("iso-8859-15").decode(readFileSync(join(out, file))).split("\r\n");
    expect(lines.pop()).toBe("");
    for (const line of lines) {
      expect(line.split("\t")).toHaveLength(18);
      for (const field of line.split("\t")) expect(field).not.toMatch(RAW);
    }
    expect(lines.some((l) => l.includes("\tValorisation du bénévolat 2025 (taux forfaitaire de 12 €/h) - Jardin2J\t"))).toBe(true);
  });

  it("are shown escaped in an error message on stderr (a header of the journal quoted)", () => {
    const path = join(dir, "sans-date.json");
    writeFileSync(path, '[{"Nom":"Ana","Quand\\u001b]0;titre\\u0007":"2025-01-01","Durée":2}]');
    const result = spawnSync(process.execPath, ["bin/valorise.js", "rapport", path], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(RAW);
    expect(result.stderr).toContain("En-têtes trouvés : « Nom », « Quand\\u001b]0;titre\\u0007 », « Durée ».");
  });

  it("stay exact in --json output, escaped so that the JSON text printed holds none raw", () => {
    const json = valorise("--json");
    expect(json.code).toBe(0);
    expect(json.out).not.toMatch(RAW);
    const report = JSON.parse(json.out);
    // the same values as the report file written by JSON.stringify
    expect(report).toEqual(JSON.parse(readFileSync(join(out, "rapport-2025.json"), "utf8")));
    const names = report.associations[0].benevoles.map((b: { benevole: string }) => b.benevole);
    expect(names).toEqual(expect.arrayContaining(["Alice\u001b[2J Martin", "Chloé Petit\bZ", "Fanny\u0085Blanc", "Dédé Lefèvre", "Bob Dupont Roux"]));
  });
});
