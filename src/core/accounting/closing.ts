import { MONTH_NAMES, dayFromParts } from "../values/calendar";

/*
 * The closing-day rule, for every place where one is typed (the CLI's --cloture, the sidebar field
 * through the settings check): JJ/MM closes every exercice, so it must exist every year; a full
 * JJ/MM/AAAA (or AAAA-MM-JJ) must be a real day. Anything else is refused, in French, naming the
 * value as typed and why.
 */

const two = (n: number) => String(n).padStart(2, "0");

const notAClosingDay = (t: string) => `« ${t} » n'est pas une date de clôture : écrivez JJ/MM, par exemple 31/12 ou 30/06.`;

function dayProblem(shown: string, d: number, m: number, y?: number): string | undefined {
  if (d === 29 && m === 2 && (y === undefined || dayFromParts(y, 2, 29) !== undefined)) {
    return y === undefined
      ? `« ${shown} » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03.`
      : `« ${shown} » : le 29/02 n'existe pas toutes les années et ne peut clore chaque exercice ; choisissez le 28/02 ou le 01/03.`;
  }
  const why = m < 1 || m > 12 ? `il n'y a pas de mois ${two(m)}`
    : dayFromParts(y ?? 2024, m, d) !== undefined ? undefined
    : d === 0 ? "il n'y a pas de jour 00"
    : m === 2 ? (d === 29 ? `${y} n'est pas bissextile` : "février n'a que 28 jours (29 les années bissextiles)")
    : `${MONTH_NAMES[m - 1]} n'a que ${dayFromParts(2024, m, 31) ? 31 : 30} jours`;
  return why && `« ${shown} » n'existe pas : ${why}.`;
}

/** A closing day as typed ("31/12", "30/6", "30/06/2025", "2025-06-30") → the closingDate setting, or why not. */
export function readClosingDay(text: string): { value: string } | { problem: string } {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t);
  const [y, mo, d] = m ? [m[3], m[2]!, m[1]!] : (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)) ? [m[1], m[2]!, m[3]!] : [];
  if (!mo) return { problem: notAClosingDay(t) };
  const problem = dayProblem(t, +d!, +mo, y === undefined ? undefined : +y);
  if (problem) return { problem };
  const md = `${two(+mo)}-${two(+d!)}`;
  return { value: y ? `${y}-${md}` : md };
}

/**
 * Why a closingDate setting ("MM-DD" or "YYYY-MM-DD") cannot close an exercice, or undefined when it
 * can. Another value is a closing day as typed that the page could not read: its reason is the reader's.
 */
export function closingDateProblem(value: string): string | undefined {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const problem = dayProblem(`${m[3]}/${m[2]}${m[1] ? `/${m[1]}` : ""}`, +m[3]!, +m[2]!, m[1] ? +m[1] : undefined);
    if (!problem || (!m[1] && m[2] === "02" && m[3] === "29")) return problem;
  }
  const read = readClosingDay(value);
  return "problem" in read ? read.problem : notAClosingDay(value);
}
