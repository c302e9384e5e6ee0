// The valuation options and outputs of `valorise rapport`, run in process.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/local/cli/args";
import { main } from "../../../src/local/cli/main";
import { bufferIo } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-valo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const journal = join(dir, "journal.csv");
writeFileSync(journal, [
  "Bénévole;Date;Durée (en heures);Catégorie;Projet;Niveau;Distance (en km)",
  "Alice;2024-10-15;10;Gouvernance;Fête;Expert;100",
  "Bob;2024-11-15;10;Événements;Jardin;;20",
  "Bob;2024-11-16;-1;Événements;Jardin;;",
].join("\n"));
const rates = join(dir, "taux.csv");
writeFileSync(rates, "Niveau;Taux\nExpert;30\n");

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("valorise rapport: valuation", () => {
  it("reads the valuation options", () => {
    expect(parseArgs(["rapport", "j.csv", "--taux", "15", "--coefficient=1,45", "--plan", "CRC 99-01", "--siren", "123456789", "--electrique", "--abandon-frais"]))
      .toMatchObject({ valuation: { rate: "15", coefficient: "1,45", chart: "CRC 99-01", siren: "123456789", electric: true, waived: true } });
    expect(parseArgs(["rapport", "j.csv"])).not.toHaveProperty("valuation");
  });

  it("carries amounts and accounts in --json", async () => {
    const { code, out } = await run("rapport", journal, "--annee", "2024", "--json", "--coefficient", "1,45");
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.associations[0].valorisation).toMatchObject({ heures: 20, montant: 341.19, coefficient: "1,45", baseEtp: 1607 });
    expect(r.associations[0].valorisation.taux.map((t: { eurosParHeure: number }) => t.eurosParHeure)).toEqual([11.65, 11.88]);
    expect(r.associations[0].comptabilite.comptes.map((c: { compte: string; debit: number; credit: number }) => [c.compte, c.debit, c.credit]))
      .toEqual([["864", 341.19, 0], ["875", 0, 341.19]]);
    expect(r.associations[0].comptabilite.cloture).toBe("2024-12-31");
    expect(r.associations[0].comptabilite.note).toContain("coefficient 1,45");
  });

  it("writes the workbook, the CSV files and the entries files with the options given", async () => {
    const out = join(dir, "sortie");
    const { code, out: stdout } = await run(
      "rapport", journal, "--annee", "2025", "--sortie", out, "--table-taux", rates, "--taux", "20", "--plan", "99-01",
      "--siren", "123 456 789", "--base-etp", "1820", "--taux-km", "0,3", "--abandon-frais", "--cloture", "30/06",
    );
    expect(code).toBe(0);
    // exercice 2025 closing on 30/06: from 01/07/2024, so October and November 2024 are in it
    expect(stdout).toContain("Valorisation (exercice clos le 30/06/2025) : 20,00 h");
    expect(stdout).toContain("taux horaire par niveau (1 taux), à défaut taux forfaitaire de 20 €/h");
    for (const name of ["rapport-2025.json", "rapport-2024-2025.xlsx", "benevoles-2024-2025.csv", "comptabilite-2024-2025.csv",
      "ecritures-benevolat-123456789-20250630.txt", "ecritures-benevolat-paheko-123456789-20250630.csv"]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    // Alice 10 h x 30 (Expert) + Bob 10 h x 20 = 500
    // CRC 99-01: 870 for volunteering, 625 / 754 for the mileage given up
    const bytes = readFileSync(join(out, "ecritures-benevolat-123456789-20250630.txt"));
    const entries = new TextDecoder("iso-8859-15").decode(bytes).split("\r\n").slice(1, -1).map((l) => l.split("\t"));
    expect(entries.map((l) => [l[2], l[4], l[11], l[12]])).toEqual([
      ["1", "864", "300,00", "0,00"], ["1", "870", "0,00", "300,00"],
      ["1", "864", "200,00", "0,00"], ["1", "870", "0,00", "200,00"],
      ["2", "625", "30,00", "0,00"], ["2", "754", "0,00", "30,00"],
      ["2", "625", "6,00", "0,00"], ["2", "754", "0,00", "6,00"],
    ]);
    const paheko = Papa.parse<string[]>(readFileSync(join(out, "ecritures-benevolat-paheko-123456789-20250630.csv"), "utf8").slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(paheko.slice(1).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([
      ["VAL2024-2025", "30/06/2025", "864", "300,00", ""], ["VAL2024-2025", "30/06/2025", "870", "", "300,00"],
      ["VAL2024-2025", "30/06/2025", "864", "200,00", ""], ["VAL2024-2025", "30/06/2025", "870", "", "200,00"],
      ["ABF2024-2025", "30/06/2025", "625", "30,00", ""], ["ABF2024-2025", "30/06/2025", "754", "", "30,00"],
      ["ABF2024-2025", "30/06/2025", "625", "6,00", ""], ["ABF2024-2025", "30/06/2025", "754", "", "6,00"],
    ]);
    expect(stdout).toContain("Écritures de clôture à importer dans le logiciel comptable (ce n'est pas le FEC)");
    const csv = Papa.parse<string[]>(readFileSync(join(out, "benevoles-2024-2025.csv"), "utf8").slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(csv.map((r) => [r[0], r[3], r[4], r[6], r[7]])).toEqual([
      ["Bénévole", "ETP", "Valorisation (€)", "Frais kilométriques (€)", "Réduction d'impôt (€)"],
      // no associations table says the association is within CGI art. 200: no receipt, no tax reduction
      ["Alice", "0,01", "300,00", "30,00", "0,00"],
      ["Bob", "0,01", "200,00", "6,00", "0,00"],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "rapport-2024-2025.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Synthèse", "Bénévoles", "CEC", "Valorisation", "Comptabilité", "Anomalies"]);
    expect(wb.getWorksheet("Anomalies")!.rowCount).toBe(2);
  });

  it("names a rate-table row that matches no level, in the JSON and in the text, and does not claim the table was used", async () => {
    const typo = join(dir, "coquille.csv");
    writeFileSync(typo, "Niveau;Taux\nExpret;30\n");
    const { out } = await run("rapport", journal, "--annee", "2024", "--json", "--table-taux", typo);
    const v = JSON.parse(out).associations[0].valorisation;
    expect(v.tauxSansCorrespondance).toEqual([{ libelle: "Expret", suggestion: "Expert" }]);
    expect(v.libellesSansTaux).toEqual([{ libelle: "Expert", heures: 10, actions: 1 }, { libelle: "", heures: 10, actions: 1 }]);
    expect(v.methode).toBe("SMIC horaire brut en vigueur à la date de chaque action");
    expect(v.montant).toBe(235.3);
    expect(v.avertissements[0]).toBe(
      "La ligne « Expret » de la table de taux ne correspond à aucune valeur de la colonne « Niveau » du journal (vouliez-vous dire « Expert » ?) : son taux n'est appliqué à aucune heure.",
    );
    expect(JSON.parse(out).associations[0].comptabilite.note).toContain("La table de taux n'a pas été appliquée : aucune de ses lignes (« Expret »)");

    const text = (await run("rapport", journal, "--annee", "2024", "--table-taux", typo)).out;
    expect(text).toContain("Méthode : SMIC horaire brut en vigueur à la date de chaque action\nAttention :\n- La ligne « Expret » de la table de taux");
    expect(text).toContain("- Heures sans taux dans la table, valorisées au SMIC horaire brut en vigueur à la date de chaque action : « Expert » (10 h), sans niveau (10 h).");
    const fine = JSON.parse((await run("rapport", journal, "--annee", "2024", "--json", "--table-taux", rates)).out).associations[0].valorisation;
    expect([fine.tauxSansCorrespondance, fine.avertissements]).toEqual([
      [], ["Heures sans taux dans la table, valorisées au SMIC horaire brut en vigueur à la date de chaque action : sans niveau (10 h)."],
    ]);
  });

  it("values --taux \"2 x SMIC\" at the SMIC of each action's date, in --json", async () => {
    const { code, out } = await run("rapport", journal, "--annee", "2024", "--json", "--taux", "2 x SMIC");
    expect(code).toBe(0);
    const v = JSON.parse(out).associations[0].valorisation;
    // 10 h x 23.30 + 10 h x 23.76
    expect(v.montant).toBe(470.6);
    expect(v.taux).toEqual([
      { source: "forfait", libelle: "Taux forfaitaire de 2 × SMIC horaire brut au 01/01/2024", eurosParHeure: 23.3, heures: 10, montant: 233 },
      { source: "forfait", libelle: "Taux forfaitaire de 2 × SMIC horaire brut au 01/11/2024", eurosParHeure: 23.76, heures: 10, montant: 237.6 },
    ]);
    expect(v.methode).toBe("taux forfaitaire de 2 × SMIC horaire brut en vigueur à la date de chaque action");
    const table = join(dir, "taux-smic.csv");
    writeFileSync(table, "Niveau;Taux\nExpert;150 % SMIC\n");
    // Alice 10 h x 17.475 (Expert), Bob 10 h x 20
    expect(JSON.parse((await run("rapport", journal, "--annee", "2024", "--json", "--table-taux", table, "--taux", "20")).out).associations[0].valorisation.montant).toBe(374.75);
    const bad = await run("rapport", journal, "--taux", "deux SMIC");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^--taux : « deux SMIC » n'est pas un taux : attendu des euros par heure, 1000 au plus \(par exemple 11,88\), ou un multiple du SMIC, 80 au plus \(par exemple 2 x SMIC ou 150 % SMIC\)\./);
  });

  it("exits 2 on a bad option value and 1 on a bad rate table", async () => {
    expect((await run("rapport", journal, "--coefficient", "beaucoup")).code).toBe(2);
    expect((await run("rapport", journal, "--siren", "12")).err).toMatch(/SIREN/);
    for (const [closing, why] of [
      ["29/02", "« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03."],
      ["31/13", "« 31/13 » n'existe pas : il n'y a pas de mois 13."],
      ["31-12", "« 31-12 » n'est pas une date de clôture : écrivez JJ/MM, par exemple 31/12 ou 30/06."],
    ]) {
      const refused = await run("rapport", journal, "--cloture", closing!);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`--cloture : ${why}`);
    }
    const badTable = join(dir, "mauvais.csv");
    writeFileSync(badTable, "Couleur;Taux\nBleu;3\n");
    const bad = await run("rapport", journal, "--table-taux", badTable);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Erreur : Table de taux/);
  });
});
