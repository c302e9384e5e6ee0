import { afterAll, describe, expect, it } from "vitest";
import { parseBenevalibreJson } from "../../../src/local/readers/benevalibre-json";
import { readJournalFile } from "../../../src/local/readers/index";
import { tmpFolder } from "./tmp";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

const records = [
  { "Prénom": "Zoé", "Nom": "Benoît", "Pseudo": null, "Date": "2025-01-01", "Durée": "2:30:00", "Durée (en heures)": "2.5" },
  { "Prénom": null, "Nom": null, "Date": "2025-01-02", "Durée": "1 day, 2:00:00", "Distance (en km)": "12.50" },
];

describe("Bénévalibre JSON reader", () => {
  it("reads an array of objects, headers in first-seen order, null as empty", async () => {
    const path = tmp.write("benevalo-export.json", JSON.stringify(records));
    const file = await readJournalFile(path);
    expect(file.format).toBe("json");
    expect(file.grid).toEqual([
      ["Prénom", "Nom", "Pseudo", "Date", "Durée", "Durée (en heures)", "Distance (en km)"],
      ["Zoé", "Benoît", "", "2025-01-01", "2:30:00", "2.5", ""],
      ["", "", "", "2025-01-02", "1 day, 2:00:00", "", "12.50"],
    ]);
  });

  it("accepts a wrapper object and keeps numbers and booleans", () => {
    const grid = parseBenevalibreJson(`\uFEFF${JSON.stringify({ count: 1, next: null, results: [{ Date: "2025-01-01", Heures: 2.5, Validé: true, Tags: ["a"] }] })}`);
    expect(grid).toEqual([["Date", "Heures", "Validé", "Tags"], ["2025-01-01", 2.5, true, '["a"]']]);
  });

  it("gives a header-less grid for an empty export", () => {
    expect(parseBenevalibreJson("[]")).toEqual([[]]);
  });

  it("explains in French what is wrong", () => {
    expect(() => parseBenevalibreJson("{ pas du json")).toThrow(/Fichier JSON illisible/);
    expect(() => parseBenevalibreJson('{"a": 1}')).toThrow(/liste d'actions/);
    expect(() => parseBenevalibreJson('[{"a": 1}, 2]')).toThrow(/élément n° 2/);
  });
});
