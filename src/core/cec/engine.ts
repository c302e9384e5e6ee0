import type { Journal } from "../journal/types";
import { type RoleBook, roleBook } from "../roles/lookup";
import type { RolesTable } from "../roles/table";
import { roleClassifier } from "../roles/words";
import { type CecSettings, DEFAULT_CEC_SETTINGS } from "./settings";
import { personOf } from "../totals/volunteers";
import { type CecAssessment, assess } from "./assess";
import { type HoursByYear, associationHoursByYear, elsewhereHours } from "./hours";
import { cecRule } from "./rules";
import { frenchOrder } from "../text/frenchOrder";

export interface CecOptions {
  roles?: RolesTable;
  settings?: CecSettings;
}

export interface CecRights {
  /** Years (oldest first) assessed Éligible. */
  eligibleYears: number[];
  /** 240 € per eligible year, uncapped. */
  earnedEur: number;
  /** Earned rights capped at the legal cap; what the volunteer already spent is unknown. */
  cumulativeEur: number;
  capEur: number;
}

export interface CecEngine {
  /** Assessment of a volunteer (by key) for a year; `elsewhereMs` adds qualifying hours done in one other association. */
  assess(volunteerKey: string, year: number, options?: { name?: string; elsewhereMs?: number }): CecAssessment;
  /** Every named volunteer with hours in `year`, most hours first (the anonymous line is no one). */
  assessYear(year: number): CecAssessment[];
  /** Rights from the journal's years up to `upToYear` (every year when omitted). */
  rights(volunteerKey: string, upToYear?: number): CecRights;
}

/** The single CEC rule engine used by the custom functions, the CLI and the yearly report. */
export function cecEngine(journal: Journal, options: CecOptions = {}): CecEngine {
  const settings = options.settings ?? DEFAULT_CEC_SETTINGS;
  const book: RoleBook = roleBook(options.roles, roleClassifier({ qualifying: settings.qualifyingRoles, unclear: settings.unclearRoles }));
  const people = journal.actions.dictionaries.people;
  let hours: HoursByYear | undefined;
  const hoursIn = (year: number) => {
    hours ??= associationHoursByYear(journal.actions, journal.years, book, settings);
    return hours.get(year) ?? new Map();
  };
  // the anonymous line ("" key) is never a person: it has no CEC status
  const personIn = (year: number, volunteerKey: string): number | undefined => {
    const person = volunteerKey === "" ? undefined : personOf(journal.actions, volunteerKey);
    return person !== undefined && hoursIn(year).has(person) ? person : undefined;
  };
  const cache = new Map<string, CecAssessment>();

  function assessOne(volunteerKey: string, year: number, name?: string, elsewhereMs = 0): CecAssessment {
    const cacheKey = `${year}\u0000${volunteerKey}`;
    const cached = elsewhereMs === 0 ? cache.get(cacheKey) : undefined;
    if (cached) return cached;
    const person = personIn(year, volunteerKey);
    const associations = person === undefined ? [] : [...hoursIn(year).get(person)!];
    if (elsewhereMs > 0) associations.push(elsewhereHours(elsewhereMs));
    const result = assess({
      volunteerKey,
      volunteer: person === undefined ? (name ?? volunteerKey) : people[person]!.display,
      year,
      associations,
      birthDay: book.birthDay(volunteerKey),
    });
    if (elsewhereMs === 0) cache.set(cacheKey, result);
    return result;
  }

  return {
    assess: (key, year, opts) => assessOne(key, year, opts?.name, opts?.elsewhereMs),
    assessYear(year) {
      const all = [...hoursIn(year).keys()].filter((p) => p !== 0).map((p) => assessOne(people[p]!.key, year));
      const total = (a: CecAssessment) => a.associations.reduce((s, x) => s + x.totalMs, 0);
      return all.sort((a, b) => total(b) - total(a) || frenchOrder(a.volunteer, b.volunteer));
    },
    rights(volunteerKey, upToYear) {
      const years = journal.years.filter((y) => upToYear === undefined || y <= upToYear).sort((a, b) => a - b);
      const eligibleYears: number[] = [];
      let earnedEur = 0;
      for (const y of years) {
        if (personIn(y, volunteerKey) === undefined) continue;
        const a = assessOne(volunteerKey, y);
        if (a.rightsEur > 0) {
          eligibleYears.push(y);
          earnedEur += a.rightsEur;
        }
      }
      const capEur = cecRule(upToYear ?? years[years.length - 1] ?? new Date().getUTCFullYear()).capEur;
      return { eligibleYears, earnedEur, cumulativeEur: Math.min(earnedEur, capEur), capEur };
    },
  };
}
