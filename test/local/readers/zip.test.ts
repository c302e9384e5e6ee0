// A ZIP directory that lies about its own lengths is not a workbook: refused in French, never with
// the engine's RangeError (found by the sidebar reader's corrupted-bytes test).
import { afterAll, describe, expect, it } from "vitest";
import { readJournalFile } from "../../../src/local/readers/index";
import { parseXlsx } from "../../../src/local/readers/xlsx";
import { tmpFolder } from "./tmp";
import { workbook } from "./xlsxParts";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

/** The workbook with the extra field of its last directory entry said to run past the directory. */
function extraPastDirectory(): Uint8Array {
  const bytes = new Uint8Array(workbook([['<c r="A1" t="inlineStr"><is><t>Nom</t></is></c>']]));
  const view = new DataView(bytes.buffer);
  let last = -1;
  for (let p = 0; p + 4 <= bytes.length; p++) if (view.getUint32(p, true) === 0x02014b50) last = p;
  view.setUint16(last + 30, 0xfff0, true);
  return bytes;
}

describe("zipDirectory", () => {
  it("refuses a directory entry whose extra field runs past the directory", async () => {
    const bytes = extraPastDirectory();
    await expect(parseXlsx(bytes)).rejects.toThrow(/^Ce fichier n'est pas un classeur Excel lisible \(\.xlsx\)\.$/);
    await expect(readJournalFile(tmp.write("abime.xlsx", bytes))).rejects.toThrow(/abime\.xlsx : Ce fichier n'est pas un classeur Excel lisible/);
  });
});
