import { describe, expect, it } from "vitest";
import { SMIC_TABLE, noSmicReason, smicOn } from "../../../src/core/valuation/smic";
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
    expect(smicOn(day("2024-10-31"), "mayotte")?.eurosPerHour).toBe("8.80");
  });
  it("goes back to 2022 for Mayotte, with each change on its first day", () => {
    const at = (iso: string) => smicOn(day(iso), "mayotte")?.eurosPerHour;
    expect(at("2021-12-31")).toBeUndefined();
    expect([at("2022-01-01"), at("2022-04-30"), at("2022-05-01"), at("2022-07-31"), at("2022-08-01"), at("2022-12-31")])
      .toEqual(["7.98", "7.98", "8.19", "8.19", "8.35", "8.35"]);
    expect([at("2023-01-01"), at("2023-04-30"), at("2023-05-01"), at("2023-12-31"), at("2024-01-01")])
      .toEqual(["8.50", "8.50", "8.70", "8.70", "8.80"]);
    expect([at("2024-11-01"), at("2025-01-01"), at("2025-12-31"), at("2026-01-01")]).toEqual(["8.98", "8.98", "8.98", "9.33"]);
  });
  it("names Mayotte and the first known day when a date comes before its series", () => {
    expect(noSmicReason("mayotte")).toBe("aucun SMIC connu à Mayotte avant le 01/01/2022");
    expect(noSmicReason()).toBe("aucun SMIC connu avant le 01/01/2020");
  });
  it("is sorted by date", () => {
    for (const series of Object.values(SMIC_TABLE)) {
      const dates = series.map((r) => r.from);
      expect([...dates].sort()).toEqual(dates);
    }
    expect(smicOn(day("2019-12-31"))).toBeUndefined();
  });
});
