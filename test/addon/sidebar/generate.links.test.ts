import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type World, sheetFromRows } from "../../../tools/emulator";
import { typedRows } from "../../../tools/preview/document";
import { parseCsv } from "../../../src/local/readers/csv";
import { SETTINGS, call, requireBuild, sampleWorld } from "./harness";

beforeAll(requireBuild);

const ANOMALIES = "Valorise 2025 – Anomalies";
const LINK = /^=HYPERLINK\("#gid=(\d+)&range=([A-Z]+)(\d+)";(\d+)\)$/;
const letter = (n: number) => String.fromCharCode(64 + n);

/** Each Anomalies row as [type, row shown, column, problem, formula of the Ligne cell, its number format]. */
function anomalies(world: World) {
  const sheet = world.spreadsheet.sheetByName(ANOMALIES)!;
  // Row 1 holds the sheet's title, row 2 the headers.
  return sheet.values.slice(2).map((r, i) => [r?.[0], r?.[1] ?? "", r?.[2], r?.[3], sheet.getFormula(i + 3, 2), sheet.getFormat(i + 3, 2)] as const);
}

function generate(world: World, source: Partial<typeof SETTINGS.source> = {}) {
  const result = call(world, "generateReport", { year: 2025, settings: { ...SETTINGS, source: { ...SETTINGS.source, ...source } } });
  expect(result.value.ok, result.value.message).toBe(true);
  return result;
}

describe("the Anomalies sheet links each row number to the journal cell", () => {
  it("points at the cell of the column at fault, the first column for a finding on the whole name", () => {
    const world = sampleWorld();
    const { calls } = generate(world);
    const journalId = world.spreadsheet.sheetByName("Journal")!.sheetId;
    const rows = anomalies(world);
    expect(rows).toHaveLength(100);
    const link = (row: number, range: string) => `=HYPERLINK("#gid=${journalId}&range=${range}";${row})`;
    expect(rows.find((r) => r[3]?.toString().includes("31/02/2025"))).toEqual(["Erreur", 178, "Date", expect.any(String), link(178, "G178"), "0"]);
    expect(rows.find((r) => r[1] === 817)?.[4]).toBe(link(817, "J817"));
    expect(rows.find((r) => r[1] === 61 && r[2] === "Prénom / Nom")?.[4]).toBe(link(61, "A61"));
    expect(rows.find((r) => r[1] === 1199)?.[4]).toBe(link(1199, "E1199"));
    expect(rows.find((r) => r[0] === "En attente de modération")?.[4]).toBe(link(57, "K57"));

    const headers = world.spreadsheet.sheetByName("Journal")!.values[0]!;
    for (const [, row, column, , formula, format] of rows) {
      const [, gid, col, target, label] = LINK.exec(formula)!;
      expect([Number(gid), Number(target), Number(label), format]).toEqual([journalId, row, row, "0"]);
      expect(col).toBe(letter(headers.includes(column as string) ? headers.indexOf(column as string) + 1 : 1));
    }
    // 100 links, one call: the calls do not grow with the findings.
    expect(calls["Range.setFormulas"]).toBe(1);
  });

  it("follows a journal that does not start at A1", () => {
    const rows = typedRows(parseCsv(readFileSync("examples/benevalo-export.csv", "utf8")));
    const world = sampleWorld([], [["Journal des actions 2024-2025"], [], ...rows.map((r) => ["", "", ...r])]);
    generate(world, { range: "C3:Q2210" });
    const journal = world.spreadsheet.sheetByName("Journal")!;
    const found = anomalies(world).find((r) => r[3]?.toString().includes("31/02/2025"))!;
    expect(found.slice(0, 3)).toEqual(["Erreur", 180, "Date"]);
    const [, , col, target] = LINK.exec(found[4])!;
    expect(`${col}${target}`).toBe("I180");
    expect(journal.getValue(180, 9)).toBe("31/02/2025"); // the cell the link shows holds the unreadable date
    const negative = anomalies(world).find((r) => r[3]?.toString().includes("Durée négative « -1,5 »"))!;
    expect(LINK.exec(negative[4])!.slice(2, 4)).toEqual(["L", "819"]);
    expect(journal.getValue(819, 12)).toBe("-1.5"); // text in a French spreadsheet
  });

  it("leaves the alias table's lines without a link, in two calls around them", () => {
    const world = sampleWorld([sheetFromRows("Alias", [["Nom dans le journal", "Nom retenu"], ["Helene Durand", "Hélène Durand"], ["Inconnue", "Personne"]])]);
    const journal = world.spreadsheet.sheetByName("Journal")!;
    journal.setValue(2, 1, "Helene");
    journal.setValue(2, 2, "Durand");
    const { calls } = generate(world);
    const rows = anomalies(world);
    const alias = rows.filter((r) => r[0] === "Table des alias");
    expect(alias.map((r) => [r[1], r[4]])).toEqual([["", ""], [2, ""]]);
    expect(rows.filter((r) => r[0] !== "Table des alias").every((r) => LINK.test(r[4]))).toBe(true);
    expect(calls["Range.setFormulas"]).toBe(2);
    // Nothing of the journal changed.
    expect(journal.formulas.size).toBe(0);
  });
});
