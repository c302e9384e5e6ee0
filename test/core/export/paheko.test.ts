import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildAccounting } from "../../../src/core/accounting/summary";
import { pahekoCsv, pahekoFileName } from "../../../src/core/export/paheko";
import { valueActions } from "../../../src/core/valuation/valuation";
import { journal } from "../valuation/journal";

const rows = [
  { who: "Élodie Dupré", date: "2024-03-02", hours: 3, project: "Fête « été » ; 2024", km: 40 },
  { who: "Jean \"Jo\" Lœb", date: "2024-05-10", hours: 2.5, project: "Jardin", km: 12 },
  { who: "Élodie Dupré", date: "2024-09-21", hours: 4, project: "Jardin", km: 8 },
  { who: "Ana", date: "2024-11-05", hours: 1, project: "Fête « été » ; 2024" },
];

function paheko(settings: object = {}) {
  const v = valueActions(journal(rows).actions, { mileage: { mode: "taux", eurosPerKm: "0.5", waived: true }, ...settings }, 2024);
  const a = buildAccounting(v, 2024);
  const text = pahekoCsv(a.entries);
  const [header, ...data] = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { delimiter: ";", skipEmptyLines: true }).data;
  return { v, a, text, header: header!, data };
}

const cents = (amount: string) => (amount === "" ? 0 : Number(amount.replace(",", "")));

describe("Paheko CSV (import « Complet »)", () => {
  it("writes UTF-8 with a BOM, ';' between Paheko's own column names, CRLF", () => {
    const { text, header } = paheko();
    expect(text.startsWith("\ufeffNuméro pièce comptable;Date;Libellé;Numéro compte;Libellé compte;Débit;Crédit;Libellé ligne\r\n")).toBe(true);
    expect(header).toEqual(["Numéro pièce comptable", "Date", "Libellé", "Numéro compte", "Libellé compte", "Débit", "Crédit", "Libellé ligne"]);
    // Paheko picks the separator it counts most on the first line
    expect(text.split("\r\n")[0]!.match(/[,\t|]/)).toBeNull();
    expect(text.endsWith("\r\n")).toBe(true);
  });
  it("has one row per entry line: the pieces group them into balanced entries adding up to the valuation", () => {
    const { v, data } = paheko();
    expect(data.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ["VAL2024", "31/12/2024", "864", "Personnel bénévole"],
      ["VAL2024", "31/12/2024", "875", "Bénévolat"],
      ["VAL2024", "31/12/2024", "864", "Personnel bénévole"],
      ["VAL2024", "31/12/2024", "875", "Bénévolat"],
      ["ABF2024", "31/12/2024", "6251", "Voyages et déplacements"],
      ["ABF2024", "31/12/2024", "75412", "Abandons de frais par les bénévoles"],
      ["ABF2024", "31/12/2024", "6251", "Voyages et déplacements"],
      ["ABF2024", "31/12/2024", "75412", "Abandons de frais par les bénévoles"],
    ]);
    // Paheko starts an entry each time the piece number changes
    const groups = new Map<string, string[][]>();
    for (const r of data) groups.set(r[0]!, [...(groups.get(r[0]!) ?? []), r]);
    const total = (g: string[][], col: number) => g.reduce((s, r) => s + cents(r[col]!), 0);
    expect(total(groups.get("VAL2024")!, 5)).toBe(v.cents);
    expect(total(groups.get("VAL2024")!, 6)).toBe(v.cents);
    expect(total(groups.get("ABF2024")!, 5)).toBe(v.mileage.cents);
    expect(total(groups.get("ABF2024")!, 6)).toBe(v.mileage.cents);
    for (const r of data) {
      expect([r[5], r[6]].filter((x) => x !== "")).toHaveLength(1);
      expect(r[5] || r[6]).toMatch(/^\d+,\d{2}$/);
    }
  });
  it("keeps labels with accents, quotes and semicolons whole", () => {
    const { text, data } = paheko();
    expect(text).toContain(';"Abandon de frais kilométriques 2024 - Jean ""Jo"" Lœb"\r\n');
    const method = "SMIC horaire brut en vigueur à la date de chaque action";
    expect(data[0]![2]).toBe(`Valorisation du bénévolat 2024 (${method})`);
    expect(data.map((r) => r[7])).toEqual([
      ...Array(2).fill(`Valorisation du bénévolat 2024 (${method}) - Jardin`),
      ...Array(2).fill(`Valorisation du bénévolat 2024 (${method}) - Fête « été » ; 2024`),
      ...Array(2).fill("Abandon de frais kilométriques 2024 - Élodie Dupré"),
      ...Array(2).fill('Abandon de frais kilométriques 2024 - Jean "Jo" Lœb'),
    ]);
    // Élodie: 48 km, Jean: 12 km at 0.50
    expect(data.slice(4).map((r) => r[5] || r[6])).toEqual(["24,00", "24,00", "6,00", "6,00"]);
  });
  it("uses the CRC 99-01 accounts under that chart", () => {
    const { data } = paheko({ chart: "CRC 99-01" });
    expect([...new Set(data.map((r) => `${r[3]} ${r[4]}`))]).toEqual([
      "864 Personnel bénévole", "870 Bénévolat", "625 Déplacements, missions et réceptions", "754 Collectes",
    ]);
  });
  it("is named after the closing, with the SIREN when known", () => {
    const { a } = paheko();
    expect(pahekoFileName(a.closingDay, "123456789")).toBe("ecritures-benevolat-paheko-123456789-20241231.csv");
    expect(pahekoFileName(a.closingDay)).toBe("ecritures-benevolat-paheko-20241231.csv");
  });
});
