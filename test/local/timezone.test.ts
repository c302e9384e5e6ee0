import { describe, expect, it, vi } from "vitest";
import { instantFromWallClock, intlWallClock } from "../../src/local/timezone";

const utc = (iso: string) => new Date(`${iso}Z`);
const wall = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, m - 1, d, h, mi, s);

describe("intlWallClock", () => {
  it("reads year-end instants in Paris, Auckland and Los Angeles", () => {
    expect(intlWallClock("Europe/Paris")(utc("2024-12-31T23:30:00"))).toBe(wall(2025, 1, 1, 0, 30));
    expect(intlWallClock("Pacific/Auckland")(utc("2024-12-31T11:00:00"))).toBe(wall(2025, 1, 1));
    expect(intlWallClock("America/Los_Angeles")(utc("2025-01-01T07:59:59"))).toBe(wall(2024, 12, 31, 23, 59, 59));
  });

  it("knows historical offsets around 1899-12-30, to the second", () => {
    // Paris mean time: +00:09:21; New Zealand mean time: +11:30; Pacific standard time: -8.
    expect(intlWallClock("Europe/Paris")(utc("1899-12-29T23:50:39"))).toBe(wall(1899, 12, 30));
    expect(intlWallClock("Pacific/Auckland")(utc("1899-12-29T12:30:00"))).toBe(wall(1899, 12, 30));
    expect(intlWallClock("America/Los_Angeles")(utc("1899-12-30T08:00:00"))).toBe(wall(1899, 12, 30));
  });

  it("keeps milliseconds and follows summer time", () => {
    expect(intlWallClock("Europe/Paris")(new Date(Date.UTC(2025, 6, 14, 10, 0, 0, 123)))).toBe(Date.UTC(2025, 6, 14, 12, 0, 0, 123));
    expect(intlWallClock("Europe/Paris")(utc("2025-03-30T00:59:59"))).toBe(wall(2025, 3, 30, 1, 59, 59));
    expect(intlWallClock("Europe/Paris")(utc("2025-03-30T01:00:00"))).toBe(wall(2025, 3, 30, 3));
  });

  it("is exact at the 1911 switch from Paris mean time, which is not on a quarter hour", () => {
    const clock = intlWallClock("Europe/Paris");
    // 1911-03-11 00:00 PMT became 1911-03-10 23:50:39 WET.
    expect(clock(utc("1911-03-10T23:50:38"))).toBe(wall(1911, 3, 10, 23, 59, 59));
    expect(clock(utc("1911-03-10T23:50:39"))).toBe(wall(1911, 3, 10, 23, 50, 39));
  });

  it("throws on an unknown zone", () => {
    expect(() => intlWallClock("Mars/Olympus")).toThrow(RangeError);
  });

  // Its speed is the bench's to measure (no timed unit test): here, that it asks Intl once per hour at most, not once per cell.
  it("asks Intl about a few thousand hours, not a million cells", () => {
    const parts = vi.spyOn(Intl.DateTimeFormat.prototype, "formatToParts");
    try {
      const clock = intlWallClock("Europe/Paris");
      const instants = Array.from({ length: 2000 }, (_, i) => new Date(Date.UTC(2020, 0, 1) + i * 37 * 3_600_000 + i * 1000));
      let sum = 0;
      for (let i = 0; i < 1_000_000; i++) sum += clock(instants[i % 2000]!);
      expect(sum).toBeGreaterThan(0);
      // two ends of each of the 2,000 hours, and the hours around the changes of offset
      expect(parts.mock.calls.length).toBeLessThanOrEqual(3 * 2000);
    } finally {
      parts.mockRestore();
    }
  });
});

describe("instantFromWallClock", () => {
  it("inverts the wall clock at year ends and at 1899-12-30", () => {
    expect(instantFromWallClock("Europe/Paris", wall(2025, 1, 1))).toEqual(utc("2024-12-31T23:00:00"));
    expect(instantFromWallClock("Pacific/Auckland", wall(2025, 1, 1))).toEqual(utc("2024-12-31T11:00:00"));
    expect(instantFromWallClock("America/Los_Angeles", wall(2025, 1, 1))).toEqual(utc("2025-01-01T08:00:00"));
    expect(instantFromWallClock("Europe/Paris", wall(1899, 12, 30, 2, 30))).toEqual(utc("1899-12-30T02:20:39"));
    expect(instantFromWallClock("Pacific/Auckland", wall(1899, 12, 30))).toEqual(utc("1899-12-29T12:30:00"));
    expect(instantFromWallClock("America/Los_Angeles", wall(1899, 12, 30))).toEqual(utc("1899-12-30T08:00:00"));
  });

  it("round-trips every hour of a year, both ways", () => {
    const mismatches: string[] = [];
    for (const zone of ["Europe/Paris", "Pacific/Auckland", "America/Los_Angeles"]) {
      const clock = intlWallClock(zone);
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3_600_000) {
        const instant = new Date(t);
        const back = instantFromWallClock(zone, clock(instant));
        // In an overlap the wall time maps to its earlier instant, which has the same wall clock.
        if (clock(back) !== clock(instant) || back.getTime() > t) mismatches.push(`${zone} ${instant.toISOString()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("picks the earlier offset in an overlap and moves forward out of a gap", () => {
    expect(instantFromWallClock("Europe/Paris", wall(2025, 10, 26, 2, 30))).toEqual(utc("2025-10-26T00:30:00"));
    expect(instantFromWallClock("Europe/Paris", wall(2025, 3, 30, 2, 30))).toEqual(utc("2025-03-30T01:30:00"));
    expect(intlWallClock("Europe/Paris")(utc("2025-03-30T01:30:00"))).toBe(wall(2025, 3, 30, 3, 30));
    expect(instantFromWallClock("Pacific/Auckland", wall(2025, 4, 6, 2, 30))).toEqual(utc("2025-04-05T13:30:00"));
  });
});
