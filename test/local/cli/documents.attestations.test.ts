import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfPages } from "../../pdf/pdfText";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-attestations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLES = ["examples/benevalo-export.csv", "--roles", "examples/roles.csv", "--associations", "examples/associations.csv"];
const SIGNATORY = ["--signataire", "Hélène Durand", "--qualite", "Présidente", "--lieu", "Paris"];
const squash = (text: string) => text.replace(/\s+/g, " ");

describe("valorise attestations on the example journal", () => {
  it("writes each volunteer's attestation with its CEC page, each association's bundle and its valideur's list", async () => {
    const out = join(dir, "all");
    const { code, out: stdout, err } = await runCli("attestations", ...EXAMPLES, ...SIGNATORY, "--sortie", out);
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(46);
    expect(stdout).toContain("46 documents écrits :");
    expect(files.filter((f) => f.startsWith("attestations-"))).toEqual([
      "attestations-2024-2025-club-sportif-de-villeurbanne.pdf",
      "attestations-2025-amicale-laïque-de-quimper.pdf",
      "attestations-2025-les-jardins-partagés-de-belleville.pdf",
    ]);
    expect(files.filter((f) => f.startsWith("valideur-cec-"))).toHaveLength(3);
    expect(err).toContain("Attention : « Amicale Laïque de Quimper » : 5,00 h sans nom de bénévole : aucune attestation pour ces heures.");

    const pages = pdfPages(readFileSync(join(out, "attestation-2025-les-jardins-partagés-de-belleville-hélène-durand.pdf"))).map(squash);
    expect(pages[0]).toContain("atteste que Hélène Durand a participé bénévolement aux activités de l'association du 01/01/2025 au 31/12/2025");
    expect(pages[0]).toContain("pour 231,75 h en 69 actions");
    expect(pages[0]).toContain("Rôle(s) Présidente");
    expect(pages[0]).toMatch(/Gouvernance \(CA, bureau\) 23 78,00 h/);
    const cec = pages.find((p) => p.includes("Compte d'engagement citoyen (CEC) — année 2025"))!;
    expect(cec).toContain("RNA ou SIREN RNA W751000001");
    expect(cec).toContain("30/06/2026");
    expect(cec).toContain("31/12/2026");
    expect(cec).toContain("240 € inscrits sur votre compte personnel de formation (CPF) par année éligible, dans la limite de 720 €");

    // the Club closes on 30/06: its attestations cover that exercice, its CEC the calendar year
    const club = squash(pdfPages(readFileSync(join(out, "attestation-2024-2025-club-sportif-de-villeurbanne-patrick-morel.pdf")))[0]!);
    expect(club).toContain("du 01/07/2024 au 30/06/2025 (exercice clos le 30/06/2025)");
    expect(club).toContain("Rôle(s) en 2025 Président");
  }, 60_000);

  it("writes one volunteer's attestations with --benevole, and refuses a name not in the journal with the close one", async () => {
    const out = join(dir, "one");
    const one = await runCli("attestations", ...EXAMPLES, "--benevole", "hélène durand", "--sortie", out);
    expect(one.code).toBe(0);
    expect(readdirSync(out)).toEqual(["attestation-2025-les-jardins-partagés-de-belleville-hélène-durand.pdf"]);

    const wrong = await runCli("attestations", ...EXAMPLES, "--benevole", "Helene Durand", "--sortie", join(dir, "none"));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe("Erreur : Bénévole « Helene Durand » absent du rapport (nom proche : « Hélène Durand »).\n");
  }, 60_000);
});
