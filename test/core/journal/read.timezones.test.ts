import { describe, expect, it } from "vitest";
import { actionList } from "../../../src/core/journal/store";
import { readJournal } from "../../../src/core/journal/read";
import { isoDate } from "../../../src/core/values/calendar";
import { instantFromWallClock, intlWallClock } from "../../../src/local/timezone";

/** A date cell as Sheets hands it: the instant of that wall-clock time in the spreadsheet's zone. */
const sheetsDate = (zone: string, y: number, m: number, d: number, h = 0, mi = 0) =>
  instantFromWallClock(zone, Date.UTC(y, m - 1, d, h, mi));
const sheetsDuration = (zone: string, h: number, mi: number) => instantFromWallClock(zone, Date.UTC(1899, 11, 30, h, mi));

describe.each(["Pacific/Auckland", "America/Los_Angeles", "Europe/Paris", "Asia/Kolkata"])("a spreadsheet in %s", (zone) => {
  const grid = [
    ["Bénévole", "Date", "Date de fin", "Durée"],
    ["Alice", sheetsDate(zone, 2025, 1, 1), "", sheetsDuration(zone, 2, 30)],
    ["Alice", sheetsDate(zone, 2025, 12, 31), "", sheetsDuration(zone, 23, 59)],
    ["Alice", sheetsDate(zone, 2024, 12, 31, 23, 30), sheetsDate(zone, 2025, 1, 2), sheetsDuration(zone, 30, 0)],
    ["Alice", sheetsDate(zone, 2026, 1, 1, 0, 15), "", sheetsDuration(zone, 0, 45)],
  ];
  const journal = readJournal(grid, { wallClock: intlWallClock(zone) });

  it("puts 1 January and 31 December actions in the right year and day", () => {
    expect(journal.anomalies.filter((a) => a.kind !== "verifier")).toEqual([]);
    // the third action, from 31/12/2024 to 02/01/2025, is spread over its three days
    expect(actionList(journal.actions).map((a) => [isoDate(a.day), a.year])).toEqual([
      ["2025-01-01", 2025], ["2025-12-31", 2025], ["2024-12-31", 2024], ["2025-01-01", 2025], ["2025-01-02", 2025], ["2026-01-01", 2026],
    ]);
  });

  it("reads duration cells exactly on the spreadsheet's wall clock", () => {
    expect(actionList(journal.actions).map((a) => a.durationMs / 60_000)).toEqual([150, 23 * 60 + 59, 10 * 60, 10 * 60, 10 * 60, 45]);
  });

  it("would misplace year ends if read in UTC (the test data is real-shaped)", () => {
    const utc = readJournal(grid, { wallClock: (d) => d.getTime() });
    expect(actionList(utc.actions).map((a) => isoDate(a.day))).not.toEqual(actionList(journal.actions).map((a) => isoDate(a.day)));
  });
});
