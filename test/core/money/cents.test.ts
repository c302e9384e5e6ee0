import { describe, expect, it } from "vitest";
import { allocateCents, frenchAmount, plainAmount } from "../../../src/core/money/cents";
import { decimal, frenchDecimal, parseDecimal } from "../../../src/core/money/decimal";
import { ratio, roundHalfUp } from "../../../src/core/money/ratio";

describe("exact decimals", () => {
  it("reads numbers through their shortest decimal form", () => {
    expect(parseDecimal(1.45)).toEqual(ratio(145, 100));
    expect(parseDecimal(11.65)).toEqual(ratio(1165, 100));
    expect(parseDecimal("1,45")).toEqual(ratio(29, 20));
    expect(parseDecimal("11,88 €")).toEqual(ratio(1188, 100));
    expect(parseDecimal(1e-7)).toEqual(ratio(1, 10_000_000));
    expect(parseDecimal("abc")).toBeUndefined();
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal(Number.NaN)).toBeUndefined();
  });
  it("writes the shortest French form", () => {
    expect(frenchDecimal(decimal("1.450"))).toBe("1,45");
    expect(frenchDecimal(decimal("2"))).toBe("2");
    expect(frenchDecimal(ratio(1, 3), 4)).toBe("0,3333");
  });
  it("rounds half away from zero", () => {
    expect(roundHalfUp(ratio(5, 2))).toBe(3n);
    expect(roundHalfUp(ratio(-5, 2))).toBe(-3n);
    expect(roundHalfUp(ratio(249, 100))).toBe(2n);
    expect(roundHalfUp(ratio(251, 100))).toBe(3n);
  });
  it("formats amounts", () => {
    expect(plainAmount(123456)).toBe("1234,56");
    expect(plainAmount(5)).toBe("0,05");
    expect(plainAmount(-5)).toBe("-0,05");
    expect(frenchAmount(123456789)).toBe("1\u202f234\u202f567,89 €");
  });
});

describe("largest remainder allocation", () => {
  it("splits cents so that the parts add up to the total", () => {
    // three equal thirds of 100 cents: 33.33 each, the cent left goes to the first
    expect(allocateCents(100, [ratio(100, 3), ratio(100, 3), ratio(100, 3)])).toEqual([34, 33, 33]);
    // rounding each part would give 2 + 2 + 2 = 6 for a total of 5
    expect(allocateCents(5, [ratio(5, 3), ratio(5, 3), ratio(5, 3)])).toEqual([2, 2, 1]);
    expect(allocateCents(1000, [ratio(1234, 10), ratio(8766, 10)])).toEqual([123, 877]);
  });
  it("handles the edge cases: zero total, ties, one line, no line, zero parts", () => {
    // a zero total gives every line zero, whatever the exact parts
    expect(allocateCents(0, [ratio(1, 3), ratio(2, 3)])).toEqual([0, 0]);
    // one line takes the whole total, even when its exact value rounds elsewhere
    expect(allocateCents(653, [ratio(65_349, 100)])).toEqual([653]);
    expect(allocateCents(0, [])).toEqual([]);
    // ties: equal remainders, the cents left go to the earlier lines
    expect(allocateCents(2, [ratio(1, 2), ratio(1, 2), ratio(1, 2), ratio(1, 2)])).toEqual([1, 1, 0, 0]);
    expect(allocateCents(653, [ratio(1089, 5), ratio(1089, 5), ratio(1089, 5)])).toEqual([218, 218, 217]);
    // a line worth nothing gets nothing; lines all worth nothing leave the total on the first
    expect(allocateCents(100, [ratio(0), ratio(50), ratio(50)])).toEqual([0, 50, 50]);
    expect(allocateCents(0, [ratio(0), ratio(0)])).toEqual([0, 0]);
    // the largest remainder wins over the order
    expect(allocateCents(10, [ratio(31, 10), ratio(39, 10), ratio(3)])).toEqual([3, 4, 3]);
  });
  it("always sums to the total (random parts)", () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 200; trial++) {
      const parts = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => ratio(Math.floor(rand() * 1e6), 1 + Math.floor(rand() * 999)));
      const exact = parts.reduce((s, p) => s + Number(p.num) / Number(p.den), 0);
      const total = Math.round(exact);
      const shares = allocateCents(total, parts);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      shares.forEach((s, i) => expect(Math.abs(s - (Number(parts[i]!.num) / Number(parts[i]!.den)) * (total / (exact || 1)))).toBeLessThan(1.0001));
    }
  });
});
