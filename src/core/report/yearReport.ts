import { type AssociationProfile, profileConditions, profileSettings } from "../associations/profile";
import { type CecReport, type CecReportLine, buildCecReport } from "../cec/report";
import { type CecSettings, DEFAULT_CEC_SETTINGS } from "../cec/settings";
import type { ActionSelection } from "../journal/store";
import type { Anomaly, Journal } from "../journal/types";
import { type FindingLine, findingLines } from "./findings";
import type { RolesTable } from "../roles/table";
import { type GroupTotals, type VolunteerTotal, actionsOfDays, groupTotals, totalsOf } from "../totals/volunteers";
import { etp } from "../valuation/etp";
import { type AccountingSummary, buildAccounting } from "../accounting/summary";
import { type Period, calendarYear, exerciceOf, periodBetween } from "../period/period";
import { type ValuationSettingsInput, parseValuationSettings } from "../settings/valuation";
import { identityKey } from "../text/identity";
import { methodText } from "../valuation/method";
import { BLANK_LABELS, type Valuation, valueActions } from "../valuation/valuation";
import { type AssociationGroup, ReportError, actionsOfGroup, associationGroups, chooseGroups, groupKey } from "./associationGroups";
import { type MonthHours, hoursByMonth } from "./months";
import type { VolunteerIssue, VolunteerRecord, VolunteerTable } from "../volunteers/table";
import { matchVolunteers, vehicleLookup } from "../volunteers/match";
import type { VehicleOf } from "../valuation/mileage";

/** The title of a journal's only association when nothing names it (no Association column, no settings). */
export const UNNAMED = "Association (nom à renseigner)";

/** Who a section of the report is about. */
export interface ReportedAssociation {
  /** journal.keys.association of its name; "" for the actions with no association. */
  key: string;
  /** Its name; "" when the journal names none and the settings give none. */
  name: string;
  /** How the report titles it: the name, « Sans association » beside named ones, else UNNAMED. */
  title: string;
  /** Its row of the associations table (or the add-on's settings), when there is one. */
  profile?: AssociationProfile;
}

/**
 * One association over one exercice (or a free period): everything the report shows of it,
 * computed once. The CLI, the report sheets, the files and the sidebar all render this object.
 * The CEC and the findings are the journal's: the same objects in every section.
 */
export interface YearReport {
  /** N: the exercice closing in N (the calendar year when it closes on 31/12). */
  year: number;
  period: Period;
  association: ReportedAssociation;
  /** This association's volunteers over the period. */
  volunteers: VolunteerTotal[];
  /** What they add up to, and its full-time equivalent (the ETP base of the settings). */
  totals: GroupTotals & { etp: number };
  hoursByMonth: MonthHours[];
  /** The journal's findings (all years): errors and pending rows left out, rows counted but to check. */
  anomalies: Anomaly[];
  /** Every finding as the report lists it: errors, to check, possible duplicates, alias table, pending. */
  findings: FindingLine[];
  /** CEC status of every named volunteer in calendar year N, across every association of the journal. */
  cec: CecReport;
  /** The CEC lines of the volunteers with hours in this association in calendar year N. */
  cecVolunteers: CecReportLine[];
  /** This association's hours valued in euros (totals and breakdowns, mileage). */
  valuation: Valuation;
  /** Rate basis and coefficient, as the entry label and the note name them. */
  method: string;
  /** The 86/87 table, the entries and the method note; null for a free period (accounts need an exercice). */
  accounting: AccountingSummary | null;
  /** French statements about this section: what was assumed, what is not counted with it. */
  notes: string[];
}

/** The whole journal's report: one section per association, never summed in money. */
export interface JournalReport {
  /** Calendar year of the CEC; N of each section's exercice. */
  year: number;
  sections: YearReport[];
  /** Hours and people across the sections' associations over calendar year N (or the free period): no money. */
  acrossAssociations: { period: Period; associations: number; volunteers: VolunteerTotal[]; totals: GroupTotals };
  cec: CecReport;
  anomalies: Anomaly[];
  findings: FindingLine[];
  /** Rows of the volunteers table that describe nobody of the journal, or someone only up to accents (with a table only). */
  volunteerIssues?: VolunteerIssue[];
  /** The volunteers table's rows by the journal's key of the person each describes (with a table only): the documents' donors. */
  volunteersByKey?: ReadonlyMap<string, VolunteerRecord>;
}

export interface ReportRequest {
  /** Roles table (Bénévole, Rôle, Association, Date de naissance), read by readRolesTable. */
  roles?: RolesTable;
  /** CEC settings (qualifying role words, association conditions), read by parseCecSettings. */
  cecSettings?: CecSettings;
  /** Valuation settings common to every association (rates, coefficient, ETP base, mileage...). */
  valuationSettings?: ValuationSettingsInput;
  /** The associations table; a row describes the association of the same name (identity rule). */
  associations?: readonly AssociationProfile[];
  /** Only this association (matched loosely); every association when omitted. */
  association?: string;
  /**
   * Settings typed for the association being reported (the CLI's --siren, --plan, --cloture,
   * --territoire): over its table row. A SIREN names one association: refused for several.
   */
  overrides?: ValuationSettingsInput;
  /** A free period, both days included: totals and valuation, no accounts. */
  period?: { from: number; to: number };
  /** The volunteers table: each volunteer's own vehicle for the kilometric scale (and address, public agent). */
  volunteers?: VolunteerTable;
}

/** The report of the journal for year N: one section per association (or the one asked for). */
export function buildJournalReport(journal: Journal, year: number, request: ReportRequest = {}): JournalReport {
  // The journal's groups, not the chosen ones: its actions with no association chosen alone are not an unnamed journal's.
  const all = associationGroups(journal);
  const groups = chooseGroups(journal, all, request.association);
  const named = groups.filter((g) => g.key).length;
  if (Object.keys(request.overrides ?? {}).length && named > 1) {
    throw new ReportError(
      `SIREN, plan comptable, clôture et territoire donnés pour le rapport valent pour une seule association, et le rapport en compte ${named} : ` +
        "choisissez l'association du rapport, ou décrivez chacune dans la table des associations.",
      true,
    );
  }
  const cec = buildCecReport(journal, year, { roles: request.roles, settings: reportCecSettings(journal, request) });
  const shared = { anomalies: journal.anomalies, findings: findingLines(journal), cec };
  const free = request.period && periodBetween(request.period.from, request.period.to);
  const match = request.volunteers && matchVolunteers(request.volunteers, journal.actions.dictionaries.people, journal.keys.volunteer);
  const vehicleOf = match && vehicleLookup(match);
  const every = groups.map((group) => section(journal, year, group, all, request, free, shared, vehicleOf));
  // An association of other years has nothing to report in this one, unless it was asked for.
  const active = every.filter((s) => s.volunteers.length > 0);
  const sections = request.association !== undefined || active.length === 0 ? every : active;
  const across = free ?? calendarYear(year);
  const chosen = actionsOfDays(journal, across.from, across.until);
  const volunteers = totalsOf(groups.length === all.length ? chosen : union(chosen, groups));
  return {
    year, sections, acrossAssociations: { period: across, associations: sections.length, volunteers, totals: groupTotals(volunteers) }, ...shared,
    ...(match ? { volunteerIssues: match.issues, volunteersByKey: match.byPerson } : {}),
  };
}

/**
 * The report of one association: the only one of the journal, or the one named in `request.association`.
 * A journal with several associations needs buildJournalReport (or a name).
 */
export function buildYearReport(journal: Journal, year: number, request: ReportRequest = {}): YearReport {
  const report = buildJournalReport(journal, year, request);
  if (report.sections.length > 1) {
    throw new ReportError(`Le journal compte ${report.sections.length} associations : choisissez celle du rapport.`, true);
  }
  return report.sections[0]!;
}

/** What one association's figures rest on: who it is, its settings, its exercice (or the free period) and its actions. */
export interface AssociationScope {
  association: ReportedAssociation;
  /** The common settings, then its table row's (chart, closing day, territory, SIREN), then those typed for it. */
  settings: ValuationSettingsInput;
  period: Period;
  actions: ActionSelection;
}

/**
 * The one rule every figure of an association follows, in the report and in the custom functions:
 * its exercice N by its own closing day (or the free period), its actions of those days only.
 * `groups`: every association group of the journal.
 */
export function associationScope(
  journal: Journal, year: number, group: AssociationGroup, groups: readonly AssociationGroup[], request: ReportRequest, free?: Period,
): AssociationScope {
  const association = reportedAssociation(journal, group, groups, request);
  // The actions with no association, beside named ones, are no association's: what is typed for one is not for them.
  const own = group.key !== "" || groups.length === 1;
  const settings = { ...profileSettings(request.valuationSettings ?? {}, association.profile, association.name), ...(own ? request.overrides : {}) };
  const period = free ?? exerciceOf(year, parseValuationSettings(settings).closingDate);
  return { association, settings, period, actions: actionsOfGroup(actionsOfDays(journal, period.from, period.until), group) };
}

function section(
  journal: Journal, year: number, group: AssociationGroup, groups: readonly AssociationGroup[], request: ReportRequest,
  free: Period | undefined, shared: Pick<YearReport, "anomalies" | "findings" | "cec">, vehicleOf: VehicleOf | undefined,
): YearReport {
  const { association, settings, period, actions } = associationScope(journal, year, group, groups, request, free);
  const valuation = valueActions(actions, settings, period, vehicleOf);
  const volunteers = totalsOf(actions);
  const totals = groupTotals(volunteers);
  return {
    year: period.year,
    period,
    association,
    volunteers,
    totals: { ...totals, etp: etp(totals.durationMs, valuation.settings.etpBase) },
    hoursByMonth: hoursByMonth(actions, period),
    ...shared,
    cecVolunteers: groups.length === 1 ? shared.cec.volunteers : shared.cec.volunteers.filter((v) => v.associations.some((a) => groupKey(journal, a.association) === group.key)),
    valuation,
    method: methodText(valuation),
    // no one's books hold the actions with no association: no accounts for them
    accounting: period.exercice && (group.key !== "" || groups.length === 1) ? buildAccounting(valuation, period) : null,
    notes: sectionNotes(association, groups, period),
  };
}

/** The group's name and table row; a journal with no Association column is the association the table or settings describe alone. */
function reportedAssociation(journal: Journal, group: AssociationGroup, groups: readonly AssociationGroup[], request: ReportRequest): ReportedAssociation {
  const profiles = request.associations ?? [];
  const profile = unnamedProfile(journal, groups, request) ?? (group.key ? profiles.find((p) => journal.keys.association(p.name) === group.key) : undefined);
  const asked = groups.length === 1 && !group.key ? request.association?.trim() : undefined;
  const name = group.name || profile?.name || asked || "";
  const title = name || (groups.length === 1 ? UNNAMED : BLANK_LABELS.association);
  return { key: group.key, name, title, ...(profile ? { profile } : {}) };
}

/** A journal with no Association column is one association: the one asked for, else the table's only row. */
function unnamedProfile(journal: Journal, groups: readonly AssociationGroup[], request: Pick<ReportRequest, "associations" | "association">): AssociationProfile | undefined {
  if (groups.length !== 1 || groups[0]!.key !== "") return undefined;
  const profiles = request.associations ?? [];
  if (request.association === undefined) return profiles.length === 1 ? profiles[0] : undefined;
  const key = journal.keys.association(request.association);
  return profiles.find((p) => journal.keys.association(p.name) === key);
}

function sectionNotes(association: ReportedAssociation, groups: readonly AssociationGroup[], period: Period): string[] {
  const notes: string[] = [];
  if (!association.key && groups.length > 1) {
    notes.push(
      "Actions sans association : comptées à part, jamais avec celles d'une association du journal, et sans comptes ni écritures " +
        "(elles ne sont dans les livres de personne). Indiquez l'association de ces lignes.",
    );
  }
  if (association.name && !association.profile) {
    notes.push(`« ${association.name} » n'a pas de ligne dans la table des associations : SIREN, clôture et plan comptable sont ceux des réglages communs.`);
  }
  if (!period.exercice) notes.push(`Période libre (${period.dates}) : totaux et valorisation seulement ; les comptes portent sur un exercice.`);
  return notes;
}

/**
 * The CEC settings of a report (and of the CEC custom functions): the conditions the associations
 * table states, over those of the settings; a journal that names no association is its profile's.
 */
export function reportCecSettings(journal: Journal, request: Pick<ReportRequest, "cecSettings" | "associations" | "association">): CecSettings {
  const base = request.cecSettings ?? DEFAULT_CEC_SETTINGS;
  const profiles = request.associations ?? [];
  if (!profiles.length) return base;
  const associations = new Map(base.associations);
  for (const p of profiles) associations.set(identityKey(p.name), profileConditions(p));
  const unnamed = unnamedProfile(journal, associationGroups(journal), request);
  if (unnamed) associations.set("", profileConditions(unnamed));
  return { ...base, associations };
}

function union(chosen: ActionSelection, groups: readonly AssociationGroup[]) {
  const ids = new Uint8Array(groups[0]?.ids.length ?? 0);
  for (const g of groups) g.ids.forEach((x, id) => (ids[id] = ids[id]! | x));
  return actionsOfGroup(chosen, { key: "", name: "", ids });
}
