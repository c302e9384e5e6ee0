import { describe, expect, it } from "vitest";
import { closingDateProblem, readClosingDay } from "../../../src/core/accounting/closing";
import { parseValuationSettings } from "../../../src/core/settings/valuation";

const problem = (text: string) => {
  const read = readClosingDay(text);
  return "problem" in read ? read.problem : undefined;
};

describe("a closing day exists every year", () => {
  it("reads JJ/MM, JJ/MM/AAAA and AAAA-MM-JJ into the setting", () => {
    expect(readClosingDay("31/12")).toEqual({ value: "12-31" });
    expect(readClosingDay(" 30/6 ")).toEqual({ value: "06-30" });
    expect(readClosingDay("28/02")).toEqual({ value: "02-28" });
    expect(readClosingDay("30/06/2025")).toEqual({ value: "2025-06-30" });
    expect(readClosingDay("2025-03-31")).toEqual({ value: "2025-03-31" });
    // a real day, but the exercice before it would close on a day that does not exist
    expect(readClosingDay("29/02/2024")).toEqual({ problem: "« 29/02/2024 » : le 29/02 n'existe pas toutes les années et ne peut clore chaque exercice ; choisissez le 28/02 ou le 01/03." });
  });
  it("refuses a day that does not exist every year, in French, naming the value and why", () => {
    expect(problem("29/02")).toBe("« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03.");
    expect(problem("31/13")).toBe("« 31/13 » n'existe pas : il n'y a pas de mois 13.");
    expect(problem("30/02")).toBe("« 30/02 » n'existe pas : février n'a que 28 jours (29 les années bissextiles).");
    expect(problem("31/04")).toBe("« 31/04 » n'existe pas : avril n'a que 30 jours.");
    expect(problem("32/01")).toBe("« 32/01 » n'existe pas : janvier n'a que 31 jours.");
    expect(problem("00/05")).toBe("« 00/05 » n'existe pas : il n'y a pas de jour 00.");
    expect(problem("29/02/2025")).toBe("« 29/02/2025 » n'existe pas : 2025 n'est pas bissextile.");
    expect(problem("2025-02-29")).toBe("« 2025-02-29 » n'existe pas : 2025 n'est pas bissextile.");
  });
  it("refuses other forms rather than guess the order of day and month", () => {
    for (const text of ["31-12", "12-31", "31.12", "31/12/25", "fin juin", ""]) {
      expect(problem(text)).toBe(`« ${text} » n'est pas une date de clôture : écrivez JJ/MM, par exemple 31/12 ou 30/06.`);
    }
  });
  it("checks the setting the same way, and the settings refuse what it refuses", () => {
    expect(closingDateProblem("12-31")).toBeUndefined();
    expect(closingDateProblem("2024-02-29")).toBe("« 2024-02-29 » : le 29/02 n'existe pas toutes les années et ne peut clore chaque exercice ; choisissez le 28/02 ou le 01/03.");
    expect(closingDateProblem("02-29")).toBe("« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03.");
    expect(closingDateProblem("31/13")).toBe("« 31/13 » n'existe pas : il n'y a pas de mois 13."); // as typed in the sidebar
    expect(closingDateProblem("31-12")).toMatch(/^« 31-12 » n'est pas une date de clôture/);
    expect(parseValuationSettings({ closingDate: "06-30" }).closingDate).toBe("06-30");
    expect(() => parseValuationSettings({ closingDate: "02-29" })).toThrow("Réglage de valorisation invalide : date de clôture");
  });
});
