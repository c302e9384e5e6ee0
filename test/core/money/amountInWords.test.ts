import { describe, expect, it } from "vitest";
import { amountInWords, numberInWords } from "../../../src/core/money/amountInWords";

/** Every word an amount may hold (traditional spelling). */
const VOCABULARY = new Set([
  "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
  "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million",
  "millions", "milliard", "milliards", "et", "euro", "euros", "d'euros", "centime", "centimes",
]);
const VALUES: Record<string, number> = {
  zéro: 0, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

/** A small French words → number reader, written apart from the writer: additive numerals, cent multiplies, mille/million/milliard close a group. */
function parseNumber(words: string[]): number {
  let total = 0;
  let current = 0;
  words.forEach((w, i) => {
    if (w === "et") return;
    if (w === "cent" || w === "cents") current = (current || 1) * 100;
    else if (w === "mille") { total += (current || 1) * 1000; current = 0; }
    else if (w.startsWith("million")) { total += current * 1e6; current = 0; }
    else if (w.startsWith("milliard")) { total += current * 1e9; current = 0; }
    else if ((w === "vingt" || w === "vingts") && words[i - 1] === "quatre") current += 80 - 4;
    else if (w in VALUES) current += VALUES[w]!;
    else throw new Error(`mot inconnu ${w}`);
  });
  return total + current;
}

/** Cents read back from an amount in words. */
function parseAmount(text: string): number {
  const m = /^(.*) (euro|euros|d'euros)(?: et (.*) (centime|centimes))?$/.exec(text);
  if (!m) throw new Error(`forme inattendue : ${text}`);
  const split = (s: string) => s.split(/[ -]/);
  return parseNumber(split(m[1]!)) * 100 + (m[3] ? parseNumber(split(m[3])) : 0);
}

describe("amountInWords", () => {
  it.each([
    [1, "zéro euro et un centime"],
    [2, "zéro euro et deux centimes"],
    [100, "un euro"],
    [101, "un euro et un centime"],
    [200, "deux euros"],
    [1700, "dix-sept euros"],
    [2100, "vingt et un euros"],
    [2200, "vingt-deux euros"],
    [7000, "soixante-dix euros"],
    [7100, "soixante et onze euros"],
    [7200, "soixante-douze euros"],
    [7700, "soixante-dix-sept euros"],
    [8000, "quatre-vingts euros"],
    [8100, "quatre-vingt-un euros"],
    [8080, "quatre-vingts euros et quatre-vingts centimes"],
    [9000, "quatre-vingt-dix euros"],
    [9100, "quatre-vingt-onze euros"],
    [9900, "quatre-vingt-dix-neuf euros"],
    [10000, "cent euros"],
    [10100, "cent un euros"],
    [20000, "deux cents euros"],
    [20100, "deux cent un euros"],
    [28000, "deux cent quatre-vingts euros"],
    [100000, "mille euros"],
    [110000, "mille cent euros"],
    [123456, "mille deux cent trente-quatre euros et cinquante-six centimes"],
    [200000, "deux mille euros"],
    [2100000, "vingt et un mille euros"],
    [8000000, "quatre-vingt mille euros"],
    [8100000, "quatre-vingt-un mille euros"],
    [20000000, "deux cent mille euros"],
    [20000001, "deux cent mille euros et un centime"],
    [32057100, "trois cent vingt mille cinq cent soixante et onze euros"],
    [100000000, "un million d'euros"],
    [100000050, "un million d'euros et cinquante centimes"],
    [100020000, "un million deux cents euros"],
    [200000000, "deux millions d'euros"],
    [8000000000, "quatre-vingts millions d'euros"],
    [20000000000, "deux cents millions d'euros"],
    [20030000000, "deux cents millions trois cent mille euros"],
    [100100000000, "un milliard un million d'euros"],
    [99999999999, "neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf euros et quatre-vingt-dix-neuf centimes"],
  ])("%i centimes → %s", (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });

  it("writes zero as « zéro euro » and refuses what is not whole cents", () => {
    expect(amountInWords(0)).toBe("zéro euro");
    expect(() => amountInWords(-1)).toThrow(/hors des bornes/);
    expect(() => amountInWords(1.5)).toThrow(/hors des bornes/);
  });

  it("writes un milliard", () => {
    expect(numberInWords(1e9)).toBe("un milliard");
    expect(numberInWords(2e9 + 80)).toBe("deux milliards quatre-vingts");
  });

  /** Every cent amount below 100 000 €, then a deterministic spread up to 999 999 999,99 €. */
  function* amounts(): Generator<number> {
    for (let c = 1; c < 10_000_000; c += c < 100_000 ? 1 : 97) yield c;
    let x = 123456789;
    for (let i = 0; i < 200_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const magnitude = 10 ** (1 + (i % 11));
      yield 1 + Math.floor((x / 2147483648) * Math.min(magnitude, 99_999_999_999));
    }
    for (const c of [99_999_999_999, 99_999_999_900, 10_000_000_000, 8_000_000_000, 8_000_000_000 + 8_000_000, 100_000_000]) yield c;
  }

  it("reads back to its amount, in a closed vocabulary, with single spaces, over 0,01 € to 999 999 999,99 €", () => {
    let checked = 0;
    for (const cents of amounts()) {
      const text = amountInWords(cents);
      if (parseAmount(text) !== cents) throw new Error(`${cents} → ${text}`);
      const words = text.split(/[ -]/);
      if (text.includes("  ") || text !== text.trim() || /- | -|--/.test(text)) throw new Error(`espaces : ${text}`);
      for (const w of words) if (!VOCABULARY.has(w)) throw new Error(`${w} hors vocabulaire : ${text}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(400_000);
  });

  it("follows the agreement rules on every amount", () => {
    for (const cents of amounts()) {
      const text = amountInWords(cents);
      const words = text.split(/[ -]/);
      words.forEach((w, i) => {
        const next = words[i + 1];
        const numeralNext = next !== undefined && VALUES[next] !== undefined || next === "cent" || next === "cents" || next === "mille";
        // vingt(s) and cent(s): s exactly when multiplied and ending the numeral (before a noun or nothing)
        if (w === "vingts" && (words[i - 1] !== "quatre" || numeralNext)) throw new Error(`vingts : ${text}`);
        if (w === "vingt" && words[i - 1] === "quatre" && !numeralNext) throw new Error(`quatre-vingt sans s : ${text}`);
        if (w === "cents" && (numeralNext || i === 0 || words[i - 1] === "et")) throw new Error(`cents : ${text}`);
        if (w === "cent" && i > 0 && VALUES[words[i - 1]!] !== undefined && words[i - 1] !== "et" && !numeralNext && !/centime/.test(words[i - 1]!)) {
          throw new Error(`cent multiplié final sans s : ${text}`);
        }
        // « mille », « cent » alone, never « un mille » (but « vingt et un mille », « cent un »)
        if ((w === "mille" || w === "cent") && words[i - 1] === "un" && (i < 2 || /^(mille|millions?|milliards?)$/.test(words[i - 2]!))) {
          throw new Error(`un ${w} : ${text}`);
        }
        if (w === "million" && (words[i - 1] !== "un" || (i > 1 && !/^(milliards?)$/.test(words[i - 2]!)))) throw new Error(`million singulier : ${text}`);
        if (w === "millions" && words[i - 1] === "un" && (i < 2 || /^(mille|millions?|milliards?)$/.test(words[i - 2]!))) throw new Error(`millions : ${text}`);
      });
      // hyphens only inside numerals below a hundred: never beside cent, mille, million, et
      if (/-(cents?|mille|millions?|milliards?|et)\b|\b(cents?|mille|millions?|milliards?|et)-/.test(text)) throw new Error(`trait d'union : ${text}`);
    }
  });
});
