import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { frenchCsv, money } from "../../../src/core/export/csv";

function parse(csv: string): string[][] {
  expect(csv.startsWith("\ufeff")).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("French CSV", () => {
  it("writes a BOM, semicolons, CRLF, decimal commas, and opens back with papaparse", () => {
    const csv = frenchCsv([
      ["Bénévole", "Heures", "Montant (€)", "Actif"],
      ["Zoé « Z » ; d'Arc", 12.5, money(123456), true],
      ['Dit "Bob"\nsur deux lignes', 3, money(-5), false],
      [" espace ", null, undefined, 0],
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe('"Zoé « Z » ; d\'Arc";12,5;1234,56;Oui');
    expect(parse(csv)).toEqual([
      ["Bénévole", "Heures", "Montant (€)", "Actif"],
      ["Zoé « Z » ; d'Arc", "12,5", "1234,56", "Oui"],
      ['Dit "Bob"\nsur deux lignes', "3", "-0,05", "Non"],
      [" espace ", "", "", "0"],
    ]);
  });
  it("neutralises text a spreadsheet would run", () => {
    const cases = ["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tcaché", "\r=HYPERLINK(\"x\")", '=HYPERLINK("http://x";"clic")'];
    const back = parse(frenchCsv([cases]))[0]!;
    expect(back).toEqual(cases.map((c) => `'${c}`));
    for (const cell of back) expect(cell).toMatch(/^'/);
  });
  it("does not touch numbers, amounts or harmless text", () => {
    expect(parse(frenchCsv([[-2, money(-150), "Jean-Marc", "a=b"]]))[0]).toEqual(["-2", "-1,50", "Jean-Marc", "a=b"]);
  });
});
