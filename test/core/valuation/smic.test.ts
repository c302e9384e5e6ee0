import { describe, expect, it } from "vitest";
import { SMIC_TABLE, smicOn } from "../../../src/core/valuation/smic";
import { dayOfIso } from "../../../src/core/values/calendar";

const day = dayOfIso;

describe("dated SMIC table", () => {
  it("gives the rate in force on a day, changing on its first day", () => {
    expect(smicOn(day("2023-01-01"))?.eurosPerHour).toBe("11.27");
    expect(smicOn(day("2023-04-30"))?.eurosPerHour).toBe("11.27");
    expect(smicOn(day("2023-05-01"))?.eurosPerHour).toBe("11.52");
    expect(smicOn(day("2024-10-31"))?.eurosPerHour).toBe("11.65");
    expect(smicOn(day("2024-11-01"))?.eurosPerHour).toBe("11.88");
    expect(smicOn(day("2025-06-15"))?.eurosPerHour).toBe("11.88");
    expect(smicOn(day("2026-01-01"))?.eurosPerHour).toBe("12.02");
  });
  it("keeps Mayotte as its own series", () => {
    expect(smicOn(day("2024-11-01"), "mayotte")?.eurosPerHour).toBe("8.98");
    expect(smicOn(day("2026-03-01"), "mayotte")?.eurosPerHour).toBe("9.33");
    expect(smicOn(day("2024-10-31"), "mayotte")).toBeUndefined();
  });
  it("is sorted by date", () => {
    for (const series of Object.values(SMIC_TABLE)) {
      const dates = series.map((r) => r.from);
      expect([...dates].sort()).toEqual(dates);
    }
    expect(smicOn(day("2019-12-31"))).toBeUndefined();
  });
});
