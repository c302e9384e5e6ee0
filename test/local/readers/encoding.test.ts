import { describe, expect, it } from "vitest";
import { decodeText, lineAfter } from "../../../src/local/readers/encoding";
import { ReaderError } from "../../../src/local/readers/errors";
import { singleByteEncodingOf } from "../../../src/local/readers/singleByte";
import { C1, iso885915, latin1Bytes, utf16, utf8, windows1252 } from "./bytes";

/** The ReaderError message decodeText throws for these bytes. */
function failure(data: Uint8Array): string {
  try {
    decodeText(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return (error as Error).message;
  }
  throw new Error("decodeText accepted the bytes");
}

describe("decodeText: UTF-8 and UTF-16", () => {
  it("reads UTF-8 without and with a byte-order mark, the mark removed", () => {
    expect(decodeText(utf8("Prénom,Nom\r\nZoé,L’Hostis\r\n"))).toEqual({ text: "Prénom,Nom\r\nZoé,L’Hostis\r\n", encoding: "UTF-8" });
    expect(decodeText(utf8("Prénom;Œuvre\n", true))).toEqual({ text: "Prénom;Œuvre\n", encoding: "UTF-8 avec BOM" });
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "UTF-8" });
  });

  it("reads UTF-16 LE and BE after their byte-order mark, characters beyond the BMP included", () => {
    const text = "Bénévole\tMontant\r\nL’Hostis\t12,50 €\r\nCœur 🌱\t3\r\n";
    expect(decodeText(utf16(text, "LE"))).toEqual({ text, encoding: "UTF-16 LE" });
    expect(decodeText(utf16(text, "BE"))).toEqual({ text, encoding: "UTF-16 BE" });
  });

  it("names the line of a lone surrogate or of a last odd byte in UTF-16", () => {
    const lone = utf16("A\r\nB\r\n\uD800C\r\n", "LE");
    expect(failure(lone)).toMatch(/^Ligne 3 : suite d'octets invalide en UTF-16 LE/);
    const odd = Uint8Array.from([...utf16("A\nB\n", "BE"), 0x43]);
    expect(failure(odd)).toMatch(/^Ligne 3 : le fichier UTF-16 BE se termine par un octet isolé/);
  });

  it("refuses UTF-16 without a byte-order mark, in either order", () => {
    for (const order of ["LE", "BE"] as const) {
      expect(failure(utf16("Bénévole\tDate\r\nZoé\t2025-01-01\r\n", order, false))).toMatch(/^Ligne 1 : .*UTF-16 sans marque d'ordre des octets/);
    }
  });

  it("names the line of the first invalid byte of a file that starts with the UTF-8 mark", () => {
    const data = Uint8Array.from([...utf8("A;B\r\nZoé;1\r\nAnaïs;2\r\n", true), ...latin1Bytes("Ren", [0xe9], "e;3\r\n")]);
    expect(failure(data)).toMatch(/^Ligne 4 : octets invalides en UTF-8, alors que le fichier commence par la marque/);
  });

  it("refuses C1 control characters written in UTF-8 (Windows-1252 bytes once taken for Latin-1)", () => {
    expect(failure(utf8("Nom\nL\u0092Hostis\n"))).toMatch(/^Ligne 2 : caractère de contrôle U\+0092 \(sans doute « ’ » mal converti depuis Windows-1252\)/);
  });
});

describe("decodeText: Windows-1252 and ISO 8859-15", () => {
  it("maps 0x80-0x9F to Windows-1252's characters, never to C1 controls", () => {
    const defined = Array.from({ length: 32 }, (_, i) => 0x80 + i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const { text, encoding } = decodeText(Uint8Array.from(defined));
    expect(encoding).toBe("Windows-1252");
    // WHATWG index-windows-1252, pointers 0 to 31 less the five undefined ones
    expect([...text].map((c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
    ]);
    expect(text).not.toMatch(C1);
  });

  it("refuses a byte Windows-1252 leaves undefined, naming its line and the byte", () => {
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
      const message = failure(latin1Bytes("Nom;Montant\r\nZo", [0xe9], ";12\r\nBad", [b], ";3\r\n"));
      expect(message).toContain(`Ligne 3 : octet 0x${b.toString(16).toUpperCase()}, qui n'est un caractère ni en UTF-8 ni en Windows-1252`);
    }
  });

  it("reads ISO 8859-15 when € or œ / Œ next to letters say so", () => {
    const text = "Nom;Association;Frais\nCœur;Œuvres sociales;12,50 €\n";
    expect(decodeText(iso885915(text))).toEqual({ text, encoding: "ISO 8859-15" });
    expect(decodeText(iso885915("Frais\n12 €\n"))).toEqual({ text: "Frais\n12 €\n", encoding: "ISO 8859-15" });
  });

  it("keeps Latin-1 signs that ISO 8859-15 would read as letters when nothing points to it", () => {
    // ½ next to a digit, ´ typed as an apostrophe, no € and no letter next to 0xBC-0xBE
    expect(decodeText(windows1252("Durée;Note\n1½ h;l´asso\n"))).toEqual({ text: "Durée;Note\n1½ h;l´asso\n", encoding: "Windows-1252" });
  });

  it("decides by the stated heuristic", () => {
    expect(singleByteEncodingOf(latin1Bytes("Op", [0xe9], "ra"))).toBe("Windows-1252"); // nothing to vote: Latin-1 = Windows-1252
    expect(singleByteEncodingOf(latin1Bytes("s", [0xbd], "ur"))).toBe("ISO 8859-15"); // sœur
    expect(singleByteEncodingOf(latin1Bytes("s", [0xbd], "ur ", [0x92]))).toBe("Windows-1252"); // a byte of 0x80-0x9F decides
    expect(singleByteEncodingOf(latin1Bytes("1", [0xbd], " et 2", [0xbc], " c", [0xbd], "ur"))).toBe("Windows-1252"); // 2 fractions, 1 letter
    expect(singleByteEncodingOf(latin1Bytes("1", [0xbd], " ; 3 ", [0xa4], " ; c", [0xbd], "ur"))).toBe("ISO 8859-15"); // 1 fraction, € and œ
  });
});

describe("decodeText: files that are not text", () => {
  it("refuses a binary file, naming the line of the first control character", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
    expect(failure(png)).toMatch(/^Ligne 2 : caractère de contrôle U\+001A : ce fichier ne semble pas être un fichier texte/);
  });

  it("refuses a NUL byte in an otherwise readable file", () => {
    expect(failure(utf8("A;B\r\n1;2\r\n3;\u00004\r\n"))).toMatch(/^Ligne 3 : caractère de contrôle U\+0000/);
    expect(failure(latin1Bytes("A;B\r\nZo", [0xe9], ";2\r\n3;", [0x00], "\r\n"))).toMatch(/^Ligne 3 : caractère de contrôle U\+0000/);
  });

  it("refuses a UTF-8 file with rows added in Windows-1252, naming the first such line", () => {
    const data = Uint8Array.from([...utf8("Nom;Association\r\nHélène Durand;Amicale Laïque\r\n"), ...windows1252("Zoé Benoît;Amicale Laïque\r\n")]);
    expect(failure(data)).toMatch(/^Ligne 3 : le fichier mélange deux encodages/);
  });

  it("keeps tab, line feed, carriage return and form feed", () => {
    expect(decodeText(utf8("A\tB\r\n1\f\t2\n")).text).toBe("A\tB\r\n1\f\t2\n");
  });
});

describe("lineAfter", () => {
  it("counts CRLF, LF and a lone CR as one line break each", () => {
    expect(lineAfter("")).toBe(1);
    expect(lineAfter("a\r\nb\nc\rd")).toBe(4);
    expect(lineAfter("a\r\n")).toBe(2);
  });
});
