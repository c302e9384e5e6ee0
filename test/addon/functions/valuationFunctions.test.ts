// Runs the valuation custom functions from the built bundle (npm run build) as Sheets would call them.
import { beforeEach, describe, expect, it } from "vitest";
import { smicOn } from "../../../src/core/valuation/smic";
import { createServices } from "../../../tools/emulator";
import { type LoadedBundle, loadBundle } from "../../../tools/vm/runBundle";

/** Midnight in Paris, as Sheets hands a date cell to a script. */
const parisDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - (m >= 4 && m <= 10 ? 7_200_000 : 3_600_000));

const JOURNAL = [
  ["Bénévole", "Date", "Durée (en heures)", "Catégorie", "Projet", "Niveau", "Distance (en km)"],
  ["Alice", parisDay(2024, 10, 15), 10, "Gouvernance", "Fête", "Expert", 12.5],
  ["Bob", parisDay(2024, 11, 15), 10, "Événements", "Jardin", "", ""],
  ["alice", "2025-01-10", 2, "Gouvernance", "", "Expert", 7.5],
  ["Bob", "2025-01-11", 1, "Événements", "", "", "abc"],
];

let bundle: LoadedBundle;
beforeEach(() => {
  const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris" });
  bundle = loadBundle("dist/Code.js", globals);
});

describe("SMIC_HORAIRE", () => {
  it("gives the SMIC in force on a date cell, a serial date or a text date", () => {
    expect(bundle.call("SMIC_HORAIRE", parisDay(2024, 10, 31))).toBe(11.65);
    expect(bundle.call("SMIC_HORAIRE", parisDay(2024, 11, 1))).toBe(11.88);
    expect(bundle.call("SMIC_HORAIRE", "01/01/2026")).toBe(12.02);
    expect(bundle.call("SMIC_HORAIRE", 45597)).toBe(11.88); // 01/11/2024
    expect(bundle.call("SMIC_HORAIRE", "2025-06-01", "Mayotte")).toBe(8.98);
    expect(bundle.call("SMIC_HORAIRE", "2023-06-01", "mayotte")).toBe(8.7);
    expect(bundle.call("SMIC_HORAIRE", "30/04/2023", "Mayotte")).toBe(8.5);
  });
  it("gives today's SMIC when the date is omitted", () => {
    const today = Math.floor((Date.now() + 3_600_000) / 86_400_000);
    expect(bundle.call("SMIC_HORAIRE")).toBe(Number(smicOn(today)!.eurosPerHour));
  });
  it("explains a bad date", () => {
    expect(() => bundle.call("SMIC_HORAIRE", "demain")).toThrow(/n'est pas une date/);
    expect(() => bundle.call("SMIC_HORAIRE", "2019-01-01")).toThrow(/aucun SMIC connu avant le 01\/01\/2020/);
    expect(() => bundle.call("SMIC_HORAIRE", "2021-12-31", "Mayotte")).toThrow(/aucun SMIC connu à Mayotte avant le 01\/01\/2022/);
  });
});

describe("BENEVOLAT_VALORISATION", () => {
  it("values at the SMIC on each action's date by default", () => {
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024)).toBe(235.3);
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, "", 1.45)).toBe(341.19);
  });
  it("takes a flat rate or a rate table with a fallback", () => {
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, 20)).toBe(400);
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, [[15.5]])).toBe(310);
    // Expert at 30, Bob falls back on the SMIC of 15/11/2024
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, [["Niveau", "Taux"], ["expert", 30]])).toBe(418.8);
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, [["Catégorie", "Taux"], ["Événements", "25,5"]])).toBe(371.5);
    expect(() => bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, [["Couleur", "Taux"], ["x", 1]])).toThrow(/Niveau, Catégorie/);
    expect(() => bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, "cher")).toThrow(/taux/);
  });
});

describe("BENEVOLAT_VALORISATION at a multiple of the SMIC", () => {
  it("follows the SMIC of each action's date", () => {
    // 10 h x 2 x 11.65 + 10 h x 2 x 11.88
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, "2×SMIC")).toBe(470.6);
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, "SMIC x 1,5", 1.45)).toBe(511.78);
    // Expert (Alice, 15/10/2024) at 150 % of 11.65, Bob at the SMIC of 15/11/2024
    expect(bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, [["Niveau", "Taux"], ["expert", "150 % SMIC"]])).toBe(293.55);
    expect(() => bundle.call("BENEVOLAT_VALORISATION", JOURNAL, 2024, "2 x SMOC")).toThrow(
      "taux : « 2 x SMOC » n'est pas un taux : attendu des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC)",
    );
  });
});

describe("BENEVOLAT_ETP", () => {
  it("divides by 1607 by default or by the base given", () => {
    expect(bundle.call("BENEVOLAT_ETP", 1607)).toBe(1);
    expect(bundle.call("BENEVOLAT_ETP", 910, 1820)).toBe(0.5);
    expect(() => bundle.call("BENEVOLAT_ETP", 10, 0)).toThrow(/base/);
    expect(() => bundle.call("BENEVOLAT_ETP", "beaucoup")).toThrow(/heures/);
  });
});

describe("BENEVOLAT_COMPTES", () => {
  it("spills the 864 and 875 lines", () => {
    expect(bundle.call("BENEVOLAT_COMPTES", JOURNAL, 2024)).toEqual([
      ["Compte", "Libellé", "Débit", "Crédit"],
      ["864", "Personnel bénévole", 235.3, ""],
      ["875", "Bénévolat", "", 235.3],
    ]);
  });
  it("switches to 870 with the CRC 99-01 chart and applies rate and coefficient", () => {
    const table = bundle.call("BENEVOLAT_COMPTES", JOURNAL, 2024, 10, 1.5, "CRC 99-01") as unknown[][];
    expect(table.slice(1)).toEqual([["864", "Personnel bénévole", 300, ""], ["870", "Bénévolat", "", 300]]);
    expect(() => bundle.call("BENEVOLAT_COMPTES", JOURNAL, 2024, "", "", "PCG")).toThrow(/ANC 2018-06/);
    expect(() => bundle.call("BENEVOLAT_COMPTES", JOURNAL)).toThrow(/année manquante/);
  });
});

describe("BENEVOLAT_VENTILATION", () => {
  it("spills one line per volunteer by default, the total last, lines sharing the total to the cent", () => {
    // Alice 10 h x 11.65 x 1.1 = 128.15; Bob 10 h x 11.88 x 1.1 = 130.68
    expect(bundle.call("BENEVOLAT_VENTILATION", JOURNAL, 2024, "", "", 1.1)).toEqual([
      ["Bénévole", "Heures", "Montant"],
      ["Alice", 10, 128.15],
      ["Bob", 10, 130.68],
      ["Total", 20, 258.83],
    ]);
    const byRate = bundle.call("BENEVOLAT_VENTILATION", JOURNAL, 2024, "Taux") as unknown[][];
    expect(byRate.map((r) => r[0])).toEqual(["Taux appliqué", "SMIC horaire brut au 01/01/2024", "SMIC horaire brut au 01/11/2024", "Total"]);
    expect(bundle.call("BENEVOLAT_VENTILATION", JOURNAL, 2025, "projets")).toEqual([["Projet", "Heures", "Montant"], ["Sans projet", 2, 23.76], ["Total", 2, 23.76]]);
  });
  it("adds the rate-table warnings under the total, and refuses an unknown breakdown", () => {
    const table = bundle.call("BENEVOLAT_VENTILATION", JOURNAL, 2024, "catégorie", [["Niveau", "Taux"], ["Expret", 30]]) as unknown[][];
    expect(table.at(-3)![0]).toBe("Total");
    expect(table.at(-2)![0]).toContain("La ligne « Expret » de la table de taux ne correspond à aucune valeur de la colonne « Niveau » du journal (vouliez-vous dire « Expert » ?)");
    expect(() => bundle.call("BENEVOLAT_VENTILATION", JOURNAL, 2024, "couleur")).toThrow(/par : « couleur » inconnu/);
    expect(() => bundle.call("BENEVOLAT_VENTILATION", JOURNAL)).toThrow(/année manquante/);
  });
});

describe("BENEVOLAT_KM", () => {
  it("sums kilometres by volunteer and year, skipping unreadable rows", () => {
    expect(bundle.call("BENEVOLAT_KM", JOURNAL)).toBe(20);
    expect(bundle.call("BENEVOLAT_KM", JOURNAL, "ALICE", 2025)).toBe(7.5);
    expect(bundle.call("BENEVOLAT_KM", JOURNAL, "Bob")).toBe(0);
  });
});
