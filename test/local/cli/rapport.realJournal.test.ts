// Issue 13's measured failures, end to end through the command line, on a journal kept the way
// treasurers keep them: a spreadsheet saved by Excel as "CSV UTF-8 (délimité par des points-virgules)"
// (BOM, ";", CRLF), names pasted from a web page (decomposed accents, invisible characters),
// headers in the treasurer's own words.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../src/local/cli/main";
import { bufferIo } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-real-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADERS = ["Nom du bénévole", "Date de l'action", "Durée (heures)", "Distance (km)", "Association", "Rôle", "Titre"];
const rows: string[][] = [];
const day = (i: number) => `${String((i % 28) + 1).padStart(2, "0")}/${String(Math.floor(i / 28) + 3).padStart(2, "0")}/2025`;
// Élodie Roux, president: 22 actions of 5 h typed composed, 20 decomposed, 2 with invisible characters
for (let i = 0; i < 44; i++) {
  const name = i < 22 ? "Élodie Roux" : i < 42 ? "E\u0301lodie Roux" : i === 42 ? "Élodie Roux\u200b" : "\u200fÉlodie Roux";
  const association = i % 3 === 0 ? "Amicale Laïque" : i % 3 === 1 ? "amicale  laïque" : "Amicale Lai\u0308que";
  rows.push([name, day(i), "5", "", association, "Présidente", `Permanence ${i}`]);
}
rows.push(["Helene Durand", "03/03/2025", "2", "", "Amicale Laïque", "Bénévole", "Tri"]);
rows.push(["Hélène Durand", "04/03/2025", "3", "12,5", "Amicale Laïque", "Bénévole", "Tri"]);
rows.push(["Paul Martin", "31/12/9999", "2", "", "Amicale Laïque", "Bénévole", "Date tapée de travers"]);
rows.push(["Paul Martin", "01/03/99", "2", "", "Amicale Laïque", "Bénévole", "Année à deux chiffres"]);
rows.push(["Paul Martin", "05/04/2025", "26", "", "Amicale Laïque", "Bénévole", "Festival"]);
// Léa Roy, with Bénévalibre's default role « Animat⋅eur⋅rice » (U+22C5): 210 h
for (let i = 0; i < 42; i++) rows.push(["Léa Roy", day(i), "5", "", "Amicale Laïque", "Animat\u22c5eur\u22c5rice", `Atelier ${i}`]);
const csv = `\ufeff${[HEADERS, ...rows].map((r) => r.join(";")).join("\r\n")}\r\n`;
const file = join(dir, "journal.csv");
writeFileSync(file, csv, "utf8");
const aliases = join(dir, "alias.csv");
writeFileSync(aliases, "Nom dans le journal;Nom retenu\r\nHelene Durand;Hélène Durand\r\n", "utf8");

let report: any;
let text: string;
beforeAll(async () => {
  const json = bufferIo();
  expect(await main(["rapport", file, "--json"], json)).toBe(0);
  report = JSON.parse(json.stdout());
  const plain = bufferIo();
  expect(await main(["rapport", file], plain)).toBe(0);
  text = plain.stdout();
});

describe("a journal kept by hand, through the command line", () => {
  it("reads the treasurer's own headers, and reports 2025, not the row dated 9999", () => {
    expect(report.annee).toBe(2025);
    expect(report.colonnes.utilisees.map((c: { entete: string }) => c.entete)).toEqual(expect.arrayContaining(["Distance (km)", "Nom du bénévole"]));
  });

  it("counts Élodie Roux once, 220 h in one association, eligible for the CEC", () => {
    const elodie = report.toutesAssociations.parBenevole.filter((b: { benevole: string }) => b.benevole.includes("lodie"));
    expect(elodie.map((b: { benevole: string; heures: number }) => [b.benevole, b.heures])).toEqual([["Élodie Roux", 220]]);
    expect(elodie[0].associations).toEqual(["Amicale Laïque"]);
    const cec = report.cec.benevoles.find((b: { benevole: string }) => b.benevole === "Élodie Roux");
    expect([cec.statut, cec.heuresAssociationPrincipale, cec.droitsAnnee]).toEqual(["Éligible", 220, 240]);
  });

  it("says each grouping of spellings, at its first row, as a row to check", () => {
    const grouped = report.anomalies.filter((a: { probleme: string }) => a.probleme.includes("compté avec"));
    expect(grouped.map((a: { ligne: number; colonne: string }) => [a.ligne, a.colonne])).toEqual([
      [3, "Association"], [4, "Association"], [24, "Nom du bénévole"], [44, "Nom du bénévole"], [45, "Nom du bénévole"],
    ]);
    expect(grouped.every((a: { type: string }) => a.type === "verifier")).toBe(true);
  });

  it("keeps Helene and Hélène apart, listed as a possible duplicate with the hours of each", () => {
    expect(report.doublonsPossibles).toEqual([
      expect.objectContaining({ champ: "benevole", raison: "accents", noms: [
        { nom: "Helene Durand", heures: 2, actions: 1, premiereLigne: 46 },
        { nom: "Hélène Durand", heures: 3, actions: 1, premiereLigne: 47 },
      ] }),
    ]);
    expect(text).toContain("Doublons possibles, jamais regroupés sans votre accord (1)");
  });

  it("merges them once the alias table says so", async () => {
    const io = bufferIo();
    expect(await main(["rapport", file, "--alias", aliases, "--json"], io)).toBe(0);
    const merged = JSON.parse(io.stdout());
    expect(merged.toutesAssociations.parBenevole.find((b: { benevole: string }) => b.benevole === "Hélène Durand").heures).toBe(5);
    expect(merged.doublonsPossibles).toEqual([]);
    expect(merged.alias.regroupements).toEqual([{ ligne: 46, colonne: "Nom du bénévole", nom: "Helene Durand", retenu: "Hélène Durand" }]);
  });

  it("leaves out the date in 9999, counts and flags the two-digit year and the 26 h day, errors first", () => {
    const found = report.anomalies.filter((a: { probleme: string }) => !a.probleme.includes("compté avec"));
    expect(found.map((a: { type: string; ligne: number }) => [a.type, a.ligne])).toEqual([["erreur", 48], ["verifier", 49], ["verifier", 50]]);
    expect(found[0].probleme).toMatch(/31\/12\/9999 à plus d'un an dans le futur/);
    expect(found[2].probleme).toMatch(/plus de 24 h par jour.*comme le fait Bénévalibre/);
    expect(report.toutesAssociations.parBenevole.find((b: { benevole: string }) => b.benevole === "Paul Martin").heures).toBe(26);
  });

  it("reads Bénévalibre's default role « Animat⋅eur⋅rice » as to confirm, never as not qualifying", () => {
    const lea = report.cec.benevoles.find((b: { benevole: string }) => b.benevole === "Léa Roy");
    expect([lea.statut, lea.heuresQualifiantes]).toEqual(["Éligible sous réserve", 210]);
    expect(lea.raison).toMatch(/confirmer/);
  });
});
