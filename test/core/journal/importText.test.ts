import { describe, expect, it } from "vitest";
import { importGrid, importText } from "../../../src/core/journal/importText";
import { readJournal } from "../../../src/core/journal/read";
import { actionList } from "../../../src/core/journal/store";
import { readJournalFile } from "../../../src/local/readers";

const utc = (d: Date) => d.getTime();
const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));

describe("importText: a file's cell as the text a sheet holds, by the column it is in", () => {
  it("writes text, numbers and booleans so that Valorise reads them back the same", () => {
    expect(["x", "", null, undefined, 2.5, 1 / 3, 0, Number.NaN, true, false].map((v) => importText(v)))
      .toEqual(["x", "", "", "", "2.5", "0.3333333333333333", "0", "", "VRAI", "FAUX"]);
  });

  it("writes a workbook's date as a day, a day and time, a duration or a time of day, as its column reads it", () => {
    expect(importText(at(2025, 3, 14), "date")).toBe("2025-03-14");
    expect(importText(at(2025, 3, 14, 9, 30), "timestamp")).toBe("2025-03-14 09:30:00");
    expect(importText(at(2025, 3, 14, 22, 0), "startTime")).toBe("22:00:00");
    // a duration is the time since Sheets' day zero, 48 h and more included, milliseconds kept
    expect(importText(at(1899, 12, 30, 2, 30), "duration")).toBe("2:30:00");
    expect(importText(at(1900, 1, 1, 2, 0), "duration")).toBe("50:00:00");
    expect(importText(at(1899, 12, 30, 2, 30, 0, 250), "decimalHours")).toBe("2:30:00.250");
    // a number in a date column is a serial day, as the journal reads it (its time left)
    expect(importText(45730.75, "date")).toBe("2025-03-14");
    expect(importText(45730, "project")).toBe("45730");
    // outside the journal's columns: a time of day as Sheets shows it, a date as ISO
    expect(importText(at(1899, 12, 30, 14, 30))).toBe("14:30:00");
    expect(importText(at(2025, 3, 14))).toBe("2025-03-14");
    expect(importText(new Date(Number.NaN), "date")).toBe("");
  });

  it("reads every such cell back as the file's: 48 h and more, date-times in time columns, serial dates", () => {
    const file = [
      ["Bénévole", "Date", "Durée", "Heure de début", "Heure de fin"],
      ["Alice", at(2025, 3, 14), at(1900, 1, 1, 2, 0), "", ""],
      ["Bob", 45730, at(1899, 12, 30, 2, 30, 0, 250), "", ""],
      ["Chloé", at(2025, 3, 15), "", at(2025, 3, 15, 19, 0), at(2025, 3, 15, 22, 0)],
      ["Dan", at(2025, 3, 16, 8, 0), 1.5, "", ""],
    ];
    const typed = readJournal(file, { wallClock: utc });
    const text = readJournal(importGrid(file), { wallClock: utc });
    expect(actionList(typed.actions).map((a) => a.durationMs)).toEqual([180_000_000, 9_000_250, 10_800_000, 5_400_000]);
    expect(actionList(text.actions)).toEqual(actionList(typed.actions));
    expect(text.anomalies).toEqual(typed.anomalies);
  });

  // What an import writes into a sheet is text: read back, it must be the very journal the file is.
  for (const file of ["examples/benevalo-export.xlsx", "examples/benevalo-export.json", "examples/benevalo-export.csv"]) {
    it(`reads ${file} as text exactly as typed: same actions, same findings`, async () => {
      const { grid, wallClock } = await readJournalFile(file);
      const typed = readJournal(grid, { wallClock });
      const text = readJournal(importGrid(grid), { wallClock });
      expect(actionList(typed.actions).length).toBeGreaterThan(2000);
      expect(actionList(text.actions)).toEqual(actionList(typed.actions));
      expect(text.anomalies).toEqual(typed.anomalies);
      expect(text.years).toEqual(typed.years);
      expect(text.possibleDuplicates).toEqual(typed.possibleDuplicates);
    });
  }
});
