/**
 * An amount in French words, as a receipt or a cheque writes it: 123456 cents → « mille deux cent
 * trente-quatre euros et cinquante-six centimes ».
 *
 * Traditional spelling (the one of the Dictionnaire de l'Académie française, 9e éd., s.v. CENT, and
 * of cheques), not the optional 1990 rectifications that hyphenate every numeral:
 * - hyphens only between numerals below one hundred, none around « et »: « dix-sept »,
 *   « vingt et un », « soixante et onze », « quatre-vingt-un », « cent un », « deux mille »;
 * - « vingt » and « cent » take an s when multiplied and ending the numeral: « quatre-vingts »,
 *   « deux cents », but « quatre-vingt-trois », « deux cent un »; « mille » is a numeral adjective
 *   that does not end it (« deux cent mille », « quatre-vingt mille »), while « million » and
 *   « milliard » are nouns that do (« deux cents millions », « quatre-vingts milliards »);
 * - « mille » is invariable and never preceded by « un »; « million » and « milliard » take an s
 *   from two on, and their complement takes « de »: « un million d'euros », « deux millions d'euros ».
 * Sources: Dictionnaire de l'Académie française, 9e éd., s.v. CENT (« Deux cents hommes, deux cent
 * trente hommes. Trois cent mille francs. Un déficit de deux cents millions, de trois cents
 * milliards »), quoted at question-orthographe.fr/?p=213319; Bureau de la traduction du Canada,
 * TERMIUM Plus, Le guide du rédacteur §2.2.5 (million, milliard are nouns: vingt and cent before
 * them keep their s); HEC Montréal, « Millions et milliards » (« quatre-vingt mille », « deux cent
 * mille actions », « deux cents milliards de dollars »); Larousse, difficultés s.v. million (« Le nom
 * complément de million ou de milliard se construit toujours avec de »).
 */

const UNITS = [
  "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
  "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
];
const TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

/** 0 to 99; `last`: nothing follows but a noun (euros, millions), so quatre-vingts takes its s. */
function belowHundred(n: number, last: boolean): string {
  if (n < 17) return UNITS[n]!;
  if (n < 20) return `dix-${UNITS[n - 10]}`;
  // soixante-dix… soixante-dix-neuf and quatre-vingt-dix… are built on 60 and 80 plus 10 to 19
  const base = n < 70 ? Math.floor(n / 10) * 10 : n < 80 ? 60 : 80;
  const rest = n - base;
  const tens = base === 80 ? "quatre-vingt" : TENS[base / 10]!;
  if (rest === 0) return base === 80 && last ? "quatre-vingts" : tens;
  // « et » before un and onze, but for 81 and 91: quatre-vingt-un, quatre-vingt-onze
  if ((rest === 1 || rest === 11) && base !== 80) return `${tens} et ${UNITS[rest]}`;
  return `${tens}-${belowHundred(rest, false)}`;
}

/** 1 to 999; `last` as in belowHundred (false before « mille »). */
function belowThousand(n: number, last: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(hundreds === 1 ? "cent" : `${UNITS[hundreds]} ${rest === 0 && last ? "cents" : "cent"}`);
  if (rest > 0) words.push(belowHundred(rest, last));
  return words.join(" ");
}

/** A whole number from 0 to 999 999 999 999 in words. */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n > 999_999_999_999) throw new RangeError(`Nombre hors des bornes pour l'écriture en lettres : ${n}`);
  if (n === 0) return UNITS[0]!;
  const milliards = Math.floor(n / 1e9);
  const millions = Math.floor(n / 1e6) % 1000;
  const thousands = Math.floor(n / 1000) % 1000;
  const units = n % 1000;
  const words: string[] = [];
  // before a noun (millions, milliards) a numeral ends: « deux cents millions »
  if (milliards) words.push(`${belowThousand(milliards, true)} ${milliards > 1 ? "milliards" : "milliard"}`);
  if (millions) words.push(`${belowThousand(millions, true)} ${millions > 1 ? "millions" : "million"}`);
  // before « mille », an adjective, it does not: « deux cent mille »
  if (thousands) words.push(thousands === 1 ? "mille" : `${belowThousand(thousands, false)} mille`);
  if (units) words.push(belowThousand(units, true));
  return words.join(" ");
}

/**
 * Cents in words: « zéro euro et un centime », « un euro », « deux cents euros », « un million
 * d'euros », « deux millions d'euros et cinquante centimes », « un million deux cents euros ».
 */
export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Montant hors des bornes pour l'écriture en lettres : ${cents}`);
  const euros = Math.floor(cents / 100);
  const centimes = cents % 100;
  const unit = euros <= 1 ? "euro" : euros % 1e6 === 0 ? "d'euros" : "euros";
  const main = `${numberInWords(euros)} ${unit}`;
  return centimes === 0 ? main : `${main} et ${numberInWords(centimes)} ${centimes > 1 ? "centimes" : "centime"}`;
}
