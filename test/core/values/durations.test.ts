import { describe, expect, it } from "vitest";
import { readBoolean } from "../../../src/core/values/booleans";
import { isoDate, yearOfDay } from "../../../src/core/values/calendar";
import { readDay } from "../../../src/core/values/dates";
import { readDurationMs } from "../../../src/core/values/durations";
import { readNumber } from "../../../src/core/values/numbers";
import { instantFromWallClock, intlWallClock } from "../../../src/local/timezone";

const utc = (d: Date) => d.getTime();
const day = (v: unknown) => {
  const d = readDay(v, utc);
  return d === undefined ? undefined : isoDate(d);
};
const hours = (v: unknown, clock = utc) => {
  const ms = readDurationMs(v, clock);
  return ms === undefined ? undefined : ms / 3_600_000;
};

describe("dates", () => {
  it.each([
    ["2025-03-01", "2025-03-01"],
    ["2025-3-1", "2025-03-01"],
    ["01/03/2025", "2025-03-01"],
    ["1/3/2025", "2025-03-01"],
    ["01-03-2025", "2025-03-01"],
    ["01.03.25", "2025-03-01"],
    ["2025-03-01T14:30:00", "2025-03-01"],
    ["2025-03-01 14:30", "2025-03-01"],
    ["01/03/2025 14:30", "2025-03-01"],
    [45717, "2025-03-01"],
    [new Date(Date.UTC(2025, 2, 1, 23, 59)), "2025-03-01"],
  ])("reads %j as %s", (input, expected) => {
    expect(day(input)).toBe(expected);
  });

  it.each(["31/02/2025", "demain", "2025-13-01", "", true, -5, new Date(NaN)])("refuses %j", (input) => {
    expect(day(input)).toBeUndefined();
  });
});

describe("calendar", () => {
  it("gives the year of every day from 0001 to 9999 as the Date built-in does", () => {
    let wrong = 0;
    for (let d = -719_162; d <= 2_932_896; d += 7) if (yearOfDay(d) !== new Date(d * 86_400_000).getUTCFullYear()) wrong++;
    for (const iso of ["1899-12-31", "1900-01-01", "2024-02-29", "2024-12-31", "2025-01-01"]) {
      expect(yearOfDay(Date.parse(iso) / 86_400_000)).toBe(+iso.slice(0, 4));
    }
    expect(wrong).toBe(0);
  });
});

describe("durations", () => {
  it.each([
    ["2:30", 2.5],
    ["2:30:00", 2.5],
    ["0:45:00", 0.75],
    ["1 day, 2:00:00", 26],
    ["2 days, 1:30:00", 49.5],
    ["2h30", 2.5],
    ["2h", 2],
    ["2 h 30 min", 2.5],
    ["2 heures 15 minutes", 2.25],
    ["150 min", 2.5],
    ["45mn", 0.75],
    ["1 j 2 h", 26],
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["12.50", 12.5],
    [3, 3],
    [0.1, 0.1],
    ["-1", -1],
    ["-1:30", -1.5],
  ])("reads %j as %f h", (input, expected) => {
    expect(hours(input)).toBeCloseTo(expected, 9);
  });

  it.each(["beaucoup", "2x", "h30", "", "2:75", true])("refuses %j", (input) => {
    expect(hours(input)).toBeUndefined();
  });

  it("reads a Sheets duration Date on the spreadsheet's wall clock, LMT seconds included", () => {
    // Sheets hands 2:30:00 as 1899-12-30 02:30:00 in the spreadsheet's zone; Paris was UTC+0:09:21 then.
    const paris = new Date(Date.UTC(1899, 11, 30, 2, 30) - (9 * 60 + 21) * 1000);
    expect(hours(paris, intlWallClock("Europe/Paris"))).toBe(2.5);
    expect(hours(paris, utc)).not.toBe(2.5);
    const auckland = instantFromWallClock("Pacific/Auckland", Date.UTC(1899, 11, 30, 26, 0));
    expect(hours(auckland, intlWallClock("Pacific/Auckland"))).toBe(26);
  });
});

describe("numbers and booleans", () => {
  it.each([
    ["12.50", 12.5],
    ["12,50", 12.5],
    ["", 0],
    [7, 7],
    ["3 km", 3],
  ])("distance %j", (input, expected) => {
    expect(readNumber(input, 0)).toBe(expected);
  });
  it("refuses thousands separators and words", () => {
    expect(readNumber("1 200,5", 0)).toBeUndefined();
    expect(readNumber("loin", 0)).toBeUndefined();
  });
  it.each([
    ["Oui", true], ["NON", false], ["VRAI", true], ["faux", false], ["True", true], ["false", false],
    [true, true], [false, false], ["", false], [1, true], [0, false],
  ])("boolean %j", (input, expected) => {
    expect(readBoolean(input)).toBe(expected);
  });
  it("says when a flag is unreadable", () => {
    expect(readBoolean("peut-être")).toBeUndefined();
  });
});
