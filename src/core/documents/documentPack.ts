import type { AssociationProfile } from "../associations/profile";
import type { CecReportLine } from "../cec/report";
import type { Period } from "../period/period";
import type { JournalReport, YearReport } from "../report/yearReport";
import type { MileageSettings } from "../settings/valuation";
import type { Tally } from "../totals/breakdown";
import type { MileageLine } from "../valuation/mileage";
import type { VehicleKind } from "../valuation/mileageScale";
import type { DocumentCecLine, DocumentMileageLine, DocumentReport, DocumentSection, DocumentTally } from "./documentReport";

/*
 * The documents' part of the report as the add-on's server sends it to the sidebar page: arrays in
 * a fixed order instead of objects. The Apps Script bundle shortens the names of the report's own
 * fields (scripts/build.mjs, OWN_MEMBERS) and the page's bundle does not, so no field name may
 * travel; arrays carry none, and cost the bundle no key. The command line goes the same way
 * (documentReportOf), so every document test runs through this packing.
 * Only objects whose keys already cross JSON elsewhere travel whole: the associations table's row
 * (AssociationProfile) and the mileage settings.
 */
type PackedTally = [label: string, durationMs: number, actions: number];
type PackedVolunteer = [key: string, volunteer: string, anonymous: boolean, durationMs: number, actions: number, byCategory: PackedTally[], byProject: PackedTally[]];
type PackedCecAssociation = [association: string, hours: number, roles: string[]];
type PackedCecLine = [
  volunteer: string, status: CecReportLine["status"], text: string, qualifyingHours: number,
  mainAssociationHours: number, mainAssociation: string, rightsEur: number, cumulativeEur: number,
  associations: PackedCecAssociation[],
];
type PackedVehicle = [kind: VehicleKind, cv: number, electric: boolean];
type PackedMileageLine = [
  key: string, volunteer: string, anonymous: boolean, distanceM: number, cents: number, exactCents: string, vehicle: string, source: MileageLine["source"] | null, vehicleUsed: PackedVehicle | null,
];
type PackedPeriod = [from: number, until: number, year: number, exercice: boolean, closingDay: number, name: string, dates: string, short: string];
type PackedSection = [
  year: number, key: string, name: string, title: string, profile: AssociationProfile | null, period: PackedPeriod,
  volunteers: PackedVolunteer[], cecVolunteers: PackedCecLine[], cecAll: boolean,
  cec: [year: number, declareBy: string, validateBy: string, totalHours: number, oneAssociationHours: number],
  mileageSettings: MileageSettings,
  mileage: [mode: MileageSettings["mode"], waived: boolean, method: string, lines: PackedMileageLine[]],
];
export type PackedDocumentReport = PackedSection[];

const tally = (t: Tally): PackedTally => [t.label, t.durationMs, t.actions];

/** The server's side: the report's sections packed. */
export function packDocumentReport(report: Pick<JournalReport, "sections">): PackedDocumentReport {
  return report.sections.map((s: YearReport): PackedSection => {
    const p = s.period;
    const c = s.cec;
    const m = s.valuation.mileage;
    return [
      s.year, s.association.key, s.association.name, s.association.title, s.association.profile ?? null,
      [p.from, p.until, p.year, p.exercice, p.closingDay, p.name, p.dates, p.short],
      s.volunteers.map((v) => [v.key, v.volunteer, v.anonymous, v.durationMs, v.actions, v.byCategory.map(tally), v.byProject.map(tally)]),
      s.cecVolunteers.map((l) => [
        l.volunteer, l.status, l.text, l.qualifyingHours, l.mainAssociationHours, l.mainAssociation, l.rightsEur, l.cumulativeEur,
        l.associations.map((a) => [a.association, a.hours, a.roles]),
      ]),
      s.cecVolunteers === c.volunteers,
      [c.year, c.declareBy, c.validateBy, c.rule.totalHours, c.rule.oneAssociationHours],
      s.valuation.settings.mileage,
      [m.mode, m.waived, m.method, m.byVolunteer.map((l) => [
        l.key, l.volunteer, l.anonymous, l.distanceM, l.cents, l.exactCents, l.vehicle, l.source ?? null,
        l.vehicleUsed ? [l.vehicleUsed.kind, l.vehicleUsed.cv, l.vehicleUsed.electric] : null,
      ])],
    ];
  });
}

const unpackTally = ([label, durationMs, actions]: PackedTally): DocumentTally => ({ label, durationMs, actions });

/** The page's side (and the command line's): the documents' report from its packed form. */
export function unpackDocumentReport(packed: PackedDocumentReport): DocumentReport {
  return {
    sections: packed.map(([year, key, name, title, profile, period, volunteers, cecLines, cecAll, cec, mileageSettings, mileage]): DocumentSection => {
      const [from, until, periodYear, exercice, closingDay, periodName, dates, short] = period;
      const [mode, waived, method, lines] = mileage;
      return {
        year,
        association: { key, name, title, ...(profile ? { profile } : {}) },
        period: { from, until, year: periodYear, exercice, closingDay, name: periodName, dates, short } satisfies Period,
        volunteers: volunteers.map(([key, volunteer, anonymous, durationMs, actions, byCategory, byProject]) => ({
          key, volunteer, anonymous, durationMs, actions, byCategory: byCategory.map(unpackTally), byProject: byProject.map(unpackTally),
        })),
        cecVolunteers: cecLines.map(([volunteer, status, text, qualifyingHours, mainAssociationHours, mainAssociation, rightsEur, cumulativeEur,
          associations]): DocumentCecLine => ({
          volunteer, status, text, qualifyingHours, mainAssociationHours, mainAssociation, rightsEur, cumulativeEur,
          associations: associations.map(([association, hours, roles]) => ({ association, hours, roles })),
        })),
        cecAll,
        cec: { year: cec[0], declareBy: cec[1], validateBy: cec[2], rule: { totalHours: cec[3], oneAssociationHours: cec[4] } },
        valuation: {
          settings: { mileage: mileageSettings },
          mileage: {
            mode, waived, method,
            byVolunteer: lines.map(([key, volunteer, anonymous, distanceM, cents, exactCents, vehicle, source, used]): DocumentMileageLine => ({
              key, volunteer, anonymous, distanceM, cents, exactCents, vehicle,
              ...(source ? { source } : {}), ...(used ? { vehicleUsed: { kind: used[0], cv: used[1], electric: used[2] } } : {}),
            })),
          },
        },
      };
    }),
  };
}

/** The documents' report of a report: packed and unpacked, the way the sidebar receives it. */
export function documentReportOf(report: Pick<JournalReport, "sections">): DocumentReport {
  return unpackDocumentReport(packDocumentReport(report));
}
