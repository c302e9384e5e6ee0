import { mkdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { ReaderError, formatOf, readJournalFile } from "../../../src/local/readers/index";
import { tmpFolder } from "./tmp";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

describe("readJournalFile", () => {
  it("chooses the reader by extension, whatever its case", () => {
    expect(formatOf("a.csv")).toBe("csv");
    expect(formatOf("a.TSV")).toBe("csv");
    expect(formatOf("a.txt")).toBe("csv");
    expect(formatOf("dossier.v2/a.XLSX")).toBe("xlsx");
    expect(formatOf("a.json")).toBe("json");
  });

  it("refuses an unknown extension in French", () => {
    expect(() => formatOf("a.pdf")).toThrow(ReaderError);
    expect(() => formatOf("a.pdf")).toThrow(/non pris en charge \(« \.pdf »\).*\.csv, \.tsv, \.txt, \.xlsx, \.json/);
    expect(() => formatOf("a.xls")).toThrow(/Enregistrez-le au format \.xlsx ou \.csv/);
    expect(() => formatOf("journal")).toThrow(/sans extension/);
  });

  it("says when the file is missing or is a folder", async () => {
    await expect(readJournalFile(`${tmp.dir}/absent.csv`)).rejects.toThrow(/Fichier introuvable : .*absent\.csv/);
    mkdirSync(`${tmp.dir}/dossier.csv`);
    await expect(readJournalFile(`${tmp.dir}/dossier.csv`)).rejects.toThrow(/dossier\.csv est un dossier, pas un fichier/);
  });

  it("says in French why a path cannot be read, never Node's English reason", async () => {
    const long = `${tmp.dir}/${"x".repeat(10_000)}.csv`;
    await expect(readJournalFile(long)).rejects.toThrow(/^Impossible de lire le fichier .*x\.csv : nom de fichier trop long\.$/);
    await expect(readJournalFile(`${tmp.write("fichier", "")}/sous.csv`)).rejects.toThrow(/: une partie du chemin est un fichier, pas un dossier\.$/);
    await expect(readJournalFile(`${tmp.dir}/a\u0000.csv`)).rejects.toThrow(/: nom de fichier refusé \(il contient un caractère nul\)\.$/);
  });

  it("refuses in French a JSON nested too deep to read, instead of overflowing the stack", async () => {
    const path = tmp.write("profond.json", `[{"Bénévole": ${"[".repeat(100_000)}${"]".repeat(100_000)}}]`);
    await expect(readJournalFile(path)).rejects.toThrow(ReaderError);
    await expect(readJournalFile(path)).rejects.toThrow(/profond\.json : fichier illisible : ses données sont imbriquées trop profondément/);
  });

  it("prefixes a format error with the file name", async () => {
    const path = tmp.write("cassé.json", "[1,");
    await expect(readJournalFile(path)).rejects.toThrow(/cassé\.json : Fichier JSON illisible/);
  });

  it("reads the three sample exports into the same grid", async () => {
    const [csv, xlsx, json] = await Promise.all(
      ["csv", "xlsx", "json"].map((ext) => readJournalFile(`examples/benevalo-export.${ext}`)),
    );
    expect(csv.grid.length).toBe(xlsx.grid.length);
    expect(json.grid.length).toBe(csv.grid.length);
    expect(xlsx.grid[0]).toEqual(csv.grid[0]);
    expect(json.grid[0]).toEqual(csv.grid[0]);
    // same text, typed values in the workbook: compare a row cell by cell as text
    const asText = (v: unknown) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "boolean" ? (v ? "True" : "False") : String(v);
    for (const i of [1, 500, csv.grid.length - 1]) {
      const headers = csv.grid[0]!;
      headers.forEach((h, c) => {
        const expected = csv.grid[i]![c];
        if (h === "Durée (en heures)" || h === "Distance (en km)") {
          expect(Number(xlsx.grid[i]![c] === "" ? NaN : xlsx.grid[i]![c])).toEqual(expected === "" ? NaN : Number(expected));
        } else expect(asText(xlsx.grid[i]![c])).toBe(expected);
        // the JSON export keeps hours as numbers and the moderation flag as a boolean (docs/regles/benevalibre.md)
        if (h === "Durée (en heures)") expect(json.grid[i]![c]).toBe(Number(expected));
        else if (h === "En attente de modération") expect(json.grid[i]![c]).toBe(expected === "True");
        else expect(json.grid[i]![c]).toBe(expected);
      });
    }
  });
});
