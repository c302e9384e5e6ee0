// The command line reads a CSV as a stream (decoded, parsed and read chunk by chunk). On files as
// their writers write them, cut in chunks of every size, it must give the journal the whole-file
// path gives: same actions, same anomalies at the same lines, same refusals.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type JournalReader, journalReader, readJournal } from "../../../src/core/journal/read";
import { actionList } from "../../../src/core/journal/store";
import type { Journal } from "../../../src/core/journal/types";
import { bytesSource } from "../../../src/local/readers/byteSource";
import { CsvRecords, readCsv, readCsvRows } from "../../../src/local/readers/csv";
import { decodeText, openText } from "../../../src/local/readers/encoding";
import { ReaderError } from "../../../src/local/readers/errors";
import { xlsxWallClock } from "../../../src/local/readers/xlsx";
import { iso885915, latin1Bytes, utf16, utf8, windows1252 } from "./bytes";
import { benevalibreCsvExport, handKeptText } from "./writerFixtures";

const TODAY = Date.UTC(2026, 5, 1) / 86_400_000;
const options = { wallClock: xlsxWallClock, today: TODAY };

/** The journal as the command line read it before it streamed: the file decoded whole, parsed whole, then read. */
function wholeJournal(bytes: Uint8Array): { journal: Journal; rows: number } {
  const { grid, rejectedRows } = readCsv(decodeText(bytes).text);
  return { journal: readJournal(grid, { ...options, rejectedRows }), rows: grid.length - 1 };
}

/** The journal read as the command line now reads it: chunks of `chunkBytes`, rows handed one at a time to the journal reader. */
async function streamedJournal(bytes: Uint8Array, chunkBytes: number): Promise<{ journal: Journal; rows: number }> {
  const { texts } = await openText(bytesSource(bytes, chunkBytes));
  let reader: JournalReader | undefined;
  const rows = await readCsvRows(texts, (headers) => {
    const journal = journalReader(headers, options);
    reader = journal;
    return { row: (cells, index) => journal.row(cells, index + 1), reject: (r) => journal.reject(r.index + 1, r.column, r.problem) };
  });
  return { journal: reader!.finish(), rows };
}

/** What a report is made of: the counted actions, the anomalies, the years, the possible duplicates. */
const contents = ({ journal, rows }: { journal: Journal; rows: number }) => ({
  rows,
  actions: actionList(journal.actions),
  anomalies: journal.anomalies,
  years: journal.years,
  duplicates: journal.possibleDuplicates,
});

const totalHours = (journal: Journal) => actionList(journal.actions).reduce((sum, a) => sum + a.durationMs, 0) / 3_600_000;

const frenchExcelCsv = () => windows1252(handKeptText(30_000, ";"));
/** Excel's « Texte Unicode »: UTF-16 LE with its mark, tab-separated; a name beyond the BMP, cut in two by odd chunks. */
const unicodeText = () => utf16(handKeptText(12_000, "\t").replace(/Ève Dupuis/g, "Ève 🌱 Dupuis"), "LE");

describe("streamed CSV: the journal of the whole-file path", () => {
  const files = [
    { name: "Bénévalibre's CSV export (UTF-8, commas)", bytes: benevalibreCsvExport(6_000), encoding: "UTF-8" },
    { name: "French Excel CSV (Windows-1252, semicolons)", bytes: frenchExcelCsv(), encoding: "Windows-1252" },
    { name: "Excel's Unicode text (UTF-16 LE, tabs)", bytes: unicodeText(), encoding: "UTF-16 LE" },
  ];

  for (const file of files) {
    it(`${file.name}: same actions, anomalies and totals, whatever the chunks`, async () => {
      expect(file.bytes.length).toBeGreaterThan(1_100_000); // more than the first megabyte parsed as one piece
      const whole = wholeJournal(file.bytes);
      expect(whole.journal.actions.length).toBeGreaterThan(5_000);
      expect((await openText(bytesSource(file.bytes))).encoding).toBe(file.encoding);
      for (const chunk of [1 << 20, 65_537, 4_093]) {
        const streamed = await streamedJournal(file.bytes, chunk);
        expect(contents(streamed)).toEqual(contents(whole));
        expect(totalHours(streamed.journal)).toBe(totalHours(whole.journal));
      }
    });
  }

  it("still reports a row with more fields than headers, and an erased row one field too wide, at their lines", async () => {
    const { journal, rows } = await streamedJournal(frenchExcelCsv(), 4_093);
    const errors = journal.anomalies.filter((a) => a.kind === "erreur");
    expect(errors).toContainEqual({
      row: 1236, column: "Association", kind: "erreur",
      problem: "8 valeurs pour 7 en-têtes : un séparateur (point-virgule) en trop, dans une valeur non protégée par des guillemets, décale les colonnes. Ligne écartée.",
    });
    // the erased rows after row 3002: the one a field too wide is reported, the empty one is not read
    expect(errors.filter((a) => a.row >= 3003 && a.row <= 3004).map((a) => a.row)).toEqual([3004]);
    expect(errors.find((a) => a.row === 2002)?.problem).toMatch(/31\/02\/2025/);
    // the empty rows at the end are not counted, even the one too wide
    expect(rows).toBe(30_002);
  });

  it("parses the same records as papaparse given the whole text, across every kind of cut", async () => {
    const text = readFileSync("examples/benevalo-export.csv", "utf8");
    for (const size of [1, 3, 7, 4_093]) {
      const records = new CsvRecords();
      const parsed: string[][] = [];
      // a 1.1 MB text: the first piece parsed is the first megabyte, then pieces of `size`
      const long = text + text.slice(text.indexOf("\n") + 1).repeat(2);
      for (let at = 0; at < long.length; at += size) parsed.push(...records.push(long.slice(at, at + size)));
      parsed.push(...records.end());
      const expected = Papa.parse<string[]>(long, { delimiter: ",", header: false, skipEmptyLines: false }).data;
      expect(parsed).toEqual(expected);
    }
  });

  it("refuses a quote never closed, naming the record, without holding the rest of the file", async () => {
    const text = `Bénévole,Date,Heures\r\nZoé,01/03/2025,2\r\n"Karim,02/03/2025,3\r\n${"Anaïs,03/03/2025,1\r\n".repeat(1_000_000)}`;
    await expect(streamedJournal(utf8(text), 1 << 20)).rejects.toThrow(
      /^Fichier CSV mal formé : l'enregistrement 3 dépasse 16 millions de caractères \(un guillemet ouvert n'est sans doute jamais refermé\)\.$/,
    );
    await expect(streamedJournal(utf8('Bénévole,Date\r\nZoé,"01/03'), 3)).rejects.toThrow(/un guillemet ouvert n'est jamais refermé \(enregistrement 2\)/);
  });
});

describe("streamed text: the refusals of the whole-file path, at the same line", () => {
  const faulty: [string, Uint8Array][] = [
    ["UTF-8 then Windows-1252", Uint8Array.from([...utf8("Nom;Association\r\nHélène Durand;Amicale Laïque\r\n"), ...windows1252("Zoé Benoît;Amicale Laïque\r\n")])],
    ["Windows-1252 then UTF-8", Uint8Array.from([...windows1252("Nom;Association\r\nZoé Benoît;Amicale\r\n"), ...utf8("Hélène Durand;Amicale Laïque\r\n")])],
    ["an invalid byte after the UTF-8 mark", Uint8Array.from([...utf8("A;B\r\nZoé;1\r\nAnaïs;2\r\n", true), ...latin1Bytes("Ren", [0xe9], "e;3\r\n")])],
    ["a lone surrogate in UTF-16", utf16("A\r\nB\r\n\uD800C\r\n", "LE")],
    ["an odd last byte in UTF-16", Uint8Array.from([...utf16("A\nB\n", "BE"), 0x43])],
    ["UTF-16 without its mark", utf16("Bénévole\tDate\r\nZoé\t2025-01-01\r\n", "LE", false)],
    ["a NUL byte", utf8("A;B\r\n1;2\r\n3;\u00004\r\n")],
    ["a byte Windows-1252 leaves undefined", latin1Bytes("Nom;Montant\r\nZo", [0xe9], ";12\r\nBad", [0x81], ";3\r\n")],
    ["a C1 control in UTF-8", utf8("Nom\r\nL\u0092Hostis\r\n")],
  ];

  const wholeMessage = (data: Uint8Array) => {
    try {
      decodeText(data);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("decodeText accepted the bytes");
  };

  for (const [name, data] of faulty) {
    it(`${name}`, async () => {
      const expected = wholeMessage(data);
      expect(expected).toMatch(/^Ligne \d+ : /);
      for (const size of [1, 2, 3, 5, 4_096]) {
        const read = async () => {
          const { texts } = await openText(bytesSource(data, size));
          for await (const _ of texts);
        };
        await expect(read()).rejects.toThrow(ReaderError);
        await expect(read()).rejects.toThrow(expected);
      }
    });
  }

  it("decodes every encoding the same in one piece or in chunks of any size", async () => {
    const text = "Bénévole;Frais\r\nYann L’Hostis;12,50 €\r\nCœur 🌱;3\r\n";
    for (const [data, encoding] of [[utf8(text), "UTF-8"], [utf8(text, true), "UTF-8 avec BOM"], [utf16(text, "LE"), "UTF-16 LE"], [utf16(text, "BE"), "UTF-16 BE"]] as const) {
      expect(decodeText(data)).toEqual({ text, encoding });
      for (const size of [1, 2, 3, 5]) {
        const opened = await openText(bytesSource(data, size));
        let decoded = "";
        for await (const piece of opened.texts) decoded += piece;
        expect({ text: decoded, encoding: opened.encoding }).toEqual({ text, encoding });
      }
    }
  });

  it("chooses a single-byte encoding from all the bytes, not the first chunk: ASCII first, accents far after", async () => {
    const ascii = `Nom;Heures\r\n${"Martin;2\r\n".repeat(200_000)}`;
    for (const [data, encoding] of [[windows1252(`${ascii}Zoé L’Hostis;1\r\n`), "Windows-1252"], [iso885915(`${ascii}Cœur;1\r\n`), "ISO 8859-15"]] as const) {
      const whole = decodeText(data);
      expect(whole.encoding).toBe(encoding);
      for (const size of [1 << 20, 4_093]) {
        const opened = await openText(bytesSource(data, size));
        let decoded = "";
        for await (const piece of opened.texts) decoded += piece;
        expect({ text: decoded, encoding: opened.encoding }).toEqual(whole);
      }
    }
    // the votes look at both sides of a chunk's edge: "c" | "œ" | "ur"
    expect((await openText(bytesSource(iso885915("Nom\ncœur\n"), 1))).encoding).toBe("ISO 8859-15");
  });
});
