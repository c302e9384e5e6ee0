// The command line keeps Node's native byte functions (its speed): the readers' rules get them from
// the platform they are handed, and readJournalFile hands Node's.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { readJournalFile } from "../../../src/local/readers/index";
import { nodePlatform } from "../../../src/local/readers/nodePlatform";
import { plainBytes } from "../../../src/local/readers/plainBytes";
import { utf16, utf8, windows1252 } from "./bytes";
import { tmpFolder } from "./tmp";
import { workbook } from "./xlsxParts";

const tmp = tmpFolder();
afterAll(tmp.cleanup);
afterEach(() => vi.restoreAllMocks());

/** Counts the calls of each byte function of both platforms while the file is read. */
async function callsWhileReading(name: string, bytes: Uint8Array): Promise<{ node: Record<string, number>; plain: Record<string, number> }> {
  const spies = (platform: object) => Object.fromEntries(Object.keys(platform).map((key) => [key, vi.spyOn(platform as Record<string, () => unknown>, key)]));
  const node = spies(nodePlatform);
  const plain = spies(plainBytes);
  await readJournalFile(tmp.write(name, bytes));
  const counts = (s: Record<string, { mock: { calls: unknown[] } }>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.mock.calls.length]));
  return { node: counts(node), plain: counts(plain) };
}

const none = (calls: Record<string, number>) => Object.values(calls).every((n) => n === 0);

describe("readJournalFile reads with Node's byte functions", () => {
  it("a UTF-8 CSV: Node checks the bytes are UTF-8", async () => {
    const { node, plain } = await callsWhileReading("utf8.csv", utf8("Nom;Date\nZoé;2025-01-01\n"));
    expect(node.isUtf8).toBeGreaterThan(0);
    expect(none(plain)).toBe(true);
  });

  it("a Windows-1252 CSV: Node decodes Latin-1", async () => {
    const { node, plain } = await callsWhileReading("excel.csv", windows1252("Nom;Frais\nL’Hostis;12 €\n"));
    expect(node.latin1).toBeGreaterThan(0);
    expect(none(plain)).toBe(true);
  });

  it("a UTF-16 BE file: Node swaps the bytes", async () => {
    const { node, plain } = await callsWhileReading("be.txt", utf16("Nom\tDate\nZoé\t2025-01-01\n", "BE"));
    expect(node.swapped16).toBeGreaterThan(0);
    expect(none(plain)).toBe(true);
  });

  it("a deflated workbook: Node's zlib inflates it", async () => {
    const { node, plain } = await callsWhileReading("classeur.xlsx", workbook([['<c r="A1" t="inlineStr"><is><t>Nom</t></is></c>']], "Journal", { deflate: true }));
    expect(node.inflateRaw).toBeGreaterThan(0);
    expect(none(plain)).toBe(true);
  });
});
