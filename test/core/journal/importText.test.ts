import { describe, expect, it } from "vitest";
import { importText } from "../../../src/core/journal/importText";
import { readJournal } from "../../../src/core/journal/read";
import { actionList } from "../../../src/core/journal/store";
import { readJournalFile } from "../../../src/local/readers";

describe("importText: a file's cell as the text a sheet holds", () => {
  it("writes numbers, booleans, dates, times and durations so that Valorise reads them back the same", () => {
    expect(["x", "", null, undefined, 2.5, 1 / 3, 0, Number.NaN, true, false].map(importText))
      .toEqual(["x", "", "", "", "2.5", "0.3333333333333333", "0", "", "VRAI", "FAUX"]);
    expect(importText(new Date(Date.UTC(2025, 2, 14)))).toBe("2025-03-14");
    expect(importText(new Date(Date.UTC(2025, 2, 14, 9, 30)))).toBe("2025-03-14 09:30:00");
    // Sheets' day zero: a time of day, and a duration past 24 h
    expect(importText(new Date(Date.UTC(1899, 11, 30, 14, 30)))).toBe("14:30:00");
    expect(importText(new Date(Date.UTC(1899, 11, 31, 2, 0, 5)))).toBe("26:00:05");
    expect(importText(new Date(Number.NaN))).toBe("");
  });

  // What an import writes into a sheet is text: read back, it must be the very journal the file is.
  for (const file of ["examples/benevalo-export.xlsx", "examples/benevalo-export.json", "examples/benevalo-export.csv"]) {
    it(`reads ${file} as text exactly as typed: same actions, same findings`, async () => {
      const { grid, wallClock } = await readJournalFile(file);
      const typed = readJournal(grid, { wallClock });
      const text = readJournal(grid.map((row) => row.map(importText)), { wallClock });
      expect(actionList(typed.actions).length).toBeGreaterThan(2000);
      expect(actionList(text.actions)).toEqual(actionList(typed.actions));
      expect(text.anomalies).toEqual(typed.anomalies);
      expect(text.years).toEqual(typed.years);
      expect(text.possibleDuplicates).toEqual(typed.possibleDuplicates);
    });
  }
});
