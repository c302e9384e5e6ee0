import { describe, expect, it } from "vitest";
import { actionList, tableOfActions } from "../../../src/core/journal/store";
import { valueActions } from "../../../src/core/valuation/valuation";
import { journal } from "./journal";

const km = (rows: [string, number][]) => journal(rows.map(([who, k]) => ({ who, date: "2025-05-01", hours: 1, km: k })));

describe("mileage", () => {
  it("counts kilometres without valuing them by default", () => {
    const m = valueActions(km([["Alice", 12.5], ["Alice", 7.5], ["Bob", 3]]).actions, {}, 2025).mileage;
    expect(m.km).toBe(23);
    expect(m.cents).toBe(0);
    expect(m.byVolunteer.map((l) => [l.volunteer, l.km])).toEqual([["Alice", 20], ["Bob", 3]]);
  });
  it("values at a rate per km with the 66 % reduction", () => {
    const m = valueActions(km([["Alice", 123.4]]).actions, { mileage: { mode: "taux", eurosPerKm: "0.321", waived: true }, article200: "oui" }, 2025).mileage;
    // 123.4 x 0.321 = 39.6114 -> 39.61 ; 66 % = 26.1426 -> 26.14
    expect(m.byVolunteer[0]).toMatchObject({ cents: 3961, exactCents: "198057/50", reductionCents: 2614 });
    expect(m.reductionRate).toBe(0.66);
  });
  it("counts a tax reduction only for costs given up to an association within CGI art. 200, and says why not", () => {
    const actions = km([["Alice", 123.4]]).actions;
    const value = (waived: boolean, article200?: "oui" | "non" | "à vérifier") =>
      valueActions(actions, { mileage: { mode: "taux", eurosPerKm: "0.321", waived }, ...(article200 ? { article200 } : {}) }, 2025).mileage;
    expect(value(true, "oui")).toMatchObject({ receipts: true, reductionCents: 2614, notes: [] });
    expect(value(false, "oui")).toMatchObject({ receipts: false, reductionCents: 0, cents: 3961, notes: [] });
    for (const answer of ["non", "à vérifier", undefined] as const) {
      const m = value(true, answer);
      expect(m).toMatchObject({ receipts: false, reductionCents: 0, cents: 3961 });
      expect(m.byVolunteer[0]!.reductionCents).toBe(0);
      expect(m.notes).toEqual([expect.stringContaining(answer ? `sa réponse est « ${answer} »` : "la table des associations ne le dit pas")]);
      expect(m.notes[0]).toMatch(/^Frais abandonnés sans reçu fiscal ni réduction d'impôt/);
    }
  });
  it("rounds each receipt alone and totals the receipts, so that the lines add up to the total", () => {
    // 3 x 10.5 km at 0.321: 3.3705 each -> 3.37 per receipt; 10.11 in all (the exact sum, 10.1115, would round to 10.11 too)
    const m = valueActions(km([["A", 10.5], ["B", 10.5], ["C", 10.5], ["", 4]]).actions, { mileage: { mode: "taux", eurosPerKm: "0.321" } }, 2025).mileage;
    expect(m.byVolunteer.map((l) => [l.volunteer, l.cents])).toEqual([["A", 337], ["B", 337], ["C", 337], ["Anonyme", 0]]);
    expect(m.cents).toBe(m.byVolunteer.reduce((s, l) => s + l.cents, 0));
    expect(m.reductionCents).toBe(m.byVolunteer.reduce((s, l) => s + l.reductionCents, 0));
  });
  it("uses the kilometric scale by horsepower and band", () => {
    const settings = (cv: number, electric = false) => ({ mileage: { mode: "bareme" as const, cv, electric } });
    const small = km([["Alice", 1000]]).actions;
    expect(valueActions(small, settings(3), 2025).mileage.cents).toBe(52900);
    expect(valueActions(small, settings(5), 2025).mileage.cents).toBe(63600);
    expect(valueActions(small, settings(9), 2025).mileage.cents).toBe(69700);
    // electric: +20 %
    expect(valueActions(small, settings(5, true), 2025).mileage.cents).toBe(76320);
    // 6,000 km, 4 CV: 6000 x 0.340 + 1330 = 3370
    expect(valueActions(km([["Alice", 6000]]).actions, settings(4), 2025).mileage.cents).toBe(337000);
    // 25,000 km, 6 CV: 25000 x 0.447
    expect(valueActions(km([["Alice", 25000]]).actions, settings(6), 2025).mileage.cents).toBe(1117500);
    // motorbike 2 CV, 100 km: 39.50 ; moped 100 km: 31.50
    expect(valueActions(tableOfActions(actionList(small).slice(0, 1).map((a) => ({ ...a, distanceM: 100_000 }))), { mileage: { mode: "bareme", vehicle: "moto", cv: 2 } }, 2025).mileage.cents).toBe(3950);
    expect(valueActions(tableOfActions(actionList(small).map((a) => ({ ...a, distanceM: 100_000 }))), { mileage: { mode: "bareme", vehicle: "cyclomoteur" } }, 2025).mileage.cents).toBe(3150);
  });
  it("applies the scale to each volunteer's yearly distance, and gives anonymous rows no receipt", () => {
    const m = valueActions(km([["Alice", 3000], ["Alice", 3000], ["", 50]]).actions, { mileage: { mode: "bareme", cv: 5, waived: true }, article200: "oui" }, 2025).mileage;
    // 6,000 km for the year: 6000 x 0.357 + 1395 = 3537 (not 2 x 3000 x 0.636)
    expect(m.byVolunteer.map((l) => [l.volunteer, l.cents])).toEqual([["Alice", 353700], ["Anonyme", 0]]);
    expect(m.cents).toBe(353700);
    expect(m.reductionCents).toBe(233442);
  });
});
