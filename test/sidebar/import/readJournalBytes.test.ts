// The sidebar reads a journal chosen in a file picker from its bytes, with the browser's byte
// functions; the command line reads the same file from disk with Node's. Both must give the same
// grid, rejected rows, format and encoding, and the same French refusals.
import { afterAll, describe, expect, it } from "vitest";
import { ReaderError } from "../../../src/local/readers/errors";
import { readJournalFile } from "../../../src/local/readers/index";
import { readJournalBytes } from "../../../src/sidebar/import/readJournalBytes";
import { seededBytes } from "../../local/readers/bytes";
import { tmpFolder } from "../../local/readers/tmp";
import { ALL_CASES, CSV_FILES, ENCODINGS, FILE_NAMES, JSON_FILES, type JournalCase, LARGE_FILES, SAMPLE_EXPORTS, SIDE_TABLES, XLSX_FILES } from "./journalFixtures";

const tmp = tmpFolder("valorise-bytes-");
afterAll(tmp.cleanup);

type Outcome = { read: { grid: unknown; rejectedRows: unknown; format: unknown; encoding: unknown } } | { refusal: string };

/** What the command line reads from the file on disk: its path named as the file's name alone, as the sidebar names it. */
async function cliOutcome(name: string, bytes: Uint8Array): Promise<Outcome> {
  const path = tmp.write(name, bytes);
  try {
    const { grid, rejectedRows, format, encoding } = await readJournalFile(path);
    return { read: { grid, rejectedRows, format, encoding } };
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return { refusal: (error as Error).message.split(`${tmp.dir}/`).join("") };
  }
}

async function bytesOutcome(name: string, bytes: Uint8Array): Promise<Outcome> {
  try {
    return { read: await readJournalBytes(name, bytes) };
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return { refusal: (error as Error).message };
  }
}

/** Engine and library messages, in English: none may reach the user. */
const ENGINE_WORDS = /\b(Error|invalid|unexpected|Unexpected|undefined|null|NaN|object|token|position|zlib|inflate|stream|buffer|Maximum|exceeded)\b|\bat .*\.[jt]s\b/;

async function compare(c: JournalCase): Promise<Outcome> {
  const bytes = await c.bytes();
  const expected = await cliOutcome(c.name, bytes);
  const actual = await bytesOutcome(c.name, bytes);
  expect(actual).toStrictEqual(expected);
  if ("refusal" in actual) {
    expect(actual.refusal).toContain(c.name);
    expect(actual.refusal).not.toMatch(ENGINE_WORDS);
  }
  return actual;
}

const groups: [string, JournalCase[]][] = [
  ["the sample exports", SAMPLE_EXPORTS],
  ["the tables beside the journal", SIDE_TABLES],
  ["CSV files as their writers write them", CSV_FILES],
  ["every encoding read, and the texts refused", ENCODINGS],
  ["files of more than a megabyte", LARGE_FILES],
  ["workbooks, and hostile ones", XLSX_FILES],
  ["JSON exports", JSON_FILES],
  ["file names", FILE_NAMES],
];

for (const [group, cases] of groups) {
  describe(`readJournalBytes gives what readJournalFile gives: ${group}`, () => {
    for (const c of cases) {
      const refused = c.title.startsWith("refused:");
      it(c.title, async () => {
        const outcome = await compare(c);
        // each case is what its title says: read, or refused
        expect("refusal" in outcome).toBe(refused);
      }, 60_000);
    }
  });
}

describe("what the sidebar gets", () => {
  it("reads Bénévalibre's XLSX export typed, the pseudo « =^.^= » as its formula's text", async () => {
    const c = XLSX_FILES.find((x) => x.name === "benevalo-export-2x.xlsx")!;
    const { grid, rejectedRows, format, encoding } = await readJournalBytes(c.name, await c.bytes());
    expect([format, encoding, rejectedRows]).toEqual(["xlsx", null, []]);
    expect(grid[1]).toEqual([
      "Zoé", "Benoît", "=^.^=", "Les Jardins Partagés de Belleville", "Désherbage", "", new Date("2025-03-01T00:00:00Z"), "",
      "2:30:00", 2.5, false, 12.5, "Entretien, technique", "", "",
    ]);
  });

  it("names the encoding a CSV was read in", async () => {
    const encodings = await Promise.all(
      ["journal-excel.csv", "journal-unicode.txt", "journal-be.csv", "journal-latin9.csv", "benevalo-export-2x.csv", "journal.csv"].map(async (name) => {
        const c = [...CSV_FILES].find((x) => x.name === name)!;
        return (await readJournalBytes(name, await c.bytes())).encoding;
      }),
    );
    expect(encodings).toEqual(["Windows-1252", "UTF-16 LE", "UTF-16 BE", "ISO 8859-15", "UTF-8", "UTF-8 avec BOM"]);
  });

  it("lists a rejected row with its row, column and French reason", async () => {
    const c = XLSX_FILES.find((x) => x.name === "formules.xlsx")!;
    expect((await readJournalBytes(c.name, await c.bytes())).rejectedRows).toEqual([
      { index: 2, column: "Recherche", problem: "Cellule G3 en erreur (#N/A) : ligne écartée." },
      { index: 3, column: "Double", problem: "Cellules D4 (#DIV/0!) et G4 (#REF!) en erreur : ligne écartée." },
    ]);
  });

  it("starts each refusal with the file's name, as the command line starts it with the path", async () => {
    const refusal = (name: string) => readJournalBytes(name, ALL_CASES.find((x) => x.name === name)!.bytes() as Uint8Array).then(() => "", (e: Error) => e.message);
    expect(await refusal("photo.csv")).toBe(
      "photo.csv : Ligne 1 : caractère de contrôle U+0000 : ce fichier ne semble pas être un fichier texte (fichier binaire, ou texte UTF-16 sans marque d'ordre des octets).",
    );
    expect(await refusal("faux.xlsx")).toBe("faux.xlsx : Ce fichier n'est pas un classeur Excel lisible (.xlsx).");
    expect(await refusal("melange.csv")).toMatch(/^melange\.csv : Ligne 3 : le fichier mélange deux encodages/);
    expect(await refusal("rapport.pdf")).toBe("Format de fichier non pris en charge (« .pdf ») : rapport.pdf. Formats acceptés : .csv, .tsv, .txt, .xlsx, .json.");
  });

  it("refuses a compression bomb before inflating it, naming the ratio", async () => {
    const c = XLSX_FILES.find((x) => x.name === "bombe.xlsx")!;
    await expect(readJournalBytes(c.name, await c.bytes())).rejects.toThrow(
      /^bombe\.xlsx : La feuille « Journal » du classeur passe de \d+ Ko compressés à 29 Mo \([\d ]+ fois plus\), au-delà des 100 fois qu'atteint un vrai classeur : ce fichier ressemble à une « bombe de décompression » et n'est pas lu\./,
    );
  });
});

describe("hostile workbooks: corrupted bytes are refused as the command line refuses them", () => {
  it("any bytes of a workbook changed: the same grid or the same French refusal", async () => {
    const original = await XLSX_FILES.find((x) => x.name === "benevalo-export-deflate.xlsx")!.bytes();
    const noise = seededBytes(3 * 400, 29);
    for (let k = 0; k < 400; k++) {
      const bytes = new Uint8Array(original);
      for (let j = 0; j < 3; j++) {
        const at = ((noise[3 * k + j]! << 8) | noise[(3 * k + j + 1) % noise.length]!) % bytes.length;
        bytes[at] ^= 1 << (noise[3 * k + j]! % 8);
      }
      const name = `abime-${k}.xlsx`;
      expect(await bytesOutcome(name, bytes), name).toStrictEqual(await cliOutcome(name, bytes));
    }
  }, 120_000);
});
