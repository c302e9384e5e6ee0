import { beforeAll, describe, expect, it } from "vitest";
import { ASSOCIATIONS, SETTINGS, call, reportNames, requireBuild, sampleWorld } from "./harness";

beforeAll(requireBuild);

const [AMICALE] = ASSOCIATIONS;
const SYNTHESE = `Valorise 2025 – Synthèse – ${AMICALE}`;

/** The Synthèse's notes: the rows of column A merged across its four columns, with their text and height. */
function notes(world: ReturnType<typeof sampleWorld>) {
  const s = world.spreadsheet.sheetByName(SYNTHESE)!;
  return s.merges.map((m) => ({ ...m, text: String(s.getValue(m.row, 1)), height: s.rowHeights.get(m.row) }));
}

describe("report sheets ready to print from Sheets", () => {
  it("a title row and the header frozen on each table sheet, the method note in one merged wrapped cell", () => {
    const world = sampleWorld();
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.ok, value.message).toBe(true);
    for (const name of reportNames(2025)) {
      const s = world.spreadsheet.sheetByName(name)!;
      const table = !name.includes("Synthèse");
      expect(s.frozenRows, name).toBe(table ? 2 : 1);
      expect(String(s.getValue(1, 1)), name).toMatch(/^Valorise – /);
    }
    expect(world.spreadsheet.sheetByName("Valorise 2025 – CEC")!.getValue(1, 1)).toBe("Valorise – CEC 2025 – bénévoles de toutes les associations du journal");
    expect(world.spreadsheet.sheetByName(`Valorise 2025 – Valorisation – ${AMICALE}`)!.getValue(1, 1)).toBe(`Valorise – ${AMICALE} – Valorisation – exercice 2025`);

    const synthese = world.spreadsheet.sheetByName(SYNTHESE)!;
    const found = notes(world);
    const method = found.find((n) => n.text.includes("Ce montant figure au pied du compte de résultat"));
    expect(method).toMatchObject({ column: 1, numRows: 1, numColumns: 4 });
    // The note whole in its first cell, nothing beside it; no fragment of it in the rows around.
    expect([2, 3, 4].map((c) => synthese.getValue(method!.row, c))).toEqual([undefined, undefined, undefined]);
    expect(synthese.values.filter((r) => typeof r?.[0] === "string" && r[0].length > 20 && method!.text.includes(r[0]))).toHaveLength(1);
    // Wrapped, and as tall as its lines across the 750 px of the four columns (about 105 characters each).
    expect(synthese.styles).toContainEqual({ a1: `A${method!.row}:D${method!.row}`, property: "wrap", value: true });
    expect(method!.height).toBeGreaterThanOrEqual(Math.ceil(method!.text.length / 105) * 17);
    for (const n of found) expect(n.height, n.text).toBeGreaterThan(21);
  });

  it("rewrites a sheet without keeping the merges and heights of the notes it held", () => {
    const world = sampleWorld();
    call(world, "generateReport", { year: 2025, settings: SETTINGS });
    const first = notes(world);
    expect(first.length).toBeGreaterThan(0);
    // A rate table that matches nothing adds a warning note above: every note moves down.
    const settings = { ...SETTINGS, valuation: { ...SETTINGS.valuation, rateTable: { key: "niveau", rows: [{ label: "Expertize", eurosPerHour: "25" }] } } };
    const again = call(world, "generateReport", { year: 2025, settings }).value;
    expect(again.ok, again.message).toBe(true);
    const second = notes(world);
    expect(second).toHaveLength(first.length + 1);
    const synthese = world.spreadsheet.sheetByName(SYNTHESE)!;
    // Only the note rows are merged and sized: no merge nor height left where a note was before.
    expect([...synthese.rowHeights.keys()].sort((a, b) => a - b)).toEqual(second.map((n) => n.row).sort((a, b) => a - b));
    for (const n of second) expect(n.text.length, `ligne ${n.row}`).toBeGreaterThan(60);
  });
});
