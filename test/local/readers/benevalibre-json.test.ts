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

  it("reads Bénévalibre 2.x's JSON as tablib writes it: hours numbers, pending booleans, distance text, empty null", async () => {
    // json.dumps(dataset.dict, ensure_ascii=False): one line, ", " and ": " separators, non-ASCII as is
    const text =
      '[{"Prénom": "Zoé", "Nom": "Benoît", "Pseudo": "=^.^=", "Association": "Les Jardins Partagés de Belleville", ' +
      '"Titre": "Vœux", "Description": null, "Date": "2025-03-01", "Date de fin": null, "Durée": "2:30:00", ' +
      '"Durée (en heures)": 2.5, "En attente de modération": false, "Distance (en km)": "12.50", ' +
      '"Catégorie": "Entretien, technique", "Projet": null, "Niveau": null}, ' +
      '{"Prénom": null, "Nom": null, "Pseudo": null, "Association": "Les Jardins Partagés de Belleville", ' +
      '"Titre": "Fête", "Description": "L’après-midi", "Date": "2024-12-30", "Date de fin": "2025-01-01", "Durée": "1 day, 2:00:00", ' +
      '"Durée (en heures)": 26.0, "En attente de modération": true, "Distance (en km)": null, ' +
      '"Catégorie": "Animation", "Projet": "Fête", "Niveau": "Débutant"}]';
    const file = await readJournalFile(tmp.write("benevalo-export-2x.json", text));
    expect(file.encoding).toBe("UTF-8");
    expect(file.rejectedRows).toEqual([]);
    expect(file.grid).toEqual([
      [
        "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
        "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
      ],
      ["Zoé", "Benoît", "=^.^=", "Les Jardins Partagés de Belleville", "Vœux", "", "2025-03-01", "", "2:30:00", 2.5, false, "12.50", "Entretien, technique", "", ""],
      ["", "", "", "Les Jardins Partagés de Belleville", "Fête", "L’après-midi", "2024-12-30", "2025-01-01", "1 day, 2:00:00", 26, true, "", "Animation", "Fête", "Débutant"],
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
    expect(() => parseBenevalibreJson("{ pas du json")).toThrow(/^Fichier JSON illisible : erreur de syntaxe ligne 1, devant « pas du json »\.$/);
    expect(() => parseBenevalibreJson('[{"a": 1},\n{"a" 2}]')).toThrow(/^Fichier JSON illisible : erreur de syntaxe ligne 2, devant « 2}] »\.$/);
    expect(() => parseBenevalibreJson('[{"a": 1},')).toThrow(/^Fichier JSON illisible : il s'arrête avant la fin des données \(fichier tronqué \?\)\.$/);
    expect(() => parseBenevalibreJson('{"a": 1}')).toThrow(/liste d'actions/);
    expect(() => parseBenevalibreJson('[{"a": 1}, 2]')).toThrow(/élément n° 2/);
  });
});
