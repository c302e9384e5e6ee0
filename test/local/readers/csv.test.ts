import { afterAll, describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "../../../src/local/readers/csv";
import { ReaderError } from "../../../src/local/readers/errors";
import { readJournalFile } from "../../../src/local/readers/index";
import { tmpFolder } from "./tmp";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

describe("CSV reader", () => {
  it("reads a semicolon file with a BOM, CRLF and French decimals as strings", async () => {
    const path = tmp.write(
      "journal.csv",
      "\uFEFFBénévole;Date;Heures, en décimal;Catégorie\r\nHélène Durand;01/03/2025;2,5;Gouvernance (CA, bureau)\r\nZoé Benoît;2025-03-02;1;\r\n\r\n\r\n",
    );
    const file = await readJournalFile(path);
    expect(file.format).toBe("csv");
    expect(file.grid).toEqual([
      ["Bénévole", "Date", "Heures, en décimal", "Catégorie"],
      ["Hélène Durand", "01/03/2025", "2,5", "Gouvernance (CA, bureau)"],
      ["Zoé Benoît", "2025-03-02", "1", ""],
    ]);
  });

  it("reads a comma file whose quoted field holds a newline, a comma and doubled quotes", () => {
    const text = 'Prénom,Nom,Description,Durée\nZoé,Benoît,"Première ligne,\nseconde ""citée""","1 day, 2:00:00"\nKarim,Haddad,,2:30:00\n';
    expect(parseCsv(text)).toEqual([
      ["Prénom", "Nom", "Description", "Durée"],
      ["Zoé", "Benoît", 'Première ligne,\nseconde "citée"', "1 day, 2:00:00"],
      ["Karim", "Haddad", "", "2:30:00"],
    ]);
  });

  it("reads a tab-separated file", async () => {
    const path = tmp.write("journal.tsv", "Bénévole\tDate\tDurée\nAnaïs\t2025-01-01\t1:00:00\n");
    expect((await readJournalFile(path)).grid).toEqual([["Bénévole", "Date", "Durée"], ["Anaïs", "2025-01-01", "1:00:00"]]);
  });

  it("keeps empty rows inside the file so row numbers match, and pads short rows", () => {
    expect(parseCsv("A;B;C\n1;2;3\n\n4\n")).toEqual([["A", "B", "C"], ["1", "2", "3"], ["", "", ""], ["4", "", ""]]);
  });

  it("detects the delimiter from the header record only", () => {
    expect(detectDelimiter("Bénévole;Heures, en décimal;Date\nA;1,5;2025-01-01")).toBe(";");
    expect(detectDelimiter('Bénévole,"Heures; en décimal",Date\n')).toBe(",");
    expect(detectDelimiter("Bénévole\tDate\n")).toBe("\t");
    expect(detectDelimiter("Bénévole\n")).toBe(",");
  });

  it("reads a Windows-1252 file (French Excel's CSV) when the bytes are not UTF-8", async () => {
    const latin1 = Uint8Array.from([...Buffer.from("Bénévole;Durée\nZoé;2\n", "latin1")]);
    const path = tmp.write("excel.csv", latin1);
    expect((await readJournalFile(path)).grid).toEqual([["Bénévole", "Durée"], ["Zoé", "2"]]);
  });

  it("rejects a quote that is never closed, in French", () => {
    expect(() => parseCsv('A,B\n"ouvert,2\n')).toThrow(ReaderError);
    expect(() => parseCsv('A,B\n"ouvert,2\n')).toThrow(/guillemet/);
  });

  it("gives an empty grid for an empty file", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF\r\n\r\n")).toEqual([]);
  });
});
