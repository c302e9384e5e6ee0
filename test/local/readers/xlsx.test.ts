import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJournalFile } from "../../../src/local/readers/index";
import { normaliseCell, xlsxWallClock } from "../../../src/local/readers/xlsx";
import { tmpFolder } from "./tmp";
import { exceljsWorkbook } from "./writerFixtures";

const tmp = tmpFolder();
afterAll(tmp.cleanup);
let path = "";

beforeAll(async () => {
  path = tmp.write("journal.xlsx", await exceljsWorkbook(false));
});

describe("XLSX reader", () => {
  it("reads the first worksheet by default", async () => {
    const file = await readJournalFile(path);
    expect(file.format).toBe("xlsx");
    expect(file.grid).toEqual([["rien à lire ici"]]);
  });

  it("reads a named worksheet with dates, times, formulas, links and rich text normalised", async () => {
    const { grid, wallClock } = await readJournalFile(path, { sheet: "Journal" });
    expect(grid.length).toBe(3); // trailing empty rows dropped
    expect(grid[0]).toEqual(["Bénévole", "Date", "Durée", "Heures", "Double", "Lien", "Note", "Validé"]);
    const [name, date, time, hours, formula, link, rich, flag] = grid[1]!;
    expect(name).toBe("Hélène Durand");
    expect(date).toBeInstanceOf(Date);
    expect(wallClock(date as Date)).toBe(Date.UTC(2025, 2, 1));
    expect(time).toBeInstanceOf(Date);
    expect((time as Date).toISOString()).toBe("1899-12-30T02:30:00.000Z");
    expect([hours, formula, link, rich, flag]).toEqual([2.5, 5, "site du club", "très bien", true]);
    expect(grid[2]).toEqual(["Zoé Benoît", new Date(Date.UTC(2024, 11, 31)), new Date("1899-12-31T02:00:00Z"), "", "", "", "", ""]);
  });

  it("names the worksheets present when the one asked for is missing", async () => {
    await expect(readJournalFile(path, { sheet: "Absente" })).rejects.toThrow(/Feuille « Absente » introuvable.*« Notes », « Journal »/);
  });

  it("rejects a file that is not a workbook", async () => {
    const bad = tmp.write("faux.xlsx", "ceci n'est pas un classeur");
    await expect(readJournalFile(bad)).rejects.toThrow(/pas un classeur Excel lisible/);
  });

  it("normalises every exceljs value shape", () => {
    expect(normaliseCell(null)).toBe("");
    expect(normaliseCell(undefined)).toBe("");
    expect(normaliseCell({ formula: "A1", result: undefined })).toBe("=A1"); // never computed: its text
    expect(normaliseCell({ formula: "A1", result: "" })).toBe("");
    expect(normaliseCell({ formula: "A1*0", result: 0 })).toBe(0);
    expect(normaliseCell({ sharedFormula: "A1" })).toBe("");
    expect(normaliseCell({ sharedFormula: "A1", result: new Date(0) })).toEqual(new Date(0));
    expect(normaliseCell({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(normaliseCell({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(normaliseCell({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
    expect(xlsxWallClock(new Date(Date.UTC(2025, 0, 1, 12)))).toBe(Date.UTC(2025, 0, 1, 12));
  });
});
