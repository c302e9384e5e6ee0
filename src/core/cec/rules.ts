import { inForce } from "../values/inForce";
import { MS_PER_DAY, MS_PER_HOUR, dayFromParts } from "../values/calendar";

/**
 * Every CEC figure, dated: the only place where the law's numbers live (docs/regles/cec.md).
 * Sources: Code du travail L5151-9 (roles, association), D5151-14 (hours, 240 EUR, cap),
 * service-public.fr F34030 (age 16), associations.gouv.fr (declaring and validating deadlines),
 * décret 2019-1392 (public agents' rights in hours).
 */
export interface CecRule {
  /** First eligibility year this rule applies to. */
  fromYear: number;
  /** Hours across all associations in the calendar year (D5151-14 I 7°). */
  totalMs: number;
  /** Hours in at least one association (D5151-14 II). */
  oneAssociationMs: number;
  /** Rights credited per eligible year, in euros. */
  rightsEur: number;
  /** Legal cap of the CEC balance, in euros. */
  capEur: number;
  /** Minimum age of the volunteer on 31 December of the year. */
  minimumAge: number;
  /** The same for an apprentice (service-public.fr F34030): the journal cannot tell one, so such an age is « sous réserve ». */
  apprenticeAge: number;
  /** Years the association must have been declared for (L5151-9 6° b). */
  associationYears: number;
  /** Text of the source of the association age, for messages. */
  associationSource: string;
  /**
   * Public agents hold the same rights in hours of training (décret 2019-1392, docs/regles/cec.md):
   * hours credited per eligible year, their cap, and the euros one hour is worth.
   */
  publicAgent: { hoursPerYear: number; capHours: number; eurPerHour: number; source: string };
}

const BASE = {
  totalMs: 200 * MS_PER_HOUR,
  oneAssociationMs: 100 * MS_PER_HOUR,
  rightsEur: 240,
  capEur: 720,
  minimumAge: 16,
  apprenticeAge: 15,
  publicAgent: { hoursPerYear: 20, capHours: 60, eurPerHour: 12, source: "décret 2019-1392" },
};

/** The CEC covers associative volunteering from 1 January 2017 (loi 2016-1088): no rights for earlier years. */
export const CEC_FIRST = { year: 2017, source: "loi 2016-1088" } as const;

/**
 * Loi 2024-344 of 15 April 2024 (in force from 16 April 2024) lowered the association age from
 * 3 years to 1 year. L5151-9 requires the activity to take place "au sein d'une association
 * déclarée depuis N ans au moins" and dates neither the test nor a transition. Our reading:
 * - the rule is the one in force on 31 December of the year assessed (rights are acquired for
 *   the calendar year and declared in the next one): 2023 and before, 3 years; 2024 on, 1 year;
 * - the age is read on the date of each action: hours done before the association reached that
 *   age do not count (the activity was not done in an association declared for N years).
 */
export const CEC_RULES: readonly CecRule[] = [
  { fromYear: CEC_FIRST.year, ...BASE, associationYears: 3, associationSource: "L5151-9 du code du travail" },
  { fromYear: 2024, ...BASE, associationYears: 1, associationSource: "loi 2024-344 du 15 avril 2024" },
];

/** The rule applied to eligibility year `year` (the oldest one for years before the CEC). */
export function cecRule(year: number): CecRule {
  return inForce(CEC_RULES, year) ?? CEC_RULES[0]!;
}

/** Year N is declared on Le Compte Bénévole from 1 January N+1… */
export function declarationOpening(year: number): number {
  return dayFromParts(year + 1, 1, 1)!;
}

/** …to 30 June N+1. */
export function declarationDeadline(year: number): number {
  return dayFromParts(year + 1, 6, 30)!;
}

/** The association's valideur CEC validates year N until 31 December N+1. */
export function validationDeadline(year: number): number {
  return dayFromParts(year + 1, 12, 31)!;
}

export function endOfYear(year: number): number {
  return dayFromParts(year, 12, 31)!;
}

/** Same day `years` later (29 February becomes 1 March in a common year). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / MS_PER_DAY;
}
