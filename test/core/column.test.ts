import { describe, expect, it } from "vitest";
import { CHUNK_ROWS, ColumnWriter } from "../../src/core/journal/column";

/** Writes the values through a ColumnWriter, chunk by chunk, as the journal reader does. */
function write(values: readonly number[]) {
  const writer = new ColumnWriter(values.length);
  values.forEach((v, n) => {
    writer.chunk[n % CHUNK_ROWS] = v;
    if ((n + 1) % CHUNK_ROWS === 0) writer.flush(CHUNK_ROWS);
  });
  writer.flush(values.length % CHUNK_ROWS);
  return writer.finish();
}

describe("ColumnWriter", () => {
  it("keeps one byte per value while values fit", () => {
    const column = write([0, 1, 255, 7]);
    expect(column).toBeInstanceOf(Uint8Array);
    expect([...column]).toEqual([0, 1, 255, 7]);
  });

  it("widens mid-chunk and across chunks, keeping every value already written", () => {
    const values = Array.from({ length: CHUNK_ROWS * 2 + 10 }, (_, n) => n % 200);
    values[5] = 300; // Uint16 in the first chunk
    values[CHUNK_ROWS + 3] = 70_000; // Int32 in the second
    values[CHUNK_ROWS * 2 + 9] = 3_000_000_000; // beyond 32 bits in the last, partial chunk
    const column = write(values);
    expect(column).toBeInstanceOf(Float64Array);
    expect(column).toHaveLength(values.length);
    expect([...column]).toEqual(values);
  });

  it("gives Uint16 and Int32 columns for ids and durations of those sizes", () => {
    expect(write([1, 65_535])).toBeInstanceOf(Uint16Array);
    expect(write([9_000_000, 2])).toBeInstanceOf(Int32Array);
  });
});
