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
      ['Dit "Bob"\r\nsur deux lignes', 3, money(-5), false],
      [" espace ", null, undefined, 0],
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe('"Zoé « Z » ; d\'Arc";12,5;1234,56;Oui');
    expect(parse(csv)).toEqual([
      ["Bénévole", "Heures", "Montant (€)", "Actif"],
      ["Zoé « Z » ; d'Arc", "12,5", "1234,56", "Oui"],
      ['Dit "Bob" sur deux lignes', "3", "-0,05", "Non"],
      [" espace ", "", "", "0"],
    ]);
  });
  it("neutralises text a spreadsheet would run, after spaces too (a leading tab or CR is one)", () => {
    const cases = ["=1+1", "+33 6 12", "-2", "@SUM(A1)", '=HYPERLINK("http://x";"clic")', "  =1+1"];
    const back = parse(frenchCsv([cases]))[0]!;
    expect(back).toEqual(cases.map((c) => `'${c}`));
    expect(parse(frenchCsv([["\t=1+1", "\r=HYPERLINK(\"x\")", "\tcaché"]]))[0]).toEqual(["' =1+1", "' =HYPERLINK(\"x\")", " caché"]);
  });
  it("removes control characters from text: line breaks and tabs become a space, the others go", () => {
    const csv = frenchCsv([[
      "Zoé\u001b[2J", "\u001b]0;titre\u0007Ana", "Bob\rDupont", "Lou\bX\u007f", "Jardin\u009b2J\u0085bio", "Lef\u202eèvre\u2066\u2069", "a\tb\u2028c",
    ]]);
    expect(csv).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(parse(csv)[0]).toEqual(["Zoé[2J", "]0;titreAna", "Bob Dupont", "LouX", "Jardin2J bio", "Lefèvre", "a b c"]);
  });
  it("does not touch numbers, amounts or harmless text", () => {
    expect(parse(frenchCsv([[-2, money(-150), "Jean-Marc", "a=b"]]))[0]).toEqual(["-2", "-1,50", "Jean-Marc", "a=b"]);
  });
});
