// The bounds of what a user types (src/core/values/limits.ts), read by the one set of checks every entry point uses.
import { describe, expect, it } from "vitest";
import { parseDecimal } from "../../../src/core/money/decimal";
import { ratio } from "../../../src/core/money/ratio";
import { notARate, parseRate } from "../../../src/core/valuation/rateValue";
import { boundedDecimal, implausible, readTerritory, unknownTerritory } from "../../../src/core/values/userInput";

describe("decimals as typed", () => {
  it("refuses exponents, NaN, Infinity, too many digits and too long a text, and reads a number's own short form", () => {
    for (const typed of ["1e308", "1e15", "1E5", "1e+5", "2,5e3", "NaN", "Infinity", "-Infinity", "0x10", "1".repeat(25), `1,${"0".repeat(24)}`, `${" ".repeat(40)}1`]) {
      expect(parseDecimal(typed), typed).toBeUndefined();
    }
    for (const n of [1e308, 1e24, Number.POSITIVE_INFINITY, Number.NaN, 1.2345678901234567e-8]) expect(parseDecimal(n), String(n)).toBeUndefined();
    expect(parseDecimal(1e-7)).toEqual(ratio(1, 10_000_000));
    expect(parseDecimal(0.1 + 0.2)).toEqual(ratio(30_000_000_000_000_004n, 100_000_000_000_000_000n));
    expect(parseDecimal(1e20)).toEqual(ratio(10n ** 20n));
    expect(parseDecimal("1".repeat(24))).toEqual(ratio(BigInt("1".repeat(24))));
    expect(parseDecimal(" 12,50 € ")).toEqual(ratio(25, 2));
  });

  it("bounds the coefficient, the rate per km and the ETP base, each in French with what would do", () => {
    expect(boundedDecimal("1,45", "coefficient")).toEqual(ratio(29, 20));
    expect([0.1, 10, "0,1", "10"].map((v) => !!boundedDecimal(v, "coefficient"))).toEqual([true, true, true, true]);
    for (const v of ["1e308", 99_999_999_999, "0,09", "10,01", 0, -1, "", "beaucoup", null, true]) expect(boundedDecimal(v, "coefficient"), String(v)).toBeUndefined();
    expect(implausible("1e308", "coefficient")).toBe("« 1e308 » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45");
    expect(implausible(99_999_999_999, "coefficient")).toBe("« 99999999999 » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45");
    expect(boundedDecimal("0,000001", "etpBase")).toBeUndefined();
    expect([100, 1607, 1820, 2500].every((v) => boundedDecimal(v, "etpBase"))).toBe(true);
    expect(boundedDecimal(2501, "etpBase")).toBeUndefined();
    expect(implausible("0,000001", "etpBase")).toBe("« 0,000001 » n'est pas une base ETP plausible : attendu un nombre d'heures de 100 à 2500, par exemple 1607 ou 1820");
    expect(boundedDecimal("0,32", "eurosPerKm")).toEqual(ratio(8, 25));
    expect(boundedDecimal("2,01", "eurosPerKm")).toBeUndefined();
    expect(implausible("1e308", "eurosPerKm")).toBe("« 1e308 » n'est pas un taux kilométrique plausible : attendu des euros par km de 0,01 à 2, par exemple 0,32");
  });

  it("quotes a hostile value cut, never whole", () => {
    expect(implausible("9".repeat(100_000), "coefficient")).toBe(`« ${"9".repeat(40)}… » n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45`);
  });
});

describe("rates", () => {
  it("bound euros per hour and multiples of the SMIC, SMIC forms included", () => {
    expect(parseRate("1000")).toEqual({ kind: "euros", eurosPerHour: ratio(1000) });
    expect(parseRate(0)).toEqual({ kind: "euros", eurosPerHour: ratio(0) });
    expect(parseRate("80 x SMIC")).toEqual({ kind: "smic", multiple: ratio(80) });
    expect(parseRate("8000 % SMIC")).toEqual({ kind: "smic", multiple: ratio(80) });
    for (const v of ["1e15", "1000,01", 1e15, 1e308, "81 x SMIC", "8001 % SMIC", "0 x SMIC", "SMIC x 0", `${"9".repeat(30)} x SMIC`, `${"9".repeat(100)} x SMIC`, "-1"]) {
      expect(parseRate(v), String(v)).toBeUndefined();
    }
    expect(`--taux : ${notARate("1e15")}`).toBe(
      "--taux : « 1e15 » n'est pas un taux : attendu des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC)",
    );
  });
});

describe("territories", () => {
  it("knows the metropolitan and Mayotte SMIC series and nothing else", () => {
    expect(["métropole", "Metropole", " MÉTROPOLE ", "Mayotte", "mayotte"].map(readTerritory)).toEqual(["metropole", "metropole", "metropole", "mayotte", "mayotte"]);
    expect(["lune", "", "France", "Mayotte 976", "métropole et Mayotte"].map(readTerritory)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(unknownTerritory("lune")).toBe("« lune » n'est pas un territoire connu : attendu « métropole » ou « Mayotte »");
  });
});
