// How Valorise decides that two texts of the journal name the same thing (a person, an
// association, a category...). One rule, used everywhere a name or a label is compared: totals,
// CEC, roles table, rate table, alias table, custom-function arguments, sidebar.
//
// Same thing: the texts are equal once
//   - put in Unicode compatibility form (NFKC: "É" typed as E + combining accent, full-width
//     letters, ligatures such as "ﬁ"),
//   - stripped of format characters (zero-width spaces and joiners, bidi marks, soft hyphens, BOM),
//   - folded for case and white space (any run of spaces, tabs, no-break spaces is one space).
// Accents are kept: "Helene" and "Hélène" may be two people, so they are only listed as possible
// duplicates (see possibleDuplicates), never merged without the treasurer's alias table.

/** Unicode format characters (category Cf): zero-width space/joiners, LRM/RLM, bidi embeddings, soft hyphen, BOM. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const SPACES = /\s+/g;

/** The text as it should be shown: composed (NFC), no format characters, spaces folded. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(FORMAT_CHARACTERS, "").replace(SPACES, " ").trim();
}

/** The key two texts share when they name the same thing (see the rule above). "" for a blank text. */
export function identityKey(text: string): string {
  return text.normalize("NFKC").replace(FORMAT_CHARACTERS, "").replace(SPACES, " ").trim().toLowerCase();
}

/** The identity key without accents: texts that differ only by accents share it ("helene durand"). */
export function accentlessKey(text: string): string {
  return identityKey(text).normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}
