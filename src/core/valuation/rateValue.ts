import { frenchDecimal, parseDecimal } from "../money/decimal";
import { type Ratio, ratio } from "../money/ratio";
import { EUROS_PER_HOUR, MAX_VALUE_CHARS, SMIC_MULTIPLE } from "../values/limits";
import { quoted, within } from "../values/userInput";

/** A rate as typed: euros per hour, or a multiple of the gross hourly SMIC in force on each action's date. */
export type RateValue = { kind: "euros"; eurosPerHour: Ratio } | { kind: "smic"; multiple: Ratio };

const N = "(\\d+(?:[.,]\\d+)?)";
// spaces removed, lower case: "2xsmic", "2×smic", "smicx1,5", "150%smic", "150%dusmic", "smic"
const SMIC_FORMS = new RegExp(`^(?:${N}[x×*]smic|smic(?:[x×*]${N})?|${N}%(?:du)?smic)$`);

/**
 * "11,88", "12.50 €", 15: euros per hour; "2 x SMIC", "2×SMIC", "SMIC x 1,5", "1,5 × SMIC",
 * "150 % SMIC", "150 % du SMIC", "SMIC": a multiple of the SMIC (case and spaces ignored, decimal
 * comma or point). Undefined for anything else and past the bounds (EUROS_PER_HOUR, SMIC_MULTIPLE).
 */
export function parseRate(value: number | string): RateValue | undefined {
  const m = typeof value === "string" && value.length <= MAX_VALUE_CHARS ? SMIC_FORMS.exec(value.toLowerCase().replace(/[\s\u00a0\u202f]/g, "")) : null;
  if (m) {
    const n = parseDecimal(m[1] ?? m[2] ?? m[3] ?? "1");
    const multiple = n && (m[3] ? ratio(n.num, n.den * 100n) : n);
    return multiple && within(multiple, SMIC_MULTIPLE) ? { kind: "smic", multiple } : undefined;
  }
  const eurosPerHour = parseDecimal(value);
  return eurosPerHour && within(eurosPerHour, EUROS_PER_HOUR) ? { kind: "euros", eurosPerHour } : undefined;
}

/** What a rate may be, for French messages. */
export const RATE_EXAMPLE = `des euros par heure, ${EUROS_PER_HOUR[1]} au plus (par exemple 11,88), ou un multiple du SMIC, ${SMIC_MULTIPLE[1]} au plus (par exemple 2 x SMIC ou 150 % SMIC)`;

/** "« cher » n'est pas un taux : attendu des euros par heure (…) ou un multiple du SMIC (…)". */
export function notARate(value: unknown): string {
  return `${quoted(value)} n'est pas un taux : attendu ${RATE_EXAMPLE}`;
}

/** "2 × SMIC", "12,5 €/h". */
export function rateValueText(r: RateValue): string {
  return r.kind === "smic" ? `${frenchDecimal(r.multiple)} × SMIC` : `${frenchDecimal(r.eurosPerHour)} €/h`;
}
