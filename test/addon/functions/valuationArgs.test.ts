// The custom functions' arguments against the bounds of src/core/values/limits.ts, from the built
// bundle as Sheets calls them: a French error in the cell, never a wrong figure nor an engine message.
import { beforeEach, describe, expect, it } from "vitest";
import { createServices } from "../../../tools/emulator";
import { type LoadedBundle, loadBundle } from "../../../tools/vm/runBundle";

const JOURNAL = [
  ["Bénévole", "Date", "Durée (en heures)", "Niveau", "Distance (en km)"],
  ["Alice", "2024-10-15", 10, "Expert", 12.5],
  ["Bob", "2024-11-15", 10, "", 123_456_789_012],
];

let bundle: LoadedBundle;
beforeEach(() => {
  const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris" });
  bundle = loadBundle("dist/Code.js", globals);
});

/** The message Sheets would show in the cell, or the value when there is none. */
function cell(name: string, ...args: unknown[]): unknown {
  try {
    return bundle.call(name, ...args);
  } catch (error) {
    // ArgumentError ("Erreur"), or the core's own French error (RateTableError): never an engine's
    expect((error as Error).name).not.toMatch(/^(Range|Type|Syntax|Reference)?Error$/);
    return (error as Error).message;
  }
}

const COEFFICIENT = "n'est pas un coefficient plausible : attendu un nombre de 0,1 à 10, par exemple 1 ou 1,45";
const RATE = "n'est pas un taux : attendu des euros par heure, 1000 au plus (par exemple 11,88), ou un multiple du SMIC, 80 au plus (par exemple 2 x SMIC ou 150 % SMIC)";

describe("SMIC_HORAIRE's territory", () => {
  it("refuses « lune » instead of answering the metropolitan SMIC, and reads métropole and Mayotte", () => {
    expect(cell("SMIC_HORAIRE", "2025-06-01", "lune")).toBe("territoire : « lune » n'est pas un territoire connu : attendu « métropole » ou « Mayotte »");
    expect(cell("SMIC_HORAIRE", "2025-06-01", 976)).toBe("territoire : « 976 » n'est pas un territoire connu : attendu « métropole » ou « Mayotte »");
    expect(cell("SMIC_HORAIRE", "2025-06-01", "Métropole")).toBe(11.88);
    expect(cell("SMIC_HORAIRE", "2025-06-01", "")).toBe(11.88);
    expect(cell("SMIC_HORAIRE", "2025-06-01", "MAYOTTE")).toBe(8.98);
  });
});

describe("money functions' rate and coefficient", () => {
  it("refuses a coefficient of 99 999 999 999 or 1e308 rather than valuing at 3 725 270 999 962 747,5 €", () => {
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, "", 99_999_999_999)).toBe(`coefficient : « 99999999999 » ${COEFFICIENT}`);
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, "", "1e308")).toBe(`coefficient : « 1e308 » ${COEFFICIENT}`);
    expect(cell("BENEVOLAT_COMPTES", JOURNAL, 2024, "", 0.05)).toBe(`coefficient : « 0,05 » ${COEFFICIENT}`);
    expect(cell("BENEVOLAT_VENTILATION", JOURNAL, 2024, "", "", "1e3")).toBe(`coefficient : « 1e3 » ${COEFFICIENT}`);
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, "", "1,45")).toBe(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, "", 1.45));
  });

  it("refuses a rate of 1e15, flat or in a table", () => {
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, "1e15")).toBe(`taux : « 1e15 » ${RATE}`);
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, 1e15)).toBe(`taux : « 1000000000000000 » ${RATE}`);
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, [["Niveau", "Taux"], ["Expert", 5000]])).toBe(
      `Table de taux, ligne 2 : taux illisible « 5000 » pour « Expert » (attendu ${RATE.replace("n'est pas un taux : attendu ", "")})`,
    );
    // Alice's 10 h at the bound; Bob's row is left out (its distance)
    expect(cell("BENEVOLAT_VALORISATION", JOURNAL, 2024, 1000)).toBe(10_000);
  });

  it("leaves out the row of 123 456 789 012 km from the kilometres", () => {
    expect(cell("BENEVOLAT_KM", JOURNAL)).toBe(12.5);
  });
});

describe("BENEVOLAT_ETP's hours and base", () => {
  it("refuses a base of 0,000001 h and exponent forms, and keeps 1607 and 1820", () => {
    const BASE = "n'est pas une base ETP plausible : attendu un nombre d'heures de 100 à 2500, par exemple 1607 ou 1820";
    expect(cell("BENEVOLAT_ETP", 1607, 0.000001)).toBe(`base : « 0,000001 » ${BASE}`);
    expect(cell("BENEVOLAT_ETP", 1607, "0,000001")).toBe(`base : « 0,000001 » ${BASE}`);
    expect(cell("BENEVOLAT_ETP", 1607, "1e3")).toBe(`base : « 1e3 » ${BASE}`);
    expect(cell("BENEVOLAT_ETP", 910, "1820")).toBe(0.5);
    expect(cell("BENEVOLAT_ETP", "1e3")).toBe("heures : « 1e3 » n'est pas un nombre");
    expect(cell("BENEVOLAT_ETP", "0x10")).toBe("heures : « 0x10 » n'est pas un nombre");
  });

  it("reads a base typed with a thousands space or a comma as the number it is, never NaN", () => {
    expect(cell("BENEVOLAT_ETP", 1607, "1 607")).toBe(1);
    expect(cell("BENEVOLAT_ETP", 151.67, "151,67")).toBe(1);
  });
});
