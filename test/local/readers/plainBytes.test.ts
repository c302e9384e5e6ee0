// The byte work in plain JavaScript (the sidebar's) must give what Node's native functions give.
import { describe, expect, it } from "vitest";
import { nodePlatform } from "../../../src/local/readers/nodePlatform";
import { plainBytes } from "../../../src/local/readers/plainBytes";
import { seededBytes, utf16, utf8 } from "./bytes";

const samples: Uint8Array[] = [
  new Uint8Array(),
  utf8("Bénévole;Œuvre « cœur » 🌱\r\n"),
  Uint8Array.from({ length: 256 }, (_, i) => i),
  seededBytes(100_000, 5), // more than one piece of String.fromCharCode
  seededBytes(9, 11).subarray(1), // an odd length, at an odd offset
  utf16("A\uD800B\uDC00\uD83C\uDF31", "LE"),
];

describe("plainBytes gives what Node gives", () => {
  for (const [i, bytes] of samples.entries()) {
    it(`sample ${i} (${bytes.length} bytes)`, () => {
      expect(plainBytes.latin1(bytes)).toBe(nodePlatform.latin1(bytes));
      const even = bytes.subarray(0, bytes.length & ~1);
      expect(plainBytes.utf16le(even)).toBe(nodePlatform.utf16le(even));
      expect([...plainBytes.swapped16(even)]).toEqual([...nodePlatform.swapped16(even)]);
      expect([...plainBytes.concat([bytes, even, bytes])]).toEqual([...nodePlatform.concat([bytes, even, bytes])]);
      expect(plainBytes.isUtf8(bytes)).toBe(nodePlatform.isUtf8(bytes));
      expect(plainBytes.isAscii(bytes)).toBe(nodePlatform.isAscii(bytes));
      const text = nodePlatform.latin1(bytes) + nodePlatform.utf16le(even);
      expect(plainBytes.utf8Length(text)).toBe(nodePlatform.utf8Length(text));
    });
  }

  it("keeps a lone surrogate of UTF-16 as it is (the reader names its line)", () => {
    expect(plainBytes.utf16le(Uint8Array.from([0x00, 0xd8, 0x41, 0x00]))).toBe("\uD800A");
  });

  it("tells valid UTF-8 as Node does: overlong forms, surrogates, beyond U+10FFFF, cut sequences", () => {
    const cases = [
      [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x8c], [0xc3], [0xc3, 0xa9],
      [0xef, 0xbb, 0xbf, 0x41], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x8c, 0xb1], [0x80], [0xff], [0x41, 0x00, 0x7f],
    ];
    for (const bytes of cases.map((c) => Uint8Array.from(c))) expect(plainBytes.isUtf8(bytes), String([...bytes])).toBe(nodePlatform.isUtf8(bytes));
  });
});
