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
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
