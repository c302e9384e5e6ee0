// The sidebar inflates a workbook's parts with zlib's inflate in JavaScript (pako), driven as Node
// drives zlib: the same bytes, in the same 16 KB pieces, the same refusals, whatever the stream.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { nodePlatform } from "../../../src/local/readers/nodePlatform";
import { plainBytes } from "../../../src/local/readers/plainBytes";
import { browserPlatform } from "../../../src/sidebar/import/browserPlatform";
import { seededBytes } from "../../local/readers/bytes";

type Inflated = { pieces: number[]; bytes: string } | { error: string };

/** The stream inflated by the platform, handed in pieces of `pieceBytes` as zip.ts reads them. */
async function inflate(platform: typeof nodePlatform, compressed: Uint8Array, pieceBytes = 1 << 20): Promise<Inflated> {
  async function* pieces() {
    for (let at = 0; at < compressed.length; at += pieceBytes) yield compressed.subarray(at, at + pieceBytes);
  }
  const out: Uint8Array[] = [];
  try {
    for await (const piece of platform.inflateRaw(pieces())) out.push(new Uint8Array(piece));
  } catch (error) {
    return { error: (error as Error).message };
  }
  return { pieces: out.map((p) => p.length), bytes: Buffer.concat(out).toString("base64") };
}

const sheetXml = (rows: number) => Buffer.from(Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="n"><v>${(i * 7) % 1000}</v></c></row>`).join(""));

describe("browserPlatform.inflateRaw inflates as Node's zlib does", () => {
  it("is plainBytes for the text work", () => {
    for (const key of Object.keys(plainBytes) as (keyof typeof plainBytes)[]) expect(browserPlatform[key]).toBe(plainBytes[key]);
  });

  it("a sheet of 600 KB, at every compression level, read in pieces of any size: same bytes, same pieces", async () => {
    const xml = sheetXml(20_000);
    for (const level of [0, 1, 6, 9]) {
      const compressed = deflateRawSync(xml, { level });
      for (const pieceBytes of [1 << 20, 65_537, 10_000, 1_000]) {
        const expected = await inflate(nodePlatform, compressed, pieceBytes);
        expect("bytes" in expected && Buffer.from(expected.bytes, "base64").equals(xml)).toBe(true);
        expect(await inflate(browserPlatform, compressed, pieceBytes), `level ${level}, pieces of ${pieceBytes}`).toEqual(expected);
      }
    }
  });

  it("refuses, with zlib's own reason, what zlib refuses: nothing, a cut stream, a bad block, a stored block whose length check fails", async () => {
    const compressed = deflateRawSync(sheetXml(500));
    const stored = Buffer.from(deflateRawSync(Buffer.from("<c/>"), { level: 0 }));
    stored[3] = stored[3]! ^ 0xff;
    const cases = [new Uint8Array(), compressed.subarray(0, compressed.length >> 1), Uint8Array.from([0x07, 0x00]), stored];
    const errors = [];
    for (const bytes of cases) {
      const expected = await inflate(nodePlatform, bytes);
      expect(await inflate(browserPlatform, bytes)).toEqual(expected);
      errors.push("error" in expected ? expected.error : "");
    }
    expect(errors).toEqual(["unexpected end of file", "unexpected end of file", "invalid block type", "invalid stored block lengths"]);
  });

  it("ignores what follows the stream's end, as Node does", async () => {
    const compressed = Buffer.concat([deflateRawSync(sheetXml(50)), Buffer.from("reste")]);
    expect(await inflate(browserPlatform, compressed)).toEqual(await inflate(nodePlatform, compressed));
  });

  it("any bits of a stream changed: the same bytes or the same refusal (2,000 streams)", async () => {
    const compressed = deflateRawSync(Buffer.from(Array.from({ length: 300 }, (_, i) => `<c r="A${i}"><v>${i}</v></c>`).join("")));
    const noise = seededBytes(4 * 2_000, 41);
    for (let k = 0; k < 2_000; k++) {
      const bytes = Uint8Array.from(compressed);
      for (let j = 0; j < 1 + (k % 3); j++) {
        const at = ((noise[4 * k + j]! << 8) | noise[4 * k + j + 1]!) % bytes.length;
        bytes[at] = bytes[at]! ^ (1 << (noise[4 * k + j + 2]! % 8));
      }
      expect(await inflate(browserPlatform, bytes), `stream ${k}`).toEqual(await inflate(nodePlatform, bytes));
    }
  }, 60_000);
});
