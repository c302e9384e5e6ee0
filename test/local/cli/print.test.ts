import { describe, expect, it } from "vitest";
import { main } from "../../../src/local/cli/main";
import { frenchNumber, textTable, visibleControls } from "../../../src/local/cli/print";
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

describe("visibleControls", () => {
  it("writes as JSON would what a terminal acts on: ESC, BEL, CR, BS, tab, line feed, DEL, C1, bidi controls", () => {
    expect(visibleControls("Zoé\u001b[2J")).toBe("Zoé\\u001b[2J");
    expect(visibleControls("\u001b]0;titre\u0007")).toBe("\\u001b]0;titre\\u0007");
    expect(visibleControls("a\rb\bc\td\ne\u007f")).toBe("a\\u000db\\u0008c\\u0009d\\u000ae\\u007f");
    expect(visibleControls("\u009b2J \u0085 \u2028")).toBe("\\u009b2J \\u0085 \\u2028");
    expect(visibleControls("\u202aa\u202eb\u2066c\u2069")).toBe("\\u202aa\\u202eb\\u2066c\\u2069");
  });

  it("keeps accents, French quotes, spaces, bidi marks and line feeds when asked", () => {
    const french = "« Hélène Lœb » : 1 234,50 €\u00a0\u202f\u200f";
    expect(visibleControls(french)).toBe(french);
    expect(visibleControls("ligne 1\nligne\u001b 2\n", true)).toBe("ligne 1\nligne\\u001b 2\n");
  });

  it("leaves JSON valid and exact: the escaped text reads back the same value", () => {
    const value = { nom: "A\u001b[2J\u0007\r\b\u007f\u0085\u009b\u202e\u2028\u2066 \\u001b é", liste: ["\u0080\u009f"] };
    const text = visibleControls(JSON.stringify(value, null, 2), true);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("textTable with control characters in cells", () => {
  it("shows them escaped, line breaks and tabs included, and keeps the columns aligned", () => {
    const table = textTable(["Bénévole", "Heures"], [["Zoé\u001b[2J", "2,50"], ["Ana\tB\nC", "1,00"], ["Lou", "3,00"]], ["left", "right"]);
    expect(table.split("\n")).toEqual([
      "Bénévole           Heures",
      "-----------------  ------",
      "Zoé\\u001b[2J         2,50",
      "Ana\\u0009B\\u000aC    1,00",
      "Lou                  3,00",
    ]);
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
  // a large render, not a speed check (the bench is): room for a loaded machine
  }, 60_000);
});
