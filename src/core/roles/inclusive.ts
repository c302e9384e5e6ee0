// Role names in inclusive writing (écriture inclusive) are the same words as their masculine and
// feminine forms (docs/regles/cec.md): "Animat⋅eur⋅rice" is "animateur" and "animatrice",
// "Président.e" is "président" and "présidente". Bénévalibre writes its default role
// "Animat⋅eur⋅rice" with U+22C5 DOT OPERATOR (migration 0004_defaultrole_initialisation).
//
// The rule, applied to the text's accentless key (NFKC, no format characters, lower case, no
// accents: "ANIMAT⋅EUR⋅RICE" and "Présidente" typed with a combining accent read alike):
//   1. An inclusive word is a word followed by one or more marks. A mark is a separator then an
//      ending, or an ending in brackets: "·e", "⋅rice", ".e", "/trice", "-trice", "(e)".
//      Separators: the middle dots · ⋅ ∙ • ‧, the period, the hyphen and the slash.
//      Endings: only those of ENDINGS below, and only as a whole word: anything else is a compound
//      word or an abbreviation and keeps its meaning ("Vice-présidente", "C.A.", "CA/Bureau").
//   2. Masculine endings extend the word ("animat" + "eur" = "animateur"); the feminine is the
//      masculine with a feminine ending: "rice" and "euse" replace a final "eur", "trice" a final
//      "teur", "ere" a final "er", "iere" a final "ier"; the other endings are added
//      ("président" + "e", "chef" + "fe").
//   3. Plural marks ("·s", "(s)", the "s" of "Président·es") are dropped: a role names one person.
//   4. The text reads twice: every inclusive word masculine, then every one feminine.

import { accentlessKey } from "../text/identity";

const MASCULINE = ["teur", "eur", "ier", "er"];
const FEMININE = ["trice", "rice", "euse", "iere", "ere", "ne", "fe", "le", "se", "e"];
const PLURAL = ["s", "x"];
/** Longest first, so that "eur" is not read as "e" followed by letters. */
const ENDINGS = [...MASCULINE, ...FEMININE, ...PLURAL].sort((a, b) => b.length - a.length).join("|");

/** Feminine endings that take the place of a masculine one. */
const REPLACES: Readonly<Record<string, string>> = { rice: "eur", euse: "eur", trice: "teur", ere: "er", iere: "ier" };

const SEPARATOR = "[\u00b7\u22c5\u2219\u2022\u2027./\\-\u2010]";
const MARK = `(?:${SEPARATOR}(?:${ENDINGS})|\\((?:${ENDINGS})\\))`;
const INCLUSIVE_WORD = new RegExp(`(\\p{L}+)((?:${MARK})+(?:s|x)?)(?!\\p{L})`, "gu");
const ENDING = new RegExp(ENDINGS, "g");

interface Forms {
  masculine: string;
  feminine: string;
}

function feminize(masculine: string, ending: string): string {
  const replaced = REPLACES[ending];
  return replaced && masculine.endsWith(replaced) ? masculine.slice(0, -replaced.length) + ending : masculine + ending;
}

/** Masculine and feminine of a word and its marks: "animat", "⋅eur⋅rice" -> animateur, animatrice. */
function formsOf(word: string, marks: string): Forms {
  let masculine = word;
  let feminineEnding: string | undefined;
  for (const ending of marks.match(ENDING) ?? []) {
    if (MASCULINE.includes(ending) && feminineEnding === undefined) masculine += ending;
    else if (FEMININE.includes(ending)) feminineEnding ??= ending;
  }
  return { masculine, feminine: feminineEnding === undefined ? masculine : feminize(masculine, feminineEnding) };
}

/**
 * The readings of a role text as accentless keys: one when it has no inclusive writing
 * ("secretaire"), else the masculine and the feminine ("animateur", "animatrice").
 */
export function inclusiveReadings(text: string): string[] {
  const key = accentlessKey(text);
  const masculine = key.replace(INCLUSIVE_WORD, (_, word: string, marks: string) => formsOf(word, marks).masculine);
  const feminine = key.replace(INCLUSIVE_WORD, (_, word: string, marks: string) => formsOf(word, marks).feminine);
  return masculine === feminine ? [masculine] : [masculine, feminine];
}
