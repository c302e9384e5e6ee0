// The text rules (encoding chosen, faults at their line) are the same with either platform's byte
// functions, whole or in chunks of any size.
import { describe, expect, it } from "vitest";
import { bytesSource } from "../../../src/local/readers/byteSource";
import { nodePlatform } from "../../../src/local/readers/nodePlatform";
import { plainBytes } from "../../../src/local/readers/plainBytes";
import { decodeText, openText } from "../../../src/local/readers/textDecoding";
import { iso885915, latin1Bytes, utf16, utf8, windows1252 } from "./bytes";

const plain = { ...plainBytes, inflateRaw: nodePlatform.inflateRaw };

const FILES: [string, Uint8Array][] = [
  ["UTF-8", utf8("Bénévole;Frais\r\nYann L’Hostis;12,50 €\r\nCœur 🌱;3\r\n")],
  ["UTF-8 with its mark", utf8("Bénévole;Frais\r\n", true)],
  ["UTF-16 LE", utf16("Bénévole\tFrais\r\nCœur 🌱\t3\r\n", "LE")],
  ["UTF-16 BE", utf16("Bénévole\tFrais\r\nCœur 🌱\t3\r\n", "BE")],
  ["Windows-1252", windows1252("Nom;Frais\r\nL’Hostis;12 €\r\nŒuvre;1½\r\n")],
  ["ISO 8859-15", iso885915("Nom;Frais\r\nCœur;12 €\r\n")],
  ["a lone surrogate", utf16("A\r\nB\r\n\uD800C\r\n", "LE")],
  ["an odd last byte", Uint8Array.from([...utf16("A\nB\n", "BE"), 0x43])],
  ["UTF-16 without its mark", utf16("Bénévole\tDate\r\nZoé\t2025-01-01\r\n", "LE", false)],
  ["invalid UTF-8 after the mark", Uint8Array.from([...utf8("A;B\r\nZoé;1\r\n", true), ...latin1Bytes("Ren", [0xe9], "e;3\r\n")])],
  ["two encodings", Uint8Array.from([...utf8("Nom\r\nHélène\r\n"), ...windows1252("Zoé\r\n")])],
  ["a C1 control in UTF-8", utf8("Nom\r\nL\u0092Hostis\r\n")],
  ["an undefined Windows-1252 byte", latin1Bytes("Nom\r\nZo", [0xe9], "\r\nB", [0x81], "\r\n")],
  ["a binary file", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
];

const outcome = (read: () => unknown) => {
  try {
    return { read: read() };
  } catch (error) {
    return { refusal: (error as Error).message };
  }
};

async function streamed(bytes: Uint8Array, chunk: number, platform: typeof nodePlatform) {
  try {
    const { encoding, texts } = await openText(bytesSource(bytes, chunk), platform);
    let text = "";
    for await (const piece of texts) text += piece;
    return { read: { text, encoding } };
  } catch (error) {
    return { refusal: (error as Error).message };
  }
}

describe("text decoding with plain JavaScript gives what Node's byte functions give", () => {
  for (const [name, bytes] of FILES) {
    it(name, async () => {
      const expected = outcome(() => decodeText(bytes, nodePlatform));
      expect(outcome(() => decodeText(bytes, plain))).toEqual(expected);
      for (const chunk of [1, 2, 3, 7, 1 << 20]) {
        expect(await streamed(bytes, chunk, plain)).toEqual(expected);
        expect(await streamed(bytes, chunk, nodePlatform)).toEqual(expected);
      }
    });
  }
});
