import { describe, expect, it } from "vitest";
import { ETP_BASES, etp } from "../../../src/core/valuation/etp";
import { valueActions } from "../../../src/core/valuation/valuation";
import { journal } from "./journal";

const H = 3_600_000;

describe("ETP", () => {
  it("divides hours by 1607 by default, or by the base given", () => {
    expect(etp(1607 * H)).toBe(1);
    expect(etp(1820 * H, ETP_BASES.weeks52)).toBe(1);
    expect(etp(803.5 * H)).toBe(0.5);
    expect(etp(910 * H, 1820)).toBe(0.5);
    expect(() => etp(H, 0)).toThrow();
  });
  it("follows the etpBase setting in a valuation", () => {
    const j = journal([{ date: "2025-03-01", hours: 16.07 }]);
    expect(valueActions(j.actions).etp).toBeCloseTo(0.01, 12);
    expect(valueActions(j.actions, { etpBase: 1820 }).etp).toBeCloseTo(16.07 / 1820, 12);
  });
});
