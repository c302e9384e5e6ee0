import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText } from "../../pdf/pdfText";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-recus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = ["examples/benevalo-export.csv", "--roles", "examples/roles.csv", "--associations", "examples/associations.csv"];

describe("valorise recus", () => {
  it("writes one receipt per volunteer of the calendar year, numbered on, and says who gets none and why", async () => {
    const out = join(dir, "a");
    const { code, err, out: said } = await runCli("recus", ...SAMPLE, "--benevoles", "examples/benevoles.csv", "--cv", "5", "--abandon-frais", "--annee", "2025",
      "--premier-numero", "2025001", "--signataire", "Anne Roy", "--qualite", "trésorière", "--lieu", "Paris", "--sortie", out);
    expect(code).toBe(0);
    // « à vérifier » in the table's Article 200 column
    expect(err).toContain("Attention : « Amicale Laïque de Quimper » : aucun reçu fiscal, seul un organisme dont toutes les activités entrent dans le champ de l'article 200 du CGI peut émettre des reçus fiscaux, et sa réponse est « à vérifier »");
    expect(err).toContain("Attention : « Bérénice Faure » (« Les Jardins Partagés de Belleville ») : pas de reçu fiscal, son adresse manque dans la table des bénévoles");
    expect(err).toContain("Attention : Anonyme (« Les Jardins Partagés de Belleville ») : pas de reçu fiscal");
    const files = readdirSync(out).sort();
    // the Club closes on 30/06, yet its receipts are for the income year 2025, like the Jardins'
    expect(files.filter((f) => f.startsWith("recu-2025-club-sportif"))).toHaveLength(13);
    expect(files.filter((f) => f.startsWith("recu-2025-les-jardins"))).toHaveLength(11);
    expect(files).toContain("recus-2025-club-sportif-de-villeurbanne.pdf");
    // each association numbers its own receipts from the first number, with no gap
    const numbers = (prefix: string) => files.filter((f) => f.startsWith(prefix)).map((f) => Number(/-(\d{7})-/.exec(f)![1]));
    expect(numbers("recu-2025-club-sportif")).toEqual(Array.from({ length: 13 }, (_, i) => 2025001 + i));
    expect(numbers("recu-2025-les-jardins")).toEqual(Array.from({ length: 11 }, (_, i) => 2025001 + i));
    // every donor's vehicle is in examples/benevoles.csv
    expect(err).not.toContain("véhicule absent");
    expect(said).toContain("26 documents écrits");
    const helene = files.find((f) => f.endsWith("-helène-durand.pdf") || f.endsWith("-hélène-durand.pdf"))!;
    const text = pdfText(readFileSync(join(out, helene)));
    expect(text).toMatch(/Reçu n° 20250\d\d/);
    expect(text).toMatch(/Nom\s+Hélène Durand/);
    expect(text).toMatch(/Adresse\s+11 rue des Exemples, 75020 Paris/);
    // her own car from the volunteers table: 5 CV, electric (+20 %), 199.25 km x 0.636 x 1.2 = 152.07
    expect(text).toMatch(/Montant\s+152,07 €/);
    expect(text).toMatch(/En toutes lettres\s+cent cinquante-deux euros et sept centimes/);
    expect(text).toContain("voiture 5 CV, électrique");
    expect(text).toContain("Fait à Paris, le ");
    expect(text).toContain("Qualité : trésorière");
  });

  it("says the costs were not given up without --abandon-frais", async () => {
    const { code, err } = await runCli("recus", ...SAMPLE, "--cv", "5", "--du", "01/01/2024", "--au", "31/12/2024", "--sortie", join(dir, "b"));
    expect(code).toBe(1);
    expect(err).toContain("Attention : « Club Sportif de Villeurbanne » : aucun reçu fiscal, les bénévoles n'ont pas renoncé par écrit au remboursement de leurs frais (réglage « abandon de frais », en ligne de commande : --abandon-frais)");
  });

  it("refuses a volunteer asked for who is not in the journal, with the close names; says one with no kilometres has none", async () => {
    const unknown = await runCli("recus", ...SAMPLE, "--cv", "5", "--abandon-frais", "--annee", "2024", "--benevole", "Sophie Martan", "--sortie", join(dir, "c"));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Erreur : Bénévole « Sophie Martan » absent du rapport (nom proche : « Sophie Martin »).");
    const none = await runCli("recus", ...SAMPLE, "--cv", "5", "--abandon-frais", "--annee", "2025", "--benevole", "Jérémy Cloarec", "--sortie", join(dir, "d"));
    expect(none.code).toBe(1);
    expect(none.err).toContain("Attention : « Jérémy Cloarec » : aucun kilomètre à ce nom dans le journal sur la période, aucun reçu fiscal.");
  });

  it("gives a volunteer asked for the number of the full run, and says a year with no scale has none", async () => {
    const out = join(dir, "e");
    const { code } = await runCli("recus", ...SAMPLE, "--benevoles", "examples/benevoles.csv", "--cv", "5", "--abandon-frais", "--annee", "2025",
      "--premier-numero", "2025001", "--benevole", "Hélène Durand", "--sortie", out);
    expect(code).toBe(0);
    const full = readdirSync(join(dir, "a")).filter((f) => /^recu-.*-h[ée]l[èe]ne-durand\.pdf$/.test(f));
    expect(readdirSync(out)).toEqual(full);
  });

  it("says a year with no kilometric scale has none, not that its kilometres are worth nothing", async () => {
    const journal = join(dir, "2019.csv");
    writeFileSync(journal, "Prénom,Nom,Association,Date,Durée (en heures),Distance (en km)\nSophie,Martin,Club Sportif de Villeurbanne,2019-05-04,2,300\n");
    const { code, err } = await runCli("recus", journal, "--associations", "examples/associations.csv", "--benevoles", "examples/benevoles.csv",
      "--cv", "5", "--abandon-frais", "--annee", "2019", "--sortie", join(dir, "f"));
    expect(code).toBe(1);
    expect(err).toContain("Attention : « Club Sportif de Villeurbanne » : aucun reçu fiscal, aucun barème kilométrique connu pour les revenus 2019 (le premier est celui de 2020) : kilomètres de 2019 non valorisés.");
    expect(err).not.toContain("rien à attester");
  });
});
