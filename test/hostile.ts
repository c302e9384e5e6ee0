// What every entry point must answer to hostile input (issue 15, point 4): a French message, no
// JavaScript error type, engine message or stack line. Shared by test/local and test/addon.
import { expect } from "vitest";

/** Engine text that must never reach a user, whatever the input. */
export const LEAKS: readonly RegExp[] = [
  /Error/, /BigInt/, /undefined/, /NaN/, /\bnull\b/, /\[object/, /Maximum call stack/i, /^\s*at \S/m, /quota/i,
  /Infinity/, /\bfunction\b/, /=>/,
];

/** English sentences of Node, V8 or Apps Script ("EEXIST: file already exists", "Unexpected token", "permission denied"). */
export const ENGLISH = /\b(the|is not|cannot|already exists|no such|denied|unexpected token|invalid|exceeded|too large|not found)\b/i;

/** A French sentence: an accented letter, French quotes or a French word. */
export const FRENCH =
  /[àâçéèêëîïôûùœ«»]|\b(le|la|les|des|du|une?|est|pas|ou|et|aucune?|attendue?|fichier|ligne|colonne|valeur|manquante?|invalide|inconnue?|nombre|plage|taux)\b/i;

/** The answer with every echo of what the user typed taken out: « NaN » quoted back is no leak. */
export function withoutEchoes(answer: string, typed: readonly string[]): string {
  let text = answer;
  for (const t of [...typed].filter((t) => t.length > 0).sort((a, b) => b.length - a.length)) text = text.split(t).join("…");
  return text;
}

/**
 * Asserts an answer is French and leaks nothing. `typed`: the user's own input, quoted back at will.
 * `english`: also refuse English sentences (see ENGLISH).
 */
export function expectFrenchAnswer(answer: string, typed: readonly string[], label: string, english = true): void {
  const text = withoutEchoes(answer, typed);
  expect(text.trim().length, `${label} : réponse vide`).toBeGreaterThan(0);
  expect(text, `${label} : pas de français`).toMatch(FRENCH);
  for (const leak of LEAKS) expect(text, `${label} : ${leak}`).not.toMatch(leak);
  if (english) expect(text, `${label} : anglais`).not.toMatch(ENGLISH);
}

/** What Valorise says of a defect: allowed only where a case says so (pending bounds), never silently. */
export const UNEXPECTED = /Erreur inattendue/;
