import { describe, expect, it } from "vitest";
import { ActionTableWriter, widthOf } from "../../../../src/core/journal/store";

const DICTIONARIES = { people: [], labels: { category: [], project: [], level: [], association: [], role: [] } };

/** Writes one action per value, the value going to `field` and every other field 0. */
function column(field: "volunteer" | "durationMs" | "category", values: readonly number[]) {
  const writer = new ActionTableWriter(values.length + 5);
  for (const v of values) {
    writer.write(20_000, field === "volunteer" ? v : 0, 0, field === "durationMs" ? v : 1, 0, field === "category" ? v : 0, 0, 0, 0, 0, 2, 0);
  }
  return writer.finish(DICTIONARIES);
}

describe("ActionTableWriter", () => {
  it("keeps one byte per label id and two per volunteer id while they fit", () => {
    const table = column("category", [0, 1, 255, 7]);
    expect(table.category).toBeInstanceOf(Uint8Array);
    expect([...table.category]).toEqual([0, 1, 255, 7]);
    expect(table.volunteer).toBeInstanceOf(Uint16Array);
    expect(table.durationMs).toBeInstanceOf(Int32Array);
    expect(table.length).toBe(4);
    expect(table.day).toHaveLength(4);
  });

  it("widens a column when a value does not fit, keeping every value already written", () => {
    const values = Array.from({ length: 10_000 }, (_, n) => n % 200);
    values[5] = 300; // Uint16
    values[4_100] = 70_000; // Int32
    values[9_999] = 3_000_000_000; // beyond 32 bits, in the last row
    const table = column("category", values);
    expect(table.category).toBeInstanceOf(Float64Array);
    expect(table.category).toHaveLength(values.length);
    expect([...table.category]).toEqual(values);
    // the label columns share one width; the others keep theirs
    expect(table.project).toBeInstanceOf(Float64Array);
    expect([...table.project]).toEqual(values.map(() => 0));
    expect(table.durationMs).toBeInstanceOf(Int32Array);
  });

  it("gives doubles to durations beyond 596 h, ids beyond 65,535 people 32 bits", () => {
    const durations = [3_600_000, 700 * 3_600_000, 5];
    expect([...column("durationMs", durations).durationMs]).toEqual(durations);
    expect(column("durationMs", durations).durationMs).toBeInstanceOf(Float64Array);
    expect(column("volunteer", [1, 65_536]).volunteer).toBeInstanceOf(Int32Array);
  });

  it("knows the narrowest width of a value", () => {
    expect([0, 255, 256, 65_535, 65_536, 2 ** 31 - 1, 2 ** 31].map(widthOf)).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });
});
