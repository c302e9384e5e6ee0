import { describe, expect, it } from "vitest";
import { UsageError, parseArgs } from "../../../src/local/cli/args";

describe("parseArgs", () => {
  it("reads the rapport command and its options, in any order", () => {
    expect(parseArgs(["rapport", "journal.csv"])).toEqual({ kind: "rapport", file: "journal.csv", json: false });
    expect(parseArgs(["rapport", "--annee", "2024", "j.xlsx", "--json", "--sortie", "out", "--feuille", "Journal 2024"])).toEqual({
      kind: "rapport", file: "j.xlsx", year: 2024, json: true, outDir: "out", sheet: "Journal 2024",
    });
    expect(parseArgs(["rapport", "--année=2025", "--sortie=dossier", "j.csv"])).toMatchObject({ year: 2025, outDir: "dossier" });
    expect(parseArgs(["rapport", "--", "--bizarre.csv"])).toMatchObject({ file: "--bizarre.csv" });
  });

  it("reads each --colonne champ=\"En-tête\", field names without accents or case, an empty header for none", () => {
    expect(parseArgs(["rapport", "j.csv", "--colonne", "date=Date de l'action", "--colonne=Durée=Temps (h)", "--colonne", "HEURE-FIN=Fin", "--colonne", "distance="]))
      .toMatchObject({ columns: { date: "Date de l'action", duration: "Temps (h)", endTime: "Fin", distance: "" } });
    expect(parseArgs(["rapport", "j.csv"])).not.toHaveProperty("columns");
  });

  it("asks for help", () => {
    for (const argv of [["--help"], ["-h"], ["aide"], ["rapport", "--help"], ["rapport", "x.csv", "-h"]]) {
      expect(parseArgs(argv)).toEqual({ kind: "help" });
    }
  });

  it.each([
    [[], /Commande manquante/],
    [["bilan"], /Commande inconnue : « bilan »/],
    [["--version"], /Option inconnue : --version/],
    [["rapport"], /Fichier du journal manquant/],
    [["rapport", "a.csv", "b.csv"], /Un seul fichier attendu/],
    [["rapport", "a.csv", "--annee"], /L'option --annee attend une valeur/],
    [["rapport", "a.csv", "--annee", "--json"], /L'option --annee attend une valeur/],
    [["rapport", "a.csv", "--annee", "24"], /Année invalide : « 24 »/],
    [["rapport", "a.csv", "--annee=deux-mille"], /Année invalide/],
    [["rapport", "a.csv", "--format", "csv"], /Option inconnue : --format/],
    [["rapport", "a.csv", "--json=oui"], /--json ne prend pas de valeur/],
    [["rapport", "a.csv", "--colonne"], /L'option --colonne attend une valeur/],
    [["rapport", "a.csv", "--colonne", "Date"], /--colonne attend champ="En-tête", par exemple --colonne date="Date de l'action" \(reçu « Date »\)/],
    [["rapport", "a.csv", "--colonne", "quand=Date"], /--colonne : champ inconnu « quand ». Champs possibles : benevole, prenom, nom, pseudo, email, date, fin, horodateur, heures, duree, debut, heure-fin, categorie/],
    [["rapport", "a.csv", "--colonne", "date=A", "--colonne", "date=B"], /le champ « date » est donné deux fois/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("parseArgs: the document commands", () => {
  it("reads attestations and recus with their own options", () => {
    expect(parseArgs(["attestations", "j.csv", "--sortie", "out", "--benevole", "Marie Dupont", "--signataire", "Anne Roy", "--qualite", "présidente", "--lieu", "Lyon"]))
      .toEqual({ kind: "attestations", file: "j.csv", json: false, outDir: "out", volunteer: "Marie Dupont", signatory: { name: "Anne Roy", quality: "présidente", place: "Lyon" } });
    expect(parseArgs(["reçus", "j.csv", "--sortie=out", "--premier-numéro", "2026001", "--benevoles", "b.csv"]))
      .toEqual({ kind: "recus", file: "j.csv", json: false, outDir: "out", firstNumber: 2026001, volunteers: "b.csv" });
    expect(parseArgs(["rapport", "j.csv", "--sortie", "out", "--pdf"])).toEqual({ kind: "rapport", file: "j.csv", json: false, outDir: "out", pdf: true });
  });

  it("refuses an option given to a command that does not take it, and documents without a folder", () => {
    expect(() => parseArgs(["rapport", "j.csv", "--premier-numero", "3"])).toThrow(/--premier-numero va avec la commande « recus »/);
    expect(() => parseArgs(["recus", "j.csv", "--sortie", "o", "--pdf"])).toThrow(/--pdf va avec la commande « rapport »/);
    expect(() => parseArgs(["rapport", "j.csv", "--bénévole", "Marie"])).toThrow(/« attestations » ou « recus »/);
    expect(() => parseArgs(["attestations", "j.csv"])).toThrow(/indiquez le dossier avec --sortie/);
    expect(() => parseArgs(["recus", "j.csv", "--sortie", "o", "--premier-numero", "0"])).toThrow(UsageError);
    expect(() => parseArgs(["recus", "j.csv", "--sortie", "o", "--premier-numero", "12a"])).toThrow(/n'est pas un numéro/);
  });
});
