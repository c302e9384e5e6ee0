import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-cec-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const journal = join(dir, "journal.csv");
writeFileSync(journal, [
  "Bénévole;Association;Date;Date de fin;Durée (en heures)",
  "Alice;Les Amis;2025-01-06;2025-01-31;210",
  "Bob;Les Amis;2025-02-03;2025-02-28;150",
  "Chloé;Les Amis;2025-02-03;2025-02-28;82",
  "",
].join("\n"));
const roles = join(dir, "roles.csv");
writeFileSync(roles, "Bénévole;Rôle;Association\nAlice;Présidente;Les Amis\nBob;Trésorier;\nChloé;Bénévole;Les Amis\n");

const run = runCli;

describe("valorise rapport: CEC", () => {
  it("carries the CEC columns in the JSON report, with --roles", async () => {
    const { code, out } = await run("rapport", journal, "--json", "--roles", roles);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.roles).toBe(roles);
    expect(report.cec.aDeclarerAvant).toBe("2026-06-30");
    expect(report.cec.benevoles.map((b: Record<string, unknown>) => [b.benevole, b.statut, b.heuresQualifiantes, b.droitsAnnee, b.droitsCumules, b.aValiderAvant])).toEqual([
      ["Alice", "Éligible", 210, 240, 240, "2026-12-31"],
      ["Bob", "À compléter", 150, 0, 0, "2026-12-31"],
      ["Chloé", "Non éligible", 0, 0, 0, ""],
    ]);
    expect(report.cec.benevoles[1].texte).toBe("À compléter : 150 h dans « Les Amis », 200 h requises : il manque 50 h dans d'autres associations");
  });

  it("prints a CEC section; without roles every status is subject to the role", async () => {
    const { code, out } = await run("rapport", journal);
    expect(code).toBe(0);
    expect(out).toContain("Compte d'Engagement Citoyen 2025 (rôles : colonne Rôle du journal (aucune table des rôles : option --roles))");
    expect(out).toContain("- Alice : Éligible sous réserve : 210 h en 2025");
    expect(out).toContain("Note : Droits cumulés plafonnés à 720 €");
  });

  it("names the rows of the roles table that match nothing, in the text and the JSON", async () => {
    const stray = join(dir, "stray.csv");
    writeFileSync(stray, "Bénévole;Rôle;Association\nAlice;Présidente;Les Âmis\nChloe;Animat⋅eur⋅rice;Les Amis\n");
    const note1 = "Table des rôles, ligne 2, colonne « Association » : « Les Âmis » ne correspond à aucune association du journal ; « Les Amis » y figure";
    const note2 = "Table des rôles, ligne 3, colonne « Bénévole » : « Chloe » ne correspond à aucun bénévole du journal ; « Chloé » y figure";
    const json = JSON.parse((await run("rapport", journal, "--json", "--roles", stray)).out);
    expect(json.cec.notes).toEqual(expect.arrayContaining([note1, note2]));
    const { code, out } = await run("rapport", journal, "--roles", stray);
    expect(code).toBe(0);
    expect(out).toContain(`Note : ${note1}\nNote : ${note2}`);
  });

  it("exits 1 with a French message when the roles table has no Rôle column", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "Bénévole;Poste\nAlice;Présidente\n");
    const { code, err } = await run("rapport", journal, "--roles", bad);
    expect(code).toBe(1);
    expect(err).toMatch(/^Erreur : Table des rôles : colonnes « Bénévole » et « Rôle » attendues/);
  });
});
