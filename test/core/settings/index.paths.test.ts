import { describe, expect, it } from "vitest";
import { checkSettings, defaultSettings } from "../../../src/core/settings";

describe("field errors of the settings", () => {
  it("name the same field every time a bad coefficient is refused in one session", () => {
    const bad = { ...defaultSettings(), valuation: { ...defaultSettings().valuation, coefficient: "beaucoup" } };
    const keys = [1, 2, 3].map(() => {
      const check = checkSettings(bad);
      return check.ok ? [] : Object.keys(check.errors);
    });
    expect(keys).toEqual([["valuation.coefficient"], ["valuation.coefficient"], ["valuation.coefficient"]]);
  });
});
