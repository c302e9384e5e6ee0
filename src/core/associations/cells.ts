import { readClosingDay } from "../accounting/closing";
import { cellText } from "../journal/cells";
import type { WallClock } from "../journal/types";
import { cleanText } from "../text/identity";
import { headerKey } from "../text/normalize";
import { frenchDate } from "../values/calendar";
import { readDay } from "../values/dates";
import { isDate } from "../values/isDate";
import { readBoolean } from "../values/booleans";

/*
 * The readers of the associations table's cells, one per column after « Association », in the
 * order of ASSOCIATION_HEADERS. Each returns the cell's value, or calls `bad` with why the cell is
 * not used, said after the cell quoted (« 29/02 » n'existe pas…): the field is then left unset and
 * the caller applies its default.
 */
export type CellReader = (cell: unknown, bad: (why: string) => undefined, wallClock: WallClock, today: number) => unknown;

/**
 * Luhn sum of a digit string is a multiple of 10. The SIREN's 9th digit is the Luhn key of the 8
 * others (INSEE's own validator, github.com/InseeFrLab/validinsee: « un SIREN est valide si sa somme
 * de Luhn est un multiple de 10 »). La Poste's exception there concerns its SIRETs only: its SIREN
 * 356000000 passes the check.
 */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = +digits[digits.length - 1 - i]! * (1 + (i & 1));
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}

const ARTICLE_200: Record<string, string> = {
  oui: "oui", o: "oui", vrai: "oui", true: "oui", non: "non", n: "non", faux: "non", false: "non", averifier: "à vérifier",
};

/** Oui or non, whatever the case; a checkbox. */
export const yesOrNo = (cell: unknown, bad: (why: string) => undefined) => readBoolean(cell) ?? bad("n'est ni oui ni non");
const plainText = (cell: unknown) => cleanText(cellText(cell));

export const CELL_READERS: CellReader[] = [
  // SIREN: "123 456 789" or a number cell, whose leading zero a spreadsheet drops: not guessed.
  (cell, bad) => {
    const digits = cellText(cell).replace(/\s/g, "");
    return !/^\d{9}$/.test(digits)
      ? bad(`n'a pas 9 chiffres${typeof cell === "number" ? " (un nombre perd ses zéros en tête : écrivez le SIREN au format texte)" : ""}`)
      : luhn(digits) ? digits : bad("a une clé de contrôle fausse (9e chiffre)");
  },
  // RNA: W and 9 digits (associations.gouv.fr, pages « Immatriculation » and « Le RNA » : « la lettre
  // W suivie de 9 chiffres »; data.gouv.fr's frformat CodeRNA checks ^W\d{9}$).
  (cell, bad) => {
    const text = cellText(cell).replace(/\s/g, "").toUpperCase();
    return /^W\d{9}$/.test(text) ? text : bad("n'est pas un numéro RNA (W et 9 chiffres)");
  },
  // Date de déclaration: a day not after today. A whole number from 1000 to 2999 is a year alone, not a serial date.
  (cell, bad, wallClock, today) => {
    const day = typeof cell === "number" && cell >= 1000 && cell < 3000 && cell % 1 === 0 ? undefined : readDay(cell, wallClock);
    return day === undefined ? bad("n'est pas une date (JJ/MM/AAAA)") : day > today ? bad("est dans le futur") : day;
  },
  // Article 200 du CGI: oui, non or à vérifier, whatever the case, accents and spaces; a checkbox.
  (cell, bad) => ARTICLE_200[headerKey(cellText(cell))] ?? bad("n'est ni oui, ni non, ni à vérifier"),
  // Plan comptable: ANC 2018-06 ("2018", "PCA 2018"…) or CRC 99-01 ("99-01", "1999"…).
  (cell, bad) => {
    const key = headerKey(cellText(cell));
    const anc = /2018|^anc/.test(key);
    return anc !== /9901|1999|^crc/.test(key) ? (anc ? "ANC 2018-06" : "CRC 99-01") : bad("n'est ni ANC 2018-06 ni CRC 99-01");
  },
  // Clôture: JJ/MM, one that exists every year (readClosingDay), as the closingDate setting "MM-DD".
  // A year is refused, but for a date cell: Sheets turns 30/06 typed into 30/06 of the current year.
  (cell, bad, wallClock) => {
    const day = isDate(cell) ? readDay(cell, wallClock) : undefined;
    const read = readClosingDay(day === undefined ? cellText(cell) : frenchDate(day).slice(0, 5));
    return "problem" in read ? bad(read.problem.replace(/^« .*? » (.*)\.$/, "$1")) : read.value.length > 5 ? bad("porte une année : écrivez JJ/MM, par exemple 30/06") : read.value;
  },
  // Territoire: the SMIC series the valuation reads.
  (cell, bad) => {
    const key = headerKey(cellText(cell));
    return key.includes("mayotte") ? "mayotte" : /^(france)?metro/.test(key) ? "metropole" : bad("n'est ni métropole ni Mayotte");
  },
  // Adresse
  plainText,
  // Objet (« Objet social », « Objet de l'association »)
  plainText,
  // Aide aux personnes en difficulté
  yesOrNo,
];
