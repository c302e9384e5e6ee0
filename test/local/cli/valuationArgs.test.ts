// `valorise rapport` with values a treasurer can only have mistyped: each refused in French, exit 2,
// naming the option and what would do, never a stack trace nor an engine message.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-bounds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const journal = join(dir, "journal.csv");
writeFileSync(journal, "Bénévole;Date;Durée (en heures);Distance (en km)\nAlice;2025-03-02;10;12\nBob;2025-03-03;2;123456789012\n");

const RATE = "attendu des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC).";

/** The first line of standard error (the usage text follows), with the exit code. */
async function refusal(...options: string[]): Promise<[number, string]> {
  const { code, err, out } = await runCli("rapport", journal, "--json", ...options);
  expect(out).toBe("");
  expect(err).not.toMatch(/Error|BigInt|at .*\(|Erreur inattendue/);
  return [code, err.split("\n")[0]!];
}

describe("valuation options out of their bounds", () => {
  it("refuses --coefficient 1e308 (an English BigInt RangeError before) and 99 999 999 999", async () => {
    expect(await refusal("--coefficient", "1e308")).toEqual([2, "--coefficient : « 1e308 » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45."]);
    expect(await refusal("--coefficient", "99999999999")).toEqual([2, "--coefficient : « 99999999999 » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45."]);
    expect(await refusal("--coefficient=NaN")).toEqual([2, "--coefficient : « NaN » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45."]);
  });

  it("refuses --taux 1e15, Infinity, 1001 and 81 x SMIC", async () => {
    for (const rate of ["1e15", "Infinity", "1001", "81 x SMIC"]) expect(await refusal("--taux", rate)).toEqual([2, `--taux : « ${rate} » n'est pas un taux : ${RATE}`]);
    expect(await refusal("--taux", "0")).toEqual([2, `--taux : « 0 » n'est pas un taux positif : ${RATE}`]);
  });

  it("refuses --base-etp 0,000001, --taux-km 1e308, --cv 1e1 and --territoire lune", async () => {
    expect(await refusal("--base-etp", "0,000001")).toEqual([2, "--base-etp : « 0,000001 » n'est pas une base ETP plausible : attendu un nombre d'heures de 100 à 2500, par exemple 1607 ou 1820."]);
    expect(await refusal("--taux-km", "1e308")).toEqual([2, "--taux-km : « 1e308 » n'est pas un taux kilométrique plausible : attendu des euros par km de 0,01 à 2, par exemple 0,32."]);
    expect(await refusal("--cv", "1e1")).toEqual([2, "--cv : « 1e1 » n'est pas une puissance fiscale (un nombre entier de 1 à 99)."]);
    expect(await refusal("--cv", "0x10")).toEqual([2, "--cv : « 0x10 » n'est pas une puissance fiscale (un nombre entier de 1 à 99)."]);
    expect(await refusal("--territoire", "lune")).toEqual([2, "--territoire : « lune » n'est pas un territoire connu : attendu « métropole » ou « Mayotte »."]);
  });

  it("values with the bounds themselves, and leaves out the row of 123 456 789 012 km with its reason", async () => {
    const { code, out } = await runCli("rapport", journal, "--json", "--annee", "2025", "--coefficient", "10", "--base-etp", "2500", "--taux", "1000", "--taux-km", "2", "--cv", "99", "--territoire", "Métropole");
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.associations[0].valorisation.montant).toBe(100_000); // 10 h x 1000 €/h x 10
    expect(JSON.stringify(report)).toContain("Distance « 123456789012 » : plus de 40\u202f000 km (le tour de la Terre) pour une action, faute de frappe probable");
  });
});
