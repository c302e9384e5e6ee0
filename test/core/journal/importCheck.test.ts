import { describe, expect, it } from "vitest";
import { readsOtherwise } from "../../../src/core/journal/importCheck";
import { importGrid } from "../../../src/core/journal/importText";

const utc = (d: Date) => d.getTime();
const HEADERS = ["Bénévole", "Date", "Durée"];

describe("readsOtherwise: would a sheet holding the texts read as the file does?", () => {
  it("says nothing when the texts read as the file", () => {
    const file = [HEADERS, ["Alice", new Date(Date.UTC(2025, 2, 14)), 2.5], ["Bob", "15/03/2025", "1:30"]];
    expect(readsOtherwise(file, importGrid(file), utc)).toBeNull();
  });

  it("names the rows that would read otherwise", () => {
    const file = [HEADERS, ["Alice", "14/03/2025", 2.5], ["Bob", 45730, 1], ["Chloé", "16/03/2025", new Date(Date.UTC(1900, 0, 1, 2))]];
    expect(readsOtherwise(file, importGrid(file), utc)).toBeNull();
    // a naive conversion: the serial day 45730 as the text "45730", which no date column reads, and a 50-hour
    // duration as a date and time, which no duration column reads
    const naive = file.map((row) => row.map((c) => (c instanceof Date ? c.toISOString() : String(c))));
    expect(readsOtherwise(file, naive, utc)).toEqual([2, 3]);
  });
});
