// valorise rapport on a journal of several associations: one part per association, the associations
// table, one association chosen, exercices and free periods; run in process on the sample journal.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../src/local/cli/main";
import type { ReportJson } from "../../../src/local/cli/report";
import { bufferIo } from "./io";

const SAMPLE = "examples/benevalo-export.csv";
const ASSOCIATIONS = "examples/associations.csv";
const CLUB = "Club Sportif de Villeurbanne";
const dir = mkdtempSync(join(tmpdir(), "valorise-assoc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
async function json(...argv: string[]): Promise<ReportJson> {
  const r = await run("rapport", SAMPLE, "--json", ...argv);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as ReportJson;
}

describe("valorise rapport: one part per association", () => {
  it("gives each association of the sample its own valuation and accounts, named, and keeps only hours across them", async () => {
    const r = await json("--annee", "2025", "--associations", ASSOCIATIONS, "--roles", "examples/roles.csv");
    expect(r.associations.map((a) => [a.association.nom, a.association.siren, a.periode.libelle])).toEqual([
      ["Amicale Laïque de Quimper", null, "exercice 2025"],
      [CLUB, "900000019", "exercice clos le 30/06/2025"],
      ["Les Jardins Partagés de Belleville", "900000001", "exercice 2025"],
    ]);
    for (const a of r.associations) {
      expect(a.comptabilite!.comptes[0]!.debit).toBe(a.valorisation.montant);
      expect(a.benevoles.every((b) => b.associations.every((n) => n === a.association.nom))).toBe(true);
    }
    // the club's exercice runs from 01/07/2024: its hours are not the calendar year's
    expect(r.associations[1]!.periode).toMatchObject({ du: "2024-07-01", au: "2025-06-30" });
    expect(r.toutesAssociations).toMatchObject({ du: "2025-01-01", au: "2025-12-31", associations: 3, heures: 3145.75 });
    expect(Object.keys(r.toutesAssociations!)).not.toContain("montant");
    expect(r.tableDesAssociations).toEqual({ fichier: ASSOCIATIONS, problemes: [] });
    expect(r.cec!.notes[0]).toContain("« Amicale Laïque de Quimper »");
    // the CEC counts every association of the journal, with the hours in each
    const jerome = r.cec!.benevoles.find((b) => b.benevole === "Jérôme Le Goff")!;
    expect([jerome.statut, jerome.parAssociation]).toEqual(["Éligible", [
      { association: "Amicale Laïque de Quimper", heures: 120, heuresRetenues: 120 },
      { association: CLUB, heures: 90, heuresRetenues: 90 },
    ]]);
    const text = (await run("rapport", SAMPLE, "--annee", "2025", "--roles", "examples/roles.csv")).out;
    expect(text).toContain(`(Amicale Laïque de Quimper : 120,00 h ; ${CLUB} : 90,00 h)`);
  });

  it("writes one file set per association, each named after it, its workbook opening on its Synthèse", async () => {
    const out = join(dir, "sortie");
    const { code, out: text } = await run("rapport", SAMPLE, "--annee", "2025", "--associations", ASSOCIATIONS, "--sortie", out);
    expect(code).toBe(0);
    for (const name of [
      "rapport-2025.json", "rapport-2025-amicale-laïque-de-quimper.xlsx", "benevoles-2024-2025-club-sportif-de-villeurbanne.csv",
      "ecritures-benevolat-900000019-20250630-club-sportif-de-villeurbanne.txt", "ecritures-benevolat-900000001-20251231-les-jardins-partagés-de-belleville.txt",
      "ecritures-benevolat-paheko-20251231-amicale-laïque-de-quimper.csv",
    ]) expect(existsSync(join(out, name)), name).toBe(true);
    expect(text).toContain(`Fichiers de « ${CLUB} » (exercice clos le 30/06/2025) : rapport-2024-2025-club-sportif-de-villeurbanne.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "rapport-2024-2025-club-sportif-de-villeurbanne.xlsx"));
    const synthese = wb.getWorksheet("Synthèse")!;
    expect(synthese.getRow(1).getCell(1).value).toBe(`Valorise – ${CLUB} – Synthèse – exercice clos le 30/06/2025`);
    expect(synthese.getRow(3).values).toEqual([undefined, "SIREN", "900000019"]);
    // the entries of the club are dated on its closing day
    const entries = new TextDecoder("iso-8859-15").decode(readFileSync(join(out, "ecritures-benevolat-900000019-20250630-club-sportif-de-villeurbanne.txt")));
    expect(entries.split("\r\n")[1]!.split("\t")[3]).toBe("20250630");
  });

  it("reports one association named loosely, and refuses an unknown one or a SIREN for several, in French", async () => {
    const r = await json("--annee", "2025", "--association", "  club SPORTIF de villeurbanne ");
    expect(r.associations.map((a) => a.association.nom)).toEqual([CLUB]);
    const unknown = await run("rapport", SAMPLE, "--association", "Les Jardins");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      "Erreur : Association « Les Jardins » absente du journal (associations du journal : « Amicale Laïque de Quimper », « Club Sportif de Villeurbanne », « Les Jardins Partagés de Belleville »).\n",
    );
    const siren = await run("rapport", SAMPLE, "--siren", "900000019");
    expect(siren.code).toBe(2);
    expect(siren.err).toContain("choisissez l'association du rapport, ou décrivez chacune dans la table des associations. Option --association NOM.");
    const closing = await run("rapport", SAMPLE, "--cloture", "30/06");
    expect([closing.code, closing.err]).toEqual([2, expect.stringContaining("valent pour une seule association, et le rapport en compte 3")]);
    expect((await json("--siren", "900000019", "--association", CLUB)).associations[0]!.association.siren).toBe("900000019");
  });

  it("reads an associations table with a bad SIREN: the row's other cells kept, the cell reported with its row", async () => {
    const table = join(dir, "associations.csv");
    writeFileSync(table, "Association;SIREN;Clôture\nClub Sportif de Villeurbanne;900000018;30/06\n");
    const r = await run("rapport", SAMPLE, "--annee", "2025", "--associations", table, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Attention : .*associations\.csv, ligne 2, colonne « SIREN » : « 900000018 »/);
    const report = JSON.parse(r.out) as ReportJson;
    expect(report.tableDesAssociations!.problemes).toEqual([{ ligne: 2, colonne: "SIREN", probleme: expect.stringContaining("900000018") }]);
    const club = report.associations.find((a) => a.association.nom === CLUB)!;
    expect([club.association.siren, club.periode.au]).toEqual([null, "2025-06-30"]);
  });
});

describe("valorise rapport: exercices and periods", () => {
  it("refuses a closing day that does not exist every year, and a closing date of another year, in French", async () => {
    const leap = await run("rapport", SAMPLE, "--cloture", "29/02");
    expect([leap.code, leap.err.split("\n")[0]]).toEqual([2, "--cloture : « 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03."]);
    const month = await run("rapport", SAMPLE, "--cloture", "31/13");
    expect([month.code, month.err.split("\n")[0]]).toEqual([2, "--cloture : « 31/13 » n'existe pas : il n'y a pas de mois 13."]);
    const old = await run("rapport", SAMPLE, "--annee", "2025", "--association", CLUB, "--cloture", "31/12/1999");
    expect(old.code).toBe(1);
    expect(old.err).toBe("Erreur : La clôture du 31/12/1999 ne ferme pas l'exercice 2025 : indiquez la clôture en JJ/MM (par exemple 31/12 ou 30/06), ou une date de 2025.\n");
  });

  it("takes the exercice a dated closing closes when no year is given", async () => {
    const r = await json("--association", CLUB, "--cloture", "30/06/2025");
    expect(r.annee).toBe(2025);
    expect(r.associations[0]!.periode).toEqual({ type: "exercice", du: "2024-07-01", au: "2025-06-30", libelle: "exercice clos le 30/06/2025" });
  });

  it("gives totals and valuation over --du / --au, without accounts, and wants both days", async () => {
    const r = await json("--association", CLUB, "--du", "01/03/2025", "--au", "2025-05-31");
    const a = r.associations[0]!;
    expect(a.periode).toEqual({ type: "periode", du: "2025-03-01", au: "2025-05-31", libelle: "période du 01/03/2025 au 31/05/2025" });
    expect(a.comptabilite).toBeNull();
    expect(a.valorisation.heures).toBeGreaterThan(0);
    expect(a.benevoles.every((b) => b.premiereAction >= "2025-03-01" && b.derniereAction <= "2025-05-31")).toBe(true);
    expect(a.notes).toContain("Période libre (du 01/03/2025 au 31/05/2025) : totaux et valorisation seulement ; les comptes portent sur un exercice.");
    const half = await run("rapport", SAMPLE, "--du", "01/03/2025");
    expect([half.code, half.err.split("\n")[0]]).toEqual([2, "--du et --au vont ensemble : indiquez le premier et le dernier jour de la période."]);
    const bad = await run("rapport", SAMPLE, "--du", "31/02/2025", "--au", "01/03/2025");
    expect([bad.code, bad.err.split("\n")[0]]).toEqual([2, "--du : « 31/02/2025 » n'est pas une date (attendu JJ/MM/AAAA, par exemple 01/03/2025)."]);
  });
});
