import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-recus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = ["examples/benevalo-export.csv", "--roles", "examples/roles.csv", "--associations", "examples/associations.csv"];

describe("valorise recus", () => {
  it("says for each association of the sample why it issues no receipt, and writes nothing", async () => {
    const out = join(dir, "a");
    const { code, err } = await runCli("recus", ...SAMPLE, "--cv", "5", "--abandon-frais", "--annee", "2024", "--sortie", out);
    expect(code).toBe(1);
    // « à vérifier » in the table's Article 200 column
    expect(err).toContain("Attention : « Amicale Laïque de Quimper » : aucun reçu fiscal, seul un organisme dont toutes les activités entrent dans le champ de l'article 200 du CGI peut émettre des reçus fiscaux, et sa réponse est « à vérifier »");
    // closes on 30/06: its exercice 2024 spans 2023 and 2024
    expect(err).toContain("Attention : « Club Sportif de Villeurbanne » : aucun reçu fiscal, la période du 01/07/2023 au 30/06/2024 couvre 2023 et 2024");
    // « oui », but no volunteers table to give the donors' addresses
    expect(err).toContain("Attention : « Les Jardins Partagés de Belleville » : aucun reçu fiscal, aucune table des bénévoles (en ligne de commande : --benevoles) ne donne l'adresse des donateurs");
    expect(err).toContain("Aucun document écrit.");
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("says the costs were not given up without --abandon-frais", async () => {
    const { code, err } = await runCli("recus", ...SAMPLE, "--cv", "5", "--du", "01/01/2024", "--au", "31/12/2024", "--sortie", join(dir, "b"));
    expect(code).toBe(1);
    expect(err).toContain("Attention : « Club Sportif de Villeurbanne » : aucun reçu fiscal, les bénévoles n'ont pas renoncé par écrit au remboursement de leurs frais (réglage « abandon de frais », en ligne de commande : --abandon-frais)");
  });

  it("says a volunteer asked for with no kilometres has none", async () => {
    const { code, err } = await runCli("recus", ...SAMPLE, "--cv", "5", "--abandon-frais", "--annee", "2024", "--benevole", "Personne Inconnue", "--sortie", join(dir, "c"));
    expect(code).toBe(1);
    expect(err).toContain("Attention : « Personne Inconnue » : aucun kilomètre à ce nom dans le journal sur la période, aucun reçu fiscal.");
  });
});
