import { describe, expect, it } from "vitest";
import { type ActionInput, actionList, selectDays, tableOfActions } from "../../../../src/core/journal/store";
import { dayOfIso } from "../../../../src/core/values/calendar";

const day = dayOfIso;
const action = (who: string, iso: string, hours: number): ActionInput => ({
  volunteerKey: who.toLowerCase(), volunteer: who, anonymous: false, day: day(iso), endDay: day(iso),
  durationMs: hours * 3_600_000, distanceM: 0, category: "", project: "", level: "", association: "", role: "",
});

describe("action table", () => {
  const table = tableOfActions([
    action("Alice", "1965-12-31", 1), action("Bob", "1966-01-01", 2), action("Alice", "2024-12-31", 3),
    action("Bob", "2025-01-01", 4), action("Alice", "2025-12-31", 5), action("Bob", "2026-01-01", 6),
  ]);

  it("selects a year's actions by day, edges included, before 1970 too", () => {
    const hours = (from: string, until: string) => actionList(selectDays(table, day(from), day(until))).map((a) => a.durationMs / 3_600_000);
    expect(hours("2025-01-01", "2026-01-01")).toEqual([4, 5]);
    expect(hours("1966-01-01", "1967-01-01")).toEqual([2]);
    expect(hours("1965-01-01", "1966-01-01")).toEqual([1]);
    expect(hours("2030-01-01", "2031-01-01")).toEqual([]);
  });

  it("gives back the actions it was built from", () => {
    expect(actionList(table).map((a) => [a.volunteer, a.year, a.durationMs / 3_600_000])).toEqual([
      ["Alice", 1965, 1], ["Bob", 1966, 2], ["Alice", 2024, 3], ["Bob", 2025, 4], ["Alice", 2025, 5], ["Bob", 2026, 6],
    ]);
    expect(table.dictionaries.people.map((p) => p.display)).toEqual(["Anonyme", "Alice", "Bob"]);
  });
});
