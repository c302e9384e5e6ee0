import { frenchDate, yearOfDay } from "../values/calendar";
import { hoursDown, hoursUp, listRoles, quote } from "./format";
import type { AssociationHours } from "./hours";
import { CEC_FIRST, type CecRule, cecRule, declarationDeadline, endOfYear, validationDeadline } from "./rules";

export type CecStatus = "eligible" | "conditional" | "incomplete" | "ineligible";

export const STATUS_LABELS: Record<CecStatus, string> = {
  eligible: "Éligible",
  conditional: "Éligible sous réserve",
  incomplete: "À compléter",
  ineligible: "Non éligible",
};

/** One volunteer's CEC assessment for one calendar year. */
export interface CecAssessment {
  volunteerKey: string;
  volunteer: string;
  year: number;
  status: CecStatus;
  /** Short French reason with the figures. */
  reason: string;
  /** "Éligible : 215 h qualifiantes en 2025, dont 120 h dans « Les Amis »" */
  text: string;
  /** Hours the status rests on: qualifying ones when Éligible, else those whose role may qualify. */
  countedMs: number;
  /** Of which in the association with the most of them. */
  mainMs: number;
  mainAssociation: string;
  associations: AssociationHours[];
  birthDay?: number;
  /** Rights of the year in euros: 240 when Éligible, else 0. */
  rightsEur: number;
  declareBy: number;
  validateBy: number;
}

interface Tally {
  totalMs: number;
  main?: AssociationHours;
  mainMs: number;
}

function tally(list: readonly AssociationHours[], counts: (a: AssociationHours) => boolean): Tally {
  const t: Tally = { totalMs: 0, mainMs: 0 };
  for (const a of list) {
    if (!counts(a)) continue;
    t.totalMs += a.eligibleMs;
    if (a.eligibleMs > t.mainMs) [t.main, t.mainMs] = [a, a.eligibleMs];
  }
  return t;
}

const meets = (t: Tally, rule: CecRule) => t.totalMs >= rule.totalMs && t.mainMs >= rule.oneAssociationMs;

function where(a: AssociationHours | undefined): string {
  if (!a) return "dans l'association la plus fréquentée";
  if (a.elsewhere) return "dans l'autre association";
  return a.association ? `dans ${quote(a.association)}` : "dans l'association";
}

/** « à « Les Amis » », "" for the actions with no association. */
const atAssociation = (a: AssociationHours) => (a.association ? ` à ${quote(a.association)}` : "");

function roleDoubt(a: AssociationHours): string | undefined {
  const at = atAssociation(a);
  if (a.role.kind === "unknown") return `rôle inconnu${at} (dirigeant ou encadrant de bénévoles requis)`;
  if (a.role.kind === "unclear") return `rôle ${listRoles(a.role.roles)}${at} à confirmer (compte s'il encadre d'autres bénévoles)`;
  return undefined;
}

/** Hours left out in an association, and why. */
function leftOut(a: AssociationHours, rule: CecRule): string | undefined {
  const at = atAssociation(a);
  if (a.role.kind === "none") return `${hoursDown(a.totalMs)} h${at} non comptées : rôle ${listRoles(a.role.roles)} non qualifiant`;
  if (!a.generalInterest) return `${hoursDown(a.totalMs)} h${at} non comptées : activités hors article 200 du CGI`;
  if (a.eligibleMs < a.totalMs && a.oldEnoughDay !== undefined) {
    const years = `${rule.associationYears} an${rule.associationYears > 1 ? "s" : ""}`;
    return `${hoursDown(a.totalMs - a.eligibleMs)} h${at} non comptées : association déclarée le ${frenchDate(a.declaredDay!)}, ` +
      `${years} d'existence requis avant le ${frenchDate(a.oldEnoughDay)} (${rule.associationSource})`;
  }
  return undefined;
}

/** Age on 31 December of `year`: the birthday of that year has passed. */
function ageAt(birthDay: number, year: number): number {
  return year - yearOfDay(birthDay);
}

export interface AssessInput {
  volunteerKey: string;
  volunteer: string;
  year: number;
  associations: AssociationHours[];
  birthDay?: number;
}

/** Applies the rules of `year` to a volunteer's hours per association. */
export function assess(input: AssessInput): CecAssessment {
  const { year, associations, birthDay } = input;
  const rule = cecRule(year);
  const sure = tally(associations, (a) => a.role.kind === "qualifying");
  const possible = tally(associations, (a) => a.role.kind !== "none");
  const age = birthDay === undefined ? undefined : ageAt(birthDay, year);
  // old enough only as an apprentice: the journal cannot tell, the coordinator checks
  const apprentice = age !== undefined && age < rule.minimumAge && age >= rule.apprenticeAge;
  const doubts = associations.filter((a) => a.eligibleMs > 0).map(roleDoubt).filter((d): d is string => !!d)
    .concat(apprentice ? [`${age} ans au ${frenchDate(endOfYear(year))} : éligible seulement avec un contrat d'apprentissage (${rule.minimumAge} ans sinon)`] : []);
  const excluded = associations.map((a) => leftOut(a, rule)).filter((d): d is string => !!d);
  const withExcluded = (text: string) => (excluded.length ? `${text} ; ${excluded.join(" ; ")}` : text);

  let status: CecStatus;
  let reason: string;
  let basis = possible;
  if (year < CEC_FIRST.year) {
    status = "ineligible";
    reason = `le CEC couvre le bénévolat à partir de ${CEC_FIRST.year} (${CEC_FIRST.source}) : aucun droit pour ${year}`;
  } else if (age !== undefined && age < rule.minimumAge && !apprentice) {
    status = "ineligible";
    reason = `${age} ans au ${frenchDate(endOfYear(year))} (né(e) le ${frenchDate(birthDay!)}), ${rule.minimumAge} ans requis`;
  } else if (meets(sure, rule) && !apprentice) {
    status = "eligible";
    basis = sure;
    reason = `${hoursDown(sure.totalMs)} h qualifiantes en ${year}, dont ${hoursDown(sure.mainMs)} h ${where(sure.main)}`;
  } else if (meets(possible, rule)) {
    status = "conditional";
    reason = `${hoursDown(possible.totalMs)} h en ${year}, dont ${hoursDown(possible.mainMs)} h ${where(possible.main)}, mais ${doubts.join(" ; ")}`;
  } else if (possible.mainMs >= rule.oneAssociationMs) {
    status = "incomplete";
    const missing = `il manque ${hoursUp(rule.totalMs - possible.totalMs)} h dans d'autres associations`;
    const total = possible.totalMs > possible.mainMs ? `, ${hoursDown(possible.totalMs)} h en tout` : "";
    reason = withExcluded(
      `${hoursDown(possible.mainMs)} h ${where(possible.main)}${total}, ${hoursDown(rule.totalMs)} h requises : ` +
        `${missing}${doubts.length ? ` ; ${doubts.join(" ; ")}` : ""}`,
    );
  } else {
    status = "ineligible";
    const anyHours = associations.some((a) => a.totalMs > 0);
    reason =
      possible.totalMs === 0 && anyHours && excluded.length
        ? excluded.join(" ; ")
        : withExcluded(`${hoursDown(possible.mainMs)} h dans l'association la plus fréquentée, ${hoursDown(rule.oneAssociationMs)} h requises`);
  }
  const label = STATUS_LABELS[status];
  return {
    volunteerKey: input.volunteerKey,
    volunteer: input.volunteer,
    year,
    status,
    reason,
    text: `${label} : ${reason}`,
    countedMs: basis.totalMs,
    mainMs: basis.mainMs,
    mainAssociation: basis.main?.elsewhere ? "" : (basis.main?.association ?? ""),
    associations,
    birthDay,
    rightsEur: status === "eligible" ? rule.rightsEur : 0,
    declareBy: declarationDeadline(year),
    validateBy: validationDeadline(year),
  };
}
