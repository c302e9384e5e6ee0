import { describe, expect, it } from "vitest";
import { LATIN_9, latin9Bytes } from "../../../src/core/text/latin9";
import { decodeSingleByte } from "../../../src/local/readers/singleByte";
import { iso885915 } from "../../local/readers/bytes";

/** Node's own ISO 8859-15 decoder (ICU), independent of the table under test. */
const decoded = (bytes: Uint8Array) => new TextDecoder("iso-8859-15").decode(bytes);

describe("ISO 8859-15 encoder", () => {
  it("writes French text byte for byte, € œ Œ Ÿ « » included", () => {
    const text = "Fête de l'Œuvre « cœur » : 12 € à Noël, ÿ Ÿ Š š Ž ž, ç É ×";
    const bytes = latin9Bytes(text);
    expect(bytes).toHaveLength(text.length);
    expect(bytes).toEqual(iso885915(text));
    expect(decoded(bytes)).toBe(text);
    expect(decodeSingleByte(bytes, "ISO 8859-15")).toBe(text);
    expect([...latin9Bytes("€Œœ«»é")]).toEqual([0xa4, 0xbc, 0xbd, 0xab, 0xbb, 0xe9]);
  });
  it("gives every printable character of the set its own byte back", () => {
    const bytes = [...Array.from({ length: 0x5f }, (_, i) => 0x20 + i), ...Array.from({ length: 0x5f }, (_, i) => 0xa1 + i)];
    const text = decoded(Uint8Array.from(bytes));
    expect([...latin9Bytes(text)]).toEqual(bytes);
    expect(Object.keys(LATIN_9).map(Number)).toEqual([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);
  });
  it("transliterates what the set lacks", () => {
    const cases: [string, string][] = [
      ["“Fête” – l’atelier — 3… fin", '"Fête" - l\'atelier - 3... fin'],
      ["1\u00a0234\u202f€ et 5\u2009h", "1 234 € et 5 h"],
      ["½ journée, l´asso, ¼ et ¾", "1/2 journée, l'asso, 1/4 et 3/4"],
      ["Łukasz Wałęsa, Őrs, ﬁn, Ｆ", "Lukasz Walesa, Ors, fin, F"],
      ["Zoë\u200b et e\u0301te\u0301", "Zoë et été"],
      ["Tâche 🎉 ✓ ẞ", "Tâche ? ? ?"],
    ];
    for (const [text, expected] of cases) expect(decoded(latin9Bytes(text))).toBe(expected);
  });
  it("keeps tabs and line ends, and never writes a C1 control byte", () => {
    const bytes = latin9Bytes("a\tb\r\nc\u0085d\u0092");
    expect(decoded(bytes)).toBe("a\tb\r\nc?d?");
    expect([...bytes].some((b) => b >= 0x80 && b < 0xa0)).toBe(false);
  });
});
