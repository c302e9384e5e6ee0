import { describe, expect, it } from "vitest";
import { readAliasTable } from "../../../src/core/aliases/table";
import { readJournal } from "../../../src/core/journal/read";
import type { Grid } from "../../../src/core/journal/types";
import { buildCecReport } from "../../../src/core/cec/report";
import { cleanText, identityKey } from "../../../src/core/text/identity";
import { filterActions, sumDurationMs } from "../../../src/core/totals/filter";
import { volunteerTotals } from "../../../src/core/totals/volunteers";

const utc = (d: Date) => d.getTime();
const TODAY = Date.UTC(2026, 10, 29) / 86_400_000;
const read = (grid: Grid, aliases?: Grid) =>
  readJournal(grid, { wallClock: utc, today: TODAY, aliases: aliases && readAliasTable(aliases) });

// Bénévalibre 2.x columns, as its CSV export writes them
const V2 = ["Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau"];
function v2(first: string, last: string, date: string, hours: number, extra: Record<string, string> = {}): string[] {
  const base: Record<string, string> = { Prénom: first, Nom: last, Date: date, "Durée (en heures)": String(hours), "En attente de modération": "False", Titre: `Action du ${date}`, ...extra };
  return V2.map((h) => base[h] ?? "");
}
/** n actions of `hours` each, one a day from 1 March 2025. */
function days(first: string, last: string, n: number, hours: number, extra: Record<string, string> = {}): string[][] {
  return Array.from({ length: n }, (_, i) => v2(first, last, `2025-03-${String((i % 28) + 1).padStart(2, "0")}`, hours, { Titre: `${first} ${i}`, ...extra }));
}

const NFC = "Élodie";
const NFD = "E\u0301lodie";

describe("the identity rule", () => {
  it("folds Unicode forms, invisible characters, case and spaces, and keeps accents", () => {
    expect(NFD).not.toBe(NFC);
    expect(identityKey(`${NFD} Roux`)).toBe(identityKey(`${NFC} Roux`));
    expect(identityKey("Élodie\u200b Roux")).toBe(identityKey("élodie roux"));
    expect(identityKey("\u200fAmicale\u00a0 Laïque ")).toBe(identityKey("amicale laïque"));
    expect(identityKey("Helene Durand")).not.toBe(identityKey("Hélène Durand"));
    expect(cleanText(`${NFD}\u200b  Roux`)).toBe("Élodie Roux");
  });
});

describe("one person typed several ways", () => {
  // 110 h composed, 110 h decomposed (a copy from a web page): one volunteer of 220 h
  const grid = [
    V2,
    ...days(NFC, "Roux", 22, 5, { Association: "Amicale Laïque", Niveau: "Dirigeant" }),
    ...days(NFD, "Roux", 22, 5, { Association: "Amicale Laïque", Niveau: "Dirigeant" }).map((r) => r.map((c) => (c.startsWith(NFD) ? c.replace(NFD, "Elodie") : c))),
  ];
  // the second spelling's titles must differ from the first's so no row is "identical"
  grid.slice(23).forEach((r) => (r[0] = NFD));

  it("counts an NFD and an NFC spelling as one volunteer, shown with the most frequent spelling", () => {
    const extra = v2(NFD, "Roux", "2025-04-01", 1, { Association: "Amicale Laïque" });
    const j = read([...grid, extra]);
    const totals = volunteerTotals(j, 2025);
    expect(totals.map((t) => [t.volunteer, t.hours])).toEqual([["Élodie Roux", 221]]);
    // the merge is said, once, at the first row of the spelling that was not retained
    const merges = j.anomalies.filter((a) => a.kind === "verifier");
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ row: 24, column: "Prénom / Nom" });
    expect(merges[0]!.problem).toContain("accent décomposé");
  });

  it("says which invisible character or spacing was folded", () => {
    const j = read([V2, v2("Zoé", "Benoît", "2025-01-02", 1), v2("Zoé\u200b", "Benoît", "2025-01-03", 1), v2("zoé", " BENOÎT", "2025-01-04", 1), v2("Zoé", "Benoît", "2025-01-05", 1)]);
    expect(volunteerTotals(j).map((t) => [t.volunteer, t.actions])).toEqual([["Zoé Benoît", 4]]);
    expect(j.anomalies.map((a) => [a.row, a.problem])).toEqual([
      [3, "« Zoé\u200b Benoît » compté avec « Zoé Benoît » (même nom, à caractères invisibles (espace de largeur nulle, marque de sens d'écriture) près)"],
      [4, "« zoé BENOÎT » compté avec « Zoé Benoît » (même nom, à majuscules et minuscules près)"],
    ]);
  });

  it("treats a name of invisible characters only as anonymous", () => {
    const j = read([["Bénévole", "Date", "Heures"], ["\u200b", "2025-01-02", 2], ["Léa", "2025-01-02", 1]]);
    expect(volunteerTotals(j).map((t) => [t.volunteer, t.anonymous])).toEqual([["Léa", false], ["Anonyme", true]]);
  });

  it("groups an association typed three ways, so 210 h in it make the CEC", () => {
    const rows = [
      ...days("Paul", "Martin", 14, 5, { Association: "Amicale Laïque" }),
      ...days("Paul", "Martin", 14, 5, { Association: "amicale  laïque" }).map((r, i) => ((r[4] = `b${i}`), r)),
      ...days("Paul", "Martin", 14, 5, { Association: "Amicale Lai\u0308que" }).map((r, i) => ((r[4] = `c${i}`), r)),
    ];
    const j = read([V2, ...rows]);
    expect(j.actions.dictionaries.labels.association.filter(Boolean)).toEqual(["Amicale Laïque"]);
    const cec = buildCecReport(j, 2025, {});
    expect(cec.volunteers[0]!.mainAssociationHours).toBe(210);
    expect(j.anomalies.filter((a) => a.column === "Association").map((a) => a.row)).toEqual([16, 30]);
  });

  it("finds a volunteer typed by a user with another case, spacing or Unicode form", () => {
    const j = read([V2, v2(NFC, "Roux", "2025-01-02", 2)]);
    expect(sumDurationMs(filterActions(j, { volunteer: `  ${NFD}  ROUX` })) / 3_600_000).toBe(2);
    expect(sumDurationMs(filterActions(j, { volunteer: "Elodie Roux" }))).toBe(0);
  });
});

describe("possible duplicates: listed with their hours, never merged", () => {
  const j = read([
    V2,
    v2("Helene", "Durand", "2025-01-02", 2),
    v2("Hélène", "Durand", "2025-01-03", 3),
    v2("Hélène", "Durand", "2025-01-04", 4),
    v2("Martin", "Paul", "2025-01-05", 1),
    v2("Paul", "Martin", "2025-01-06", 5),
    v2("J.", "Dupont", "2025-01-07", 1),
    v2("Jean", "Dupont", "2025-01-08", 6),
    v2("Jeanne", "Moreau", "2025-01-09", 1),
  ]);

  it("lists associations that differ by a ligature (Œuvres / Oeuvres)", () => {
    const j2 = read([V2, v2("Léa", "Roy", "2025-01-02", 2, { Association: "Les Œuvres Laïques" }), v2("Léa", "Roy", "2025-01-03", 1, { Association: "Les Oeuvres laïques" })]);
    expect(j2.possibleDuplicates.map((d) => [d.field, d.reason, d.names.map((n) => n.name)])).toEqual([
      ["association", "accents", ["Les Œuvres Laïques", "Les Oeuvres laïques"]],
    ]);
  });

  it("keeps each spelling apart in the totals", () => {
    expect(volunteerTotals(j).map((t) => t.volunteer).sort()).toEqual(
      ["Helene Durand", "Hélène Durand", "J. Dupont", "Jean Dupont", "Jeanne Moreau", "Martin Paul", "Paul Martin"].sort(),
    );
  });

  it("lists accents only, swapped first and last names, and one initial, with the hours of each spelling", () => {
    expect(j.possibleDuplicates.map((d) => [d.reason, d.names.map((n) => [n.name, n.durationMs / 3_600_000, n.firstRow])])).toEqual([
      ["accents", [["Helene Durand", 2, 2], ["Hélène Durand", 7, 3]]],
      ["ordre", [["Martin Paul", 1, 5], ["Paul Martin", 5, 6]]],
      ["initiale", [["J. Dupont", 1, 7], ["Jean Dupont", 6, 8]]],
    ]);
    expect(j.possibleDuplicates.every((d) => d.field === "volunteer" && d.column === "Prénom / Nom")).toBe(true);
  });
});

describe("the alias table", () => {
  const journal = [V2, v2("Helene", "Durand", "2025-01-02", 2), v2("Hélène", "Durand", "2025-01-03", 3), v2("Léa", "Roy", "2025-01-03", 1, { Association: "Les Amis" }), v2("Léa", "Roy", "2025-01-04", 1, { Association: "Amis de la bibliothèque" })];
  const aliases = [
    ["Nom dans le journal", "Nom retenu"],
    ["helene durand", "Hélène Durand"],
    ["Les Amis", "Les Amis de la Bibliothèque"],
    ["Amis de la bibliothèque", "Les Amis de la Bibliothèque"],
    ["Inconnu", "Personne"],
    ["", "Orphelin"],
  ];

  it("merges what the treasurer decided, for volunteers and associations, under the retained name", () => {
    const j = read(journal, aliases);
    expect(volunteerTotals(j).map((t) => [t.volunteer, t.hours])).toEqual([["Hélène Durand", 5], ["Léa Roy", 2]]);
    expect(j.actions.dictionaries.labels.association.filter(Boolean)).toEqual(["Les Amis de la Bibliothèque"]);
    expect(j.possibleDuplicates).toEqual([]);
    expect(j.aliasMerges.map((m) => [m.spelling, m.retained, m.row])).toEqual([
      ["Helene Durand", "Hélène Durand", 2],
      ["Les Amis", "Les Amis de la Bibliothèque", 4],
      ["Amis de la bibliothèque", "Les Amis de la Bibliothèque", 5],
    ]);
    // merges by the alias table are the treasurer's decision: not findings to check
    expect(j.anomalies).toEqual([]);
  });

  it("says which rows match nothing or cannot be used", () => {
    const j = read(journal, aliases);
    expect(j.aliasIssues.map((i) => [i.row, i.problem])).toEqual([
      [6, "Nom dans le journal manquant : ligne ignorée"],
      [5, "« Inconnu » ne correspond à aucun bénévole ni à aucune association du journal"],
    ]);
  });

  it("finds a volunteer typed by a user under an alias", () => {
    const j = read(journal, aliases);
    expect(sumDurationMs(filterActions(j, { volunteer: "Helene Durand" })) / 3_600_000).toBe(5);
  });

  it("follows chains and refuses loops", () => {
    const j = read(journal, [["Nom dans le journal", "Nom retenu"], ["Helene Durand", "H. Durand"], ["H. Durand", "Hélène Durand"], ["Léa Roy", "L. Roy"], ["L. Roy", "Léa Roy"]]);
    expect(volunteerTotals(j).map((t) => [t.volunteer, t.hours])).toEqual([["Hélène Durand", 5], ["Léa Roy", 2]]);
    expect(j.aliasIssues.map((i) => i.row)).toEqual([4, 5]);
  });

  it("says a row that points at itself, and a chain none of whose names is in the journal", () => {
    const j = read(journal, [["Nom dans le journal", "Nom retenu"], ["Léa Roy", "LÉA ROY"], ["Bob", "Rob"], ["Rob", "Robert"], ["Hélène Durand", "H. Durand"], ["H. Durand", "Hélène D."]]);
    expect(j.aliasIssues.map((i) => [i.row, i.problem])).toEqual([
      [2, "« Léa Roy » renvoie à lui-même : ligne sans effet"],
      [3, "« Bob » ne correspond à aucun bénévole ni à aucune association du journal"],
      [4, "« Rob » ne correspond à aucun bénévole ni à aucune association du journal"],
    ]);
  });

  it("refuses a table without its two headers, in French", () => {
    expect(() => readAliasTable([["Nom", "Alias de"]])).toThrow(/« Nom dans le journal » et « Nom retenu » attendues/);
  });
});
