import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JOURNAL = [
  "Prénom;Nom;Date;Durée (en heures);En attente de modération;Distance (en km);Catégorie",
  "Zoé;Benoît;2025-01-01;2.5;False;12.50;Gouvernance (CA, bureau)",
  "zoé ; BENOÎT ;2025-12-31;1;False;;Autre",
  "Karim;Haddad;2025-06-01;3;True;;Autre",
  "Karim;Haddad;31/02/2025;3;False;;Autre",
  "Karim;Haddad;2024-06-01;4;False;;Autre",
  "",
].join("\n");
const journal = join(dir, "journal.csv");
writeFileSync(journal, JOURNAL);

const run = runCli;

describe("valorise (in process)", () => {
  it("prints the French usage with --help", async () => {
    const { code, out, err } = await run("--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^Valorise/);
    expect(out).toContain("valorise rapport <fichier> [--annee AAAA] [--sortie DOSSIER] [--json]");
    expect(err).toBe("");
  });

  it("exits 2 with the usage on a usage error", async () => {
    const { code, out, err } = await run("rapport");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^Fichier du journal manquant\.\n\nValorise/);
  });

  it("exits 1 with a French message when the file is missing", async () => {
    const { code, err } = await run("rapport", join(dir, "absent.csv"));
    expect(code).toBe(1);
    expect(err).toMatch(/^Erreur : Fichier introuvable : .*absent\.csv\n$/);
  });

  it("exits 1 with the journal's message when a required column is missing", async () => {
    const path = join(dir, "sans-date.csv");
    writeFileSync(path, "Bénévole;Durée\nZoé;2\n");
    const { code, out, err } = await run("rapport", path);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/^Erreur : Colonne manquante dans le journal : la date de l'action/);
  });

  it("reports the newest year by default, as text", async () => {
    const { code, out, err } = await run("rapport", journal);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain(`Journal : ${journal} (CSV, UTF-8, 5 lignes)`);
    expect(out).toContain("Année : 2025 (années présentes : 2025, 2024)");
    expect(out).toContain("Actions comptées : 2 en 2025 (année civile), 3 toutes années");
    expect(out).toContain("Lignes écartées : 2 (dont 1 en attente de modération)");
    expect(out).toMatch(/\nZoé Benoît +3,50 +2 +12,50 +41,58 € +01\/01\/2025 +31\/12\/2025 +Gouvernance \(CA, bureau\)\n/);
    expect(out).not.toMatch(/\nKarim Haddad/);
    expect(out).toMatch(/\n +5 +Date +Date illisible « 31\/02\/2025 »/);
    expect(out).toMatch(/En attente de modération.*\(1\), lignes :\n  4\n/);
  });

  it("prints JSON with --json and writes it with --sortie", async () => {
    const outDir = join(dir, "sortie", "2024");
    const { code, out, err } = await run("rapport", journal, "--annee", "2024", "--json", "--sortie", outDir);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const karim = {
      benevole: "Karim Haddad", cle: "karim haddad", anonyme: false, heures: 4, dureeMs: 14_400_000, actions: 1,
      distanceKm: 0, premiereAction: "2024-06-01", derniereAction: "2024-06-01", categories: ["Autre"], associations: [],
    };
    expect(report).toEqual({
      fichier: journal,
      format: "csv",
      encodage: "UTF-8",
      annee: 2024,
      annees: [2025, 2024],
      lignes: 5,
      colonnes: {
        utilisees: [
          { champ: "prenom", libelle: "Prénom", entete: "Prénom", colonne: "A", manuel: false },
          { champ: "nom", libelle: "Nom", entete: "Nom", colonne: "B", manuel: false },
          { champ: "date", libelle: "Date", entete: "Date", colonne: "C", manuel: false },
          { champ: "heures", libelle: "Heures (décimal)", entete: "Durée (en heures)", colonne: "D", manuel: false },
          { champ: "attente", libelle: "En attente de modération", entete: "En attente de modération", colonne: "E", manuel: false },
          { champ: "distance", libelle: "Distance (km)", entete: "Distance (en km)", colonne: "F", manuel: false },
          { champ: "categorie", libelle: "Catégorie", entete: "Catégorie", colonne: "G", manuel: false },
        ],
        ignorees: [],
        avis: [],
      },
      actionsComptees: 3,
      tableDesAssociations: null,
      associations: [{
        association: { nom: "", titre: "Association (nom à renseigner)", siren: null, rna: null, adresse: null, decriteDansLaTable: false },
        periode: { type: "exercice", du: "2024-01-01", au: "2024-12-31", libelle: "exercice 2024" },
        total: { benevoles: 1, heures: 4, dureeMs: 14_400_000, actions: 1, distanceKm: 0 },
        benevoles: [karim],
        heuresParMois: expect.arrayContaining([{ mois: "juin 2024", heures: 4 }, { mois: "décembre 2024", heures: 0 }]),
        valorisation: expect.objectContaining({ heures: 4, montant: 46.6 }),
        comptabilite: expect.objectContaining({ plan: "ANC 2018-06", cloture: "2024-12-31" }),
        notes: [],
      }],
      toutesAssociations: {
        du: "2024-01-01", au: "2024-12-31", associations: 1, benevoles: 1, heures: 4, actions: 1, dureeMs: 14_400_000, distanceKm: 0, parBenevole: [karim],
      },
      anomalies: [
        { ligne: 5, colonne: "Date", probleme: expect.stringContaining("31/02/2025"), type: "erreur", enAttente: false },
        {
          ligne: 3, colonne: "Prénom / Nom", type: "verifier", enAttente: false,
          probleme: "« zoé BENOÎT » compté avec « Zoé Benoît » (même nom, à majuscules et minuscules près)",
        },
        { ligne: 4, colonne: "En attente de modération", probleme: expect.stringContaining("attente"), type: "attente", enAttente: true },
      ],
      doublonsPossibles: [],
      alias: { fichier: null, regroupements: [], problemes: [] },
      cec: expect.objectContaining({ annee: 2024 }),
      roles: null,
    });
    const written = join(outDir, "rapport-2024.json");
    expect(existsSync(written)).toBe(true);
    expect(JSON.parse(readFileSync(written, "utf8"))).toEqual(report);
    expect(err.startsWith(`Rapport écrit : ${written}\nFichiers de « Association (nom à renseigner) » (exercice 2024) : rapport-2024.xlsx, benevoles-2024.csv`)).toBe(true);
    expect(err).toContain("ecritures-benevolat-20241231.txt, ecritures-benevolat-paheko-20241231.csv\n");
    expect(err).toContain("(ce n'est pas le FEC)");
    expect(err.endsWith("(avec --siren ou la table des associations, leur nom porte le SIREN de l'association)\n")).toBe(true);
  });

  it("warns when the year asked for has no action, and still succeeds", async () => {
    const { code, out, err } = await run("rapport", journal, "--annee", "2023");
    expect(code).toBe(0);
    expect(err).toBe("Attention : aucune action comptée en 2023 (années présentes : 2025, 2024).\n");
    expect(out).toContain("Aucune action comptée (exercice 2023).");
  });
});
