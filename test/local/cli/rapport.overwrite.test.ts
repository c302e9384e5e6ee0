// `valorise rapport --sortie` never writes over a file it reads, nor over a report file already
// there unless --ecraser: real files in a temporary folder, bytes compared before and after.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/local/cli/args";
import { freshFolders, runCli } from "./io";

const ROOT = join(import.meta.dirname, "..", "..", "..");
/** A fresh folder for one test. */
const folder = freshFolders("valorise-ecraser-");

/** A journal as a spreadsheet exports it: one association, unnamed, so its files are rapport-2025.xlsx, benevoles-2025.csv… */
const JOURNAL = [
  "Prénom;Nom;Date;Durée (en heures);Catégorie;Distance (en km)",
  "Anne;Roy;2025-03-01;2,5;Gouvernance;12",
  "Ben;Lefèvre;2025-03-08;3;Animation;",
  "Anne;Roy;2025-04-12;4;Animation;",
].join("\n");
const OUTPUTS = [
  "rapport-2025.json", "rapport-2025.xlsx", "benevoles-2025.csv", "comptabilite-2025.csv",
  "ecritures-benevolat-20251231.txt", "ecritures-benevolat-paheko-20251231.csv",
];

const files = (dir: string) => readdirSync(dir).sort();

describe("valorise rapport --sortie: the files read are never written over", () => {
  it("refuses `rapport benevoles-2025.csv --sortie .`, the journal named like an output, and leaves it as it was", () => {
    const dir = folder();
    writeFileSync(join(dir, "benevoles-2025.csv"), JOURNAL);
    const before = readFileSync(join(dir, "benevoles-2025.csv"));
    // the command exactly as typed, from the journal's folder, through the built command line
    const r = spawnSync(process.execPath, [join(ROOT, "bin/valorise.js"), "rapport", "benevoles-2025.csv", "--sortie", "."], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "Erreur : Le rapport serait écrit sur un fichier que Valorise lit, dans le dossier « . » ; rien n'a été écrit :\n" +
        "- benevoles-2025.csv : c'est le journal lu (benevoles-2025.csv)\n" +
        "Valorise n'écrit jamais sur un fichier qu'il lit : choisissez un autre dossier avec --sortie, ou renommez le fichier lu.\n",
    );
    expect(r.stdout).toBe("");
    expect(readFileSync(join(dir, "benevoles-2025.csv")).equals(before)).toBe(true);
    expect(files(dir)).toEqual(["benevoles-2025.csv"]);
  });

  it("refuses it with --ecraser too", async () => {
    const dir = folder();
    const journal = join(dir, "benevoles-2025.csv");
    writeFileSync(journal, JOURNAL);
    const r = await runCli("rapport", journal, "--sortie", dir, "--ecraser");
    expect(r.code).toBe(2);
    expect(r.err).toContain("- benevoles-2025.csv : c'est le journal lu");
    expect(readFileSync(journal, "utf8")).toBe(JOURNAL);
    expect(files(dir)).toEqual(["benevoles-2025.csv"]);
  });

  it("refuses a --roles file named like an output, naming the option, and writes nothing", async () => {
    const dir = folder();
    const journal = join(folder(), "journal.csv");
    writeFileSync(journal, JOURNAL);
    const roles = join(dir, "comptabilite-2025.csv");
    writeFileSync(roles, "Bénévole;Rôle\nAnne Roy;Présidente\n");
    const before = readFileSync(roles);
    const r = await runCli("rapport", journal, "--roles", roles, "--sortie", dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`- comptabilite-2025.csv : c'est la table des rôles (--roles ${roles})\n`);
    expect(r.out).toBe("");
    expect(readFileSync(roles).equals(before)).toBe(true);
    expect(files(dir)).toEqual(["comptabilite-2025.csv"]);
  });

  it("refuses a link to the journal in the output folder, symbolic or hard, even with --ecraser", async () => {
    const journal = join(folder(), "journal.csv");
    writeFileSync(journal, JOURNAL);
    for (const [make, says, ...more] of [
      [symlinkSync, "c'est un lien vers le journal lu"], [symlinkSync, "c'est un lien vers le journal lu", "--ecraser"],
      [linkSync, "c'est le journal lu"], [linkSync, "c'est le journal lu", "--ecraser"],
    ] as const) {
      const dir = folder();
      make(journal, join(dir, "benevoles-2025.csv"));
      const r = await runCli("rapport", journal, "--sortie", dir, ...more);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`- benevoles-2025.csv : ${says} (${journal})`);
      expect(readFileSync(journal, "utf8")).toBe(JOURNAL);
      expect(files(dir)).toEqual(["benevoles-2025.csv"]);
    }
  });

  it("refuses a --table-taux, --alias or --associations file named like an output", async () => {
    const journal = join(folder(), "journal.csv");
    writeFileSync(journal, JOURNAL);
    const tables = [
      ["--table-taux", "benevoles-2025.csv", "Catégorie;Taux\nAnimation;15\n", "la table de taux"],
      ["--alias", "ecritures-benevolat-paheko-20251231.csv", "Nom dans le journal;Nom retenu\nAnne Roi;Anne Roy\n", "la table des alias"],
      ["--associations", "comptabilite-2025-club.csv", "Association;SIREN\nClub;\n", "la table des associations"], // its only association names the files
    ];
    for (const [option, name, content, what] of tables) {
      const dir = folder();
      writeFileSync(join(dir, name!), content!);
      const r = await runCli("rapport", journal, option!, join(dir, name!), "--sortie", dir);
      expect(r.code, option).toBe(2);
      expect(r.err, option).toContain(`- ${name} : c'est ${what} (${option} ${join(dir, name!)})`);
      expect(readFileSync(join(dir, name!), "utf8")).toBe(content);
      expect(files(dir)).toEqual([name]);
    }
  });
});

describe("valorise rapport --sortie: report files already there are kept unless --ecraser", () => {
  it("keeps an annotated rapport-2025.xlsx and writes nothing, then replaces every file with --ecraser", async () => {
    const dir = folder();
    const journal = join(folder(), "journal.csv");
    writeFileSync(journal, JOURNAL);
    expect((await runCli("rapport", journal, "--sortie", dir)).code).toBe(0);
    expect(files(dir)).toEqual([...OUTPUTS].sort());
    // the treasurer annotates the workbook and deletes the JSON report
    const workbook = join(dir, "rapport-2025.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    wb.getWorksheet("Synthèse")!.getCell("F1").value = "Vérifié par la trésorière le 12/01/2026";
    await wb.xlsx.writeFile(workbook);
    rmSync(join(dir, "rapport-2025.json"));
    const annotated = readFileSync(workbook);
    const csv = readFileSync(join(dir, "benevoles-2025.csv"));

    const refused = await runCli("rapport", journal, "--sortie", dir);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toBe(
      `Erreur : Ces fichiers existent déjà dans le dossier « ${dir} » ; rien n'a été écrit :\n` +
        OUTPUTS.slice(1).map((n) => `- ${n}\n`).join("") +
        "Valorise ne remplace pas un fichier existant, qui a pu être annoté. Pour les remplacer, relancez la commande avec " +
        "--ecraser ; pour les garder, choisissez un autre dossier avec --sortie.\n",
    );
    expect(readFileSync(workbook).equals(annotated)).toBe(true);
    expect(readFileSync(join(dir, "benevoles-2025.csv")).equals(csv)).toBe(true);
    // nothing written: not even the JSON report, which was not there
    expect(files(dir)).toEqual(OUTPUTS.slice(1).sort());

    const replaced = await runCli("rapport", journal, "--sortie", dir, "--ecraser");
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain(`Rapport écrit : ${join(dir, "rapport-2025.json")}`);
    expect(files(dir)).toEqual([...OUTPUTS].sort());
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.readFile(workbook);
    expect(fresh.getWorksheet("Synthèse")!.getCell("F1").value).toBe(null);
    expect(fresh.getWorksheet("Bénévoles")!.getRow(2).getCell(1).value).toBe("Anne Roy");
  });

  it("refuses a folder where a report file should go, even with --ecraser, before writing anything", async () => {
    const dir = folder();
    const journal = join(folder(), "journal.csv");
    writeFileSync(journal, JOURNAL);
    mkdirSync(join(dir, "benevoles-2025.csv"));
    for (const more of [[], ["--ecraser"]]) {
      const r = await runCli("rapport", journal, "--sortie", dir, ...more);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `Erreur : Un dossier porte le nom d'un fichier du rapport, dans le dossier « ${dir} » ; rien n'a été écrit :\n- benevoles-2025.csv\n` +
          "Valorise ne remplace pas un dossier, même avec --ecraser : déplacez-le, ou choisissez un autre dossier avec --sortie.\n",
      );
      expect(files(dir)).toEqual(["benevoles-2025.csv"]);
    }
  });

  it("refuses two associations whose files would have the same name, instead of writing one over the other", async () => {
    const dir = folder();
    const journal = join(folder(), "journal.csv");
    writeFileSync(journal, "Prénom;Nom;Date;Durée (en heures);Association\nAnne;Roy;2025-03-01;2;Club A !\nBen;Roy;2025-03-02;3;Club A ?\n");
    const r = await runCli("rapport", journal, "--sortie", dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Erreur : Deux fichiers écrits porteraient le même nom, rapport-2025-club-a\.xlsx : celui de « Club A [!?] » \(exercice 2025\) et celui de « Club A [!?] » \(exercice 2025\)\./);
    expect(r.err).toContain("--association NOM --sortie DOSSIER");
    expect(files(dir)).toEqual([]);
  });

  it("reads --ecraser, and refuses it without --sortie or with a value", async () => {
    expect(parseArgs(["rapport", "j.csv", "--sortie", "out", "--ecraser"])).toMatchObject({ outDir: "out", overwrite: true });
    expect(parseArgs(["rapport", "j.csv", "--écraser", "--sortie", "out"])).toMatchObject({ overwrite: true });
    expect(parseArgs(["rapport", "j.csv", "--sortie", "out"])).not.toHaveProperty("overwrite");
    const alone = await runCli("rapport", "j.csv", "--ecraser");
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/^--ecraser va avec --sortie DOSSIER : il remplace les fichiers de même nom déjà présents dans ce dossier\.\n/);
    expect((await runCli("rapport", "j.csv", "--sortie", "out", "--ecraser=oui")).err).toMatch(/^L'option --ecraser ne prend pas de valeur\./);
  });
});
