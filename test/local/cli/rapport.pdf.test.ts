// `valorise rapport --sortie DOSSIER --pdf` through the built command line (npm run build first):
// one yearly report PDF per association, named and checked like the other report files.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError, parseArgs } from "../../../src/local/cli/args";
import { pdfInfo, pdfText } from "../../pdf/pdfText";
import { freshFolders, runCli } from "./io";

const ROOT = join(import.meta.dirname, "..", "..", "..");
/** A fresh folder for one test. */
const folder = freshFolders("valorise-rapport-pdf-");

const SAMPLE = ["examples/benevalo-export.csv", "--roles", "examples/roles.csv", "--associations", "examples/associations.csv"];
const PDFS = {
  "rapport-2025-amicale-laïque-de-quimper.pdf": ["Amicale Laïque de Quimper", "exercice 2025"],
  "rapport-2024-2025-club-sportif-de-villeurbanne.pdf": ["Club Sportif de Villeurbanne", "exercice clos le 30/06/2025"],
  "rapport-2025-les-jardins-partagés-de-belleville.pdf": ["Les Jardins Partagés de Belleville", "exercice 2025"],
} as const;

function valorise(...args: string[]) {
  if (!existsSync(join(ROOT, "dist-local", "cli.js"))) throw new Error("dist-local/cli.js est absent : lancez « npm run build » avant ces tests.");
  return spawnSync(process.execPath, ["bin/valorise.js", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("valorise rapport --pdf", () => {
  it("writes one yearly report PDF per association beside its workbook, and names it in the summary", { timeout: 60_000 }, () => {
    const dir = folder();
    const r = valorise("rapport", ...SAMPLE, "--sortie", dir, "--pdf");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort();
    expect(pdfs).toEqual(Object.keys(PDFS).sort());
    for (const [name, [association, period]] of Object.entries(PDFS)) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      expect(pdfInfo(bytes)["Title"]).toBe(`Rapport annuel du bénévolat — ${association} — ${period}`);
      const text = pdfText(bytes).replace(/[\u202f\u00a0]/g, " ");
      expect(text).toMatch(new RegExp(`^Association\\s+${association}$`, "m"));
      expect(text).toMatch(/^Journal\s+benevalo-export\.csv \(2207 lignes lues\)$/m);
      expect(text).toMatch(/^864\s+Personnel bénévole\s+[\d ]+,\d\d €$/m);
      expect(text).toContain("Compte d'engagement citoyen (CEC) 2025");
      expect(text).toMatch(/^Erreur\s+178\s+Date\s+Date illisible/m);
      expect(r.stdout).toContain(name);
    }
    // the Jardins' PDF says the figures its JSON report says
    const json = JSON.parse(readFileSync(join(dir, "rapport-2025.json"), "utf8"));
    const jardins = json.associations.find((a: { association: { nom: string } }) => a.association.nom === "Les Jardins Partagés de Belleville");
    const text = pdfText(new Uint8Array(readFileSync(join(dir, "rapport-2025-les-jardins-partagés-de-belleville.pdf")))).replace(/[\u202f\u00a0]/g, " ");
    const amount = /^Montant valorisé\s+([\d ]+,\d\d) €$/m.exec(text)![1]!;
    expect(Number(amount.replace(/ /g, "").replace(",", "."))).toBe(jardins.valorisation.montant);
  });

  it("writes no PDF without --pdf", { timeout: 30_000 }, () => {
    const dir = folder();
    expect(valorise("rapport", ...SAMPLE, "--sortie", dir).status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith(".pdf"))).toEqual([]);
  });

  it("keeps a PDF already in the folder and writes nothing, then replaces it with --ecraser", { timeout: 60_000 }, () => {
    const dir = folder();
    const kept = join(dir, "rapport-2025-les-jardins-partagés-de-belleville.pdf");
    writeFileSync(kept, "%PDF-1.7 signé par la présidente\n");
    const refused = valorise("rapport", ...SAMPLE, "--sortie", dir, "--pdf");
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`Erreur : Ces fichiers existent déjà dans le dossier « ${dir} » ; rien n'a été écrit :\n- rapport-2025-les-jardins-partagés-de-belleville.pdf\n`);
    expect(readFileSync(kept, "utf8")).toBe("%PDF-1.7 signé par la présidente\n");
    expect(readdirSync(dir)).toEqual(["rapport-2025-les-jardins-partagés-de-belleville.pdf"]);

    const replaced = valorise("rapport", ...SAMPLE, "--sortie", dir, "--pdf", "--ecraser");
    expect(replaced.status).toBe(0);
    expect(pdfInfo(new Uint8Array(readFileSync(kept)))["Title"]).toBe("Rapport annuel du bénévolat — Les Jardins Partagés de Belleville — exercice 2025");
  });

  it("refuses --pdf without --sortie, in French, with the usage text", async () => {
    expect(() => parseArgs(["rapport", "journal.csv", "--pdf"])).toThrow(UsageError);
    expect(() => parseArgs(["rapport", "journal.csv", "--pdf"])).toThrow("--pdf va avec --sortie DOSSIER : le rapport annuel en PDF est écrit dans ce dossier, avec le classeur.");
    expect(parseArgs(["rapport", "journal.csv", "--pdf", "--sortie", "out"])).toMatchObject({ pdf: true, outDir: "out" });
    const r = await runCli("rapport", "examples/benevalo-export.csv", "--pdf");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^--pdf va avec --sortie DOSSIER : le rapport annuel en PDF est écrit dans ce dossier, avec le classeur\.\n\nValorise : valorisation/);
  });
});
