import { describe, expect, it } from "vitest";
import { main } from "../../../src/local/cli/main";
import { frenchNumber, textTable } from "../../../src/local/cli/print";
import type { ReportJson } from "../../../src/local/cli/report";
import { renderText } from "../../../src/local/cli/text";
import { tmpFolder } from "../readers/tmp";
import { bufferIo } from "./io";

describe("frenchNumber", () => {
  it("groups thousands with a space and uses a decimal comma", () => {
    expect(frenchNumber(0)).toBe("0,00");
    expect(frenchNumber(2.5)).toBe("2,50");
    expect(frenchNumber(1234.5)).toBe("1 234,50");
    expect(frenchNumber(1234567, 0)).toBe("1 234 567");
    expect(frenchNumber(-12.345)).toBe("-12,35");
    expect(frenchNumber(-0.001)).toBe("0,00");
  });
});

describe("textTable", () => {
  it("aligns columns, counting accented letters as one column", () => {
    const table = textTable(["Bénévole", "Heures"], [["Zoé Benoît", "2,50"], ["Hélène Durand", "262,50"]], ["left", "right"]);
    expect(table.split("\n")).toEqual([
      "Bénévole       Heures",
      "-------------  ------",
      "Zoé Benoît       2,50",
      "Hélène Durand  262,50",
    ]);
  });

  it("cuts long cells", () => {
    const [, , row] = textTable(["A"], [["abcdefghij"]], [], 5).split("\n");
    expect(row).toBe("abcd…");
  });
});

describe("text report of a very large journal", () => {
  it("lays out a table of 200,000 volunteers (one spread of their cells overflowed the stack)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`Bénévole n° ${i + 1}`, frenchNumber(i / 4)]);
    const lines = textTable(["Bénévole", "Heures"], rows, ["left", "right"]).split("\n");
    expect(lines).toHaveLength(200_002);
    expect(lines[0]).toBe(`Bénévole${" ".repeat(15)}Heures`);
    expect(lines.at(-1)).toBe("Bénévole n° 200000  49 999,75");
  });

  it("renders the report of 200,000 distinct names in text mode", async () => {
    const tmp = tmpFolder();
    try {
      const journal = tmp.write("journal.csv", "Bénévole;Date;Heures\nZoé Benoît;01/03/2025;2\n");
      const io = bufferIo();
      expect(await main(["rapport", journal, "--annee", "2025", "--json"], io)).toBe(0);
      const report = JSON.parse(io.stdout()) as ReportJson;
      const section = report.associations[0]!;
      const [zoe] = section.benevoles;
      section.benevoles = Array.from({ length: 200_000 }, (_, i) => ({ ...zoe!, benevole: `Bénévole n° ${i + 1}`, cle: `benevole n° ${i + 1}` }));
      const text = renderText(report);
      expect(text).toContain("Bénévole n° 200000");
      expect(text.split("\n").filter((line) => line.startsWith("Bénévole n° "))).toHaveLength(200_000);
    } finally {
      tmp.cleanup();
    }
  });
});
