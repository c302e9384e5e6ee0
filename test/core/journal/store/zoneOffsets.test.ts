import { describe, expect, it } from "vitest";
import { cachedWallClock } from "../../../../src/core/journal/store";
import { instantFromWallClock, intlWallClock } from "../../../../src/local/timezone";

describe("cachedWallClock", () => {
  it.each(["Europe/Paris", "America/Los_Angeles", "Pacific/Auckland", "Australia/Lord_Howe", "America/St_Johns"])(
    "agrees with the zone every quarter hour over two years, DST changes included, in %s",
    (zone) => {
      let calls = 0;
      const exact = intlWallClock(zone);
      const cached = cachedWallClock((d) => {
        calls++;
        return exact(d);
      });
      const from = Date.UTC(2024, 0, 1);
      for (let t = from; t < Date.UTC(2026, 0, 1); t += 900_000 + 7_000) {
        expect(cached(new Date(t))).toBe(exact(new Date(t)));
      }
      // a week with no change costs three look-ups, whatever the number of instants in it
      expect(calls).toBeLessThan(3 * 106 + 4 * 700);
    },
  );

  it("costs one look-up for a lone instant in a week", () => {
    let calls = 0;
    const exact = intlWallClock("Europe/Paris");
    const cached = cachedWallClock((d) => (calls++, exact(d)));
    for (let year = 1950; year < 2010; year++) cached(instantFromWallClock("Europe/Paris", Date.UTC(year, 5, 15)));
    expect(calls).toBe(60);
  });

  it("returns a clock that is already cached as it is", () => {
    const once = cachedWallClock(intlWallClock("Europe/Paris"));
    expect(cachedWallClock(once)).toBe(once);
  });

  it("reads a Sheets duration (1899-12-30 on the wall clock) exactly, historical offset included", () => {
    const paris = cachedWallClock(intlWallClock("Europe/Paris"));
    const instant = instantFromWallClock("Europe/Paris", Date.UTC(1899, 11, 30, 2, 30));
    expect(paris(instant) - Date.UTC(1899, 11, 30)).toBe(2.5 * 3_600_000);
  });
});
