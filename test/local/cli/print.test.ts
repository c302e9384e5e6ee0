import { describe, expect, it } from "vitest";
import { frenchNumber, textTable } from "../../../src/local/cli/print";

describe("frenchNumber", () => {
  it("groups thousands with a space and uses a decimal comma", () => {
    expect(frenchNumber(0)).toBe("0,00");
    expect(frenchNumber(2.5)).toBe("2,50");
    expect(frenchNumber(1234.5)).toBe("1 234,50");
    expect(frenchNumber(1234567, 0)).toBe("1 234 567");
    expect(frenchNumber(-12.345)).toBe("-12,35");
    expect(frenchNumber(-0.001)).toBe("0,00");
  });
});

describe("textTable", () => {
  it("aligns columns, counting accented letters as one column", () => {
    const table = textTable(["Bénévole", "Heures"], [["Zoé Benoît", "2,50"], ["Hélène Durand", "262,50"]], ["left", "right"]);
    expect(table.split("\n")).toEqual([
      "Bénévole       Heures",
      "-------------  ------",
      "Zoé Benoît       2,50",
      "Hélène Durand  262,50",
    ]);
  });

  it("cuts long cells", () => {
    const [, , row] = textTable(["A"], [["abcdefghij"]], [], 5).split("\n");
    expect(row).toBe("abcd…");
  });
});
