// Runs the built command line (bin/valorise.js -> dist-local/cli.js) as a user would, on the sample
// journal, and checks its figures against a recomputation made here straight from the CSV.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const SAMPLE = "examples/benevalo-export.csv";
const dir = mkdtempSync(join(tmpdir(), "valorise-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function valorise(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/valorise.js", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

type Row = Record<string, string>;
const rows = Papa.parse<Row>(readFileSync(join(ROOT, SAMPLE), "utf8"), { header: true, skipEmptyLines: true }).data;

/** Bénévalibre's own rules, written again here: is the row an error, pending, or counted? */
function status(r: Row): "pending" | "error" | "counted" {
  if (r["En attente de modération"] === "True") return "pending";
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
  const valid = (d: string) => iso.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!valid(r.Date)) return "error";
  if (r["Date de fin"] && (!valid(r["Date de fin"]) || r["Date de fin"] < r.Date)) return "error";
  const hours = Number(r["Durée (en heures)"]);
  if (!(hours >= 0)) return "error";
  if (hours === 0 && !(Number(r["Distance (en km)"]) > 0)) return "error";
  return "counted";
}
const nameOf = (r: Row) => `${r["Prénom"]} ${r.Nom}`.replace(/\s+/g, " ").trim().toLowerCase() || r.Pseudo.toLowerCase();
const counted = rows.filter((r) => status(r) === "counted");
const DAY_MS = 86_400_000;
/** Share of a row's hours in a year: an action of several days has the same hours each day. */
function shareIn(r: Row, year: string): number {
  const from = Date.parse(`${r.Date}T00:00:00Z`);
  const until = Date.parse(`${r["Date de fin"] || r.Date}T00:00:00Z`) + DAY_MS;
  const inYear = Math.max(0, Math.min(until, Date.parse(`${Number(year) + 1}-01-01T00:00:00Z`)) - Math.max(from, Date.parse(`${year}-01-01T00:00:00Z`)));
  return inYear / (until - from);
}
const hoursOf = (name: string, year: string) =>
  counted.filter((r) => nameOf(r) === name).reduce((s, r) => s + Number(r["Durée (en heures)"]) * shareIn(r, year), 0);

let report: any;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist-local", "cli.js"))) {
    throw new Error("dist-local/cli.js est absent : lancez « npm run build » avant ces tests.");
  }
  const { code, out, err } = valorise("rapport", SAMPLE, "--json");
  expect(err).toBe("");
  expect(code).toBe(0);
  report = JSON.parse(out);
});

describe("valorise rapport on the sample journal (child process)", () => {
  it("counts every row of the file once: counted or left out", () => {
    expect(report.fichier).toBe(SAMPLE);
    expect(report.format).toBe("csv");
    expect(report.lignes).toBe(rows.length);
    expect(report.actionsComptees).toBe(counted.length);
    // rows to check are counted; errors and pending rows are left out
    expect(report.actionsComptees + report.anomalies.filter((a: any) => a.type !== "verifier").length).toBe(rows.length);
  });

  it("leaves out the pending rows and the broken rows, with their row numbers", () => {
    const line = (r: Row) => rows.indexOf(r) + 2;
    const pending = rows.filter((r) => status(r) === "pending").map(line);
    const broken = rows.filter((r) => status(r) === "error").map(line);
    expect(report.anomalies.filter((a: any) => a.enAttente).map((a: any) => a.ligne)).toEqual(pending);
    expect(report.anomalies.filter((a: any) => a.type === "erreur").map((a: any) => a.ligne)).toEqual(broken);
    expect(broken).toEqual([178, 464, 817, 1148, 1457, 1832]);
  });

  it("defaults to the newest year", () => {
    expect(report.annee).toBe(2025);
    expect(report.annees).toEqual([2025, 2024]);
  });

  it("gives each volunteer the hours recomputed from the CSV", () => {
    for (const b of report.toutesAssociations.parBenevole) {
      const name = b.anonyme ? "" : b.cle;
      expect(b.heures, b.benevole).toBeCloseTo(hoursOf(name, "2025"), 6);
    }
    const names = new Set(counted.filter((r) => shareIn(r, "2025") > 0).map(nameOf));
    expect(report.toutesAssociations.parBenevole.length).toBe(names.size);
    const total = counted.reduce((s, r) => s + Number(r["Durée (en heures)"]) * shareIn(r, "2025"), 0);
    expect(report.toutesAssociations.heures).toBeCloseTo(total, 6);
  });

  it("groups a name written with other case and spaces (Hélène Durand)", () => {
    const variants = new Set(rows.filter((r) => nameOf(r) === "hélène durand").map((r) => `${r["Prénom"]}|${r.Nom}`));
    expect(variants.size).toBeGreaterThan(1);
    const helene = report.toutesAssociations.parBenevole.filter((b: any) => b.cle === "hélène durand");
    expect(helene).toHaveLength(1);
    expect(helene[0].benevole).toBe("Hélène Durand");
    expect(helene[0].heures).toBe(231.75);
  });

  it("lists the volunteers over 200 h in 2025, most hours first", () => {
    const over = report.toutesAssociations.parBenevole.filter((b: any) => b.heures >= 200).map((b: any) => [b.benevole, b.heures]);
    expect(over).toEqual([
      ["Yvonne Le Floch", 271.5], ["Hélène Durand", 231.75], ["Nathalie Girard", 224.25], ["Jérôme Le Goff", 210], ["Sophie Martin", 200],
    ]);
  });

  it("reports another year with --annee and writes the JSON with --sortie", () => {
    const out = join(dir, "sortie");
    const { code, out: stdout, err } = valorise("rapport", SAMPLE, "--annee", "2024", "--sortie", out);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(stdout).toContain("Année : 2024 (années présentes : 2025, 2024)");
    expect(stdout).toMatch(/\nHélène Durand +262,50 /);
    expect(stdout).toContain(`Rapport écrit : ${join(out, "rapport-2024.json")}`);
    const written = JSON.parse(readFileSync(join(out, "rapport-2024.json"), "utf8"));
    expect(written.annee).toBe(2024);
    expect(written.toutesAssociations.parBenevole.find((b: any) => b.benevole === "Nathalie Girard").heures).toBeCloseTo(hoursOf("nathalie girard", "2024"), 6);
  });

  it("gives the same report from the XLSX and JSON exports", { timeout: 30_000 }, () => {
    for (const ext of ["xlsx", "json"]) {
      const { code, out } = valorise("rapport", `examples/benevalo-export.${ext}`, "--json");
      expect(code).toBe(0);
      const other = JSON.parse(out);
      expect({ ...other, fichier: SAMPLE, format: "csv", encodage: "UTF-8" }).toEqual(report);
    }
  });

  it("exits 1 on a missing file and 2 on a usage error, in French", { timeout: 20_000 }, () => {
    const missing = valorise("rapport", "absent.csv");
    expect(missing.code).toBe(1);
    expect(missing.err).toBe("Erreur : Fichier introuvable : absent.csv\n");
    const usage = valorise("rapport", SAMPLE, "--annee");
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("L'option --annee attend une valeur.");
    expect(usage.err).toContain("Utilisation :");
    const help = valorise("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("Utilisation :");
  });
});
