import type { EntryLine } from "../accounting/entries";
import type { AccountingSummary } from "../accounting/summary";
import { roundEtp } from "../valuation/etp";
import { fallbackRateText, unmatchedRateTexts, unratedLabelName } from "../valuation/method";
import { BLANK_LABELS, type Valuation, type ValuedTally } from "../valuation/valuation";
import { SERIAL_ORIGIN_DAY, dayOfIso } from "../values/calendar";
import { FINDING_LABELS } from "./findings";
import type { YearReport } from "./yearReport";

/** An amount of money, kept in cents until a renderer writes it (euros in a sheet, "12,50" in a CSV). */
export interface MoneyCell {
  cents: number;
}
/** A calendar day, kept as a day number until a renderer writes it (a serial date, "01/03/2025"). */
export interface DayCell {
  day: number;
}
export type SheetCell = string | number | MoneyCell | DayCell;

/** Number formats, valid in Sheets (setNumberFormat) and in xlsx. */
export const FORMATS = {
  hours: "0.00",
  etp: "0.00",
  km: "0.0",
  euros: '#,##0.00 "€"',
  rate: '0.00## "€"',
  date: "dd/mm/yyyy",
  integer: "0",
} as const;
export type SheetFormat = (typeof FORMATS)[keyof typeof FORMATS] | null;

/** A cell of a report sheet that points at a cell of the journal (row and column as the journal names them). */
export interface JournalLink {
  /** 0-based row in `rows` (the header row not counted) and column of the cell holding the link. */
  row: number;
  column: number;
  /** Sheet row in the journal, and the header of the journal column (first cell of the row when not found). */
  journalRow: number;
  journalHeader: string;
}

/** One sheet of the report: headers, rows, and the number format of each column. */
export interface ReportSheet {
  name: string;
  headers: string[];
  rows: SheetCell[][];
  formats: SheetFormat[];
  /** Cells that point at the journal: the add-on makes them links. */
  links?: JournalLink[];
}

/** Hours to the hundredth, as the report shows them. */
export const sheetHours = (ms: number) => Math.round(ms / 36_000) / 100;
const euros = (cents: number): MoneyCell => ({ cents });
const date = (day: number): DayCell => ({ day });
const dateOfIso = (iso: string): DayCell | "" => (iso ? date(dayOfIso(iso)) : "");
/** Dates are spreadsheet serial numbers, shown with FORMATS.date: no time zone can shift them. */
export const serialOfDay = (day: number) => day - SERIAL_ORIGIN_DAY;
/** Serial number of an ISO date, "" for none. */
export const serialOfIso = (iso: string) => (iso ? serialOfDay(dayOfIso(iso)) : "");

/** Each column: its header and number format, or its header alone for a column of text. */
function sheet(name: string, columns: (string | [string, SheetFormat])[], rows: SheetCell[][]): ReportSheet {
  const parts = columns.map((c): [string, SheetFormat] => (typeof c === "string" ? [c, null] : c));
  return { name, headers: parts.map((c) => c[0]), formats: parts.map((c) => c[1]), rows };
}

function volunteersSheet(r: YearReport): ReportSheet {
  const valued = new Map(r.valuation.byVolunteer.map((v) => [v.key, v]));
  const mileage = new Map(r.valuation.mileage.byVolunteer.map((m) => [m.key, m]));
  const rows = r.volunteers.map((v) => {
    const m = mileage.get(v.key);
    const val = valued.get(v.key);
    return [
      v.volunteer, sheetHours(v.durationMs), v.actions, roundEtp(val?.etp ?? 0), euros(val?.cents ?? 0),
      v.distanceM / 1000, euros(m?.cents ?? 0), euros(m?.reductionCents ?? 0),
      date(v.firstDay), date(v.lastDay), v.categories.join(" ; "),
    ];
  });
  return sheet("Bénévoles", [
    "Bénévole", ["Heures", FORMATS.hours], ["Actions", FORMATS.integer], ["ETP", FORMATS.etp], ["Valorisation", FORMATS.euros],
    ["Distance (km)", FORMATS.km], ["Frais kilométriques", FORMATS.euros], ["Réduction d'impôt", FORMATS.euros],
    ["Première action", FORMATS.date], ["Dernière action", FORMATS.date], "Catégories",
  ], rows);
}

function cecSheet(r: YearReport): ReportSheet {
  const rows: SheetCell[][] = r.cec.volunteers.map((v) => [
    v.volunteer, v.statusLabel, v.qualifyingHours, v.mainAssociation, v.mainAssociationHours,
    v.associations.map((a) => `${a.association || BLANK_LABELS.association} : ${String(a.hours).replace(".", ",")} h`).join(" ; "),
    euros(v.rightsEur * 100), euros(v.cumulativeEur * 100), dateOfIso(v.declareBy), dateOfIso(v.validateBy), v.reason,
  ]);
  for (const note of r.cec.notes) rows.push([note, "", "", "", "", "", "", "", "", "", ""]);
  return sheet("CEC", [
    "Bénévole", "Statut", ["Heures retenues", FORMATS.hours], "Association principale",
    ["Heures dans l'association", FORMATS.hours], "Heures par association", ["Droits de l'année", FORMATS.euros], ["Droits cumulés", FORMATS.euros],
    ["Déclarer au plus tard le", FORMATS.date], ["Valider au plus tard le", FORMATS.date], "Motif",
  ], rows);
}

function tallyRows(section: string, tallies: readonly ValuedTally[], empty: string): SheetCell[][] {
  return tallies.map((t) => [section, t.label || empty, sheetHours(t.durationMs), roundEtp(t.etp), "", euros(t.cents)]);
}

/** The rate-table rows that matched nothing, then the labels valued at the fallback rate, with their hours. */
function rateTableRows(v: Valuation): SheetCell[][] {
  const fallback = fallbackRateText(v.settings);
  return [
    ...unmatchedRateTexts(v).map((text) => ["Taux sans correspondance", text, "", "", "", ""]),
    ...v.unratedLabels.map((u) => [
      "Sans taux de la table", `${unratedLabelName(u, v.settings)} : ${fallback}`,
      sheetHours(u.durationMs), "", "", "",
    ]),
  ];
}

function valuationSheet(r: YearReport): ReportSheet {
  const v = r.valuation;
  const m = v.mileage;
  const rows: SheetCell[][] = [
    ["Total", r.method, sheetHours(v.durationMs), roundEtp(v.etp), "", euros(v.cents)],
    ...v.rates.map((u) => ["Taux", u.label, sheetHours(u.durationMs), "", u.eurosPerHour, euros(u.cents)]),
    ...rateTableRows(v),
    ...tallyRows("Catégorie", v.byCategory, BLANK_LABELS.category),
    ...tallyRows("Projet", v.byProject, BLANK_LABELS.project),
  ];
  if (v.unvalued.actions > 0 || v.unvalued.durationMs > 0) rows.push(["Non valorisé", v.unvalued.reason, sheetHours(v.unvalued.durationMs), "", "", euros(0)]);
  if (m.mode !== "aucun") rows.push(["Frais kilométriques", `${String(m.km).replace(".", ",")} km, ${m.method}`, "", "", "", euros(m.cents)]);
  return sheet("Valorisation", [
    "Rubrique", "Libellé", ["Heures", FORMATS.hours], ["ETP", FORMATS.etp], ["Taux horaire", FORMATS.rate], ["Montant", FORMATS.euros],
  ], rows);
}

function lineRow(section: string, l: EntryLine, h: SheetCell = "", etp: SheetCell = ""): SheetCell[] {
  return [section, l.account.number, l.label || l.account.label, h, etp, "", l.debitCents ? euros(l.debitCents) : "", l.creditCents ? euros(l.creditCents) : ""];
}

function accountingSheet(r: YearReport, a: AccountingSummary): ReportSheet {
  const v = r.valuation;
  const tally = (section: string, t: ValuedTally, empty: string): SheetCell[] =>
    [section, "", t.label || empty, sheetHours(t.durationMs), roundEtp(t.etp), euros(t.cents), "", ""];
  const rows: SheetCell[][] = [
    lineRow("Comptes 86/87", { ...a.lines[0]!, label: a.lines[0]!.account.label }, sheetHours(v.durationMs), roundEtp(v.etp)),
    lineRow("Comptes 86/87", { ...a.lines[1]!, label: a.lines[1]!.account.label }),
    ...v.byCategory.map((t) => tally("Par catégorie", t, BLANK_LABELS.category)),
    ...v.byProject.map((t) => tally("Par projet", t, BLANK_LABELS.project)),
    ...a.entries.flatMap((e) => e.lines.map((l) => lineRow(`Écriture ${e.num} (${e.journal.code} ${e.pieceRef})`, l))),
    ["Note", "", a.note, "", "", "", "", ""],
  ];
  return sheet("Comptabilité", [
    "Rubrique", "Compte", "Libellé", ["Heures", FORMATS.hours], ["ETP", FORMATS.etp],
    ["Montant", FORMATS.euros], ["Débit", FORMATS.euros], ["Crédit", FORMATS.euros],
  ], rows);
}

/** Every finding, errors first; each "Ligne" links to the journal cell it names (in the add-on). */
function anomaliesSheet(r: YearReport): ReportSheet {
  const lines = r.findings;
  const found = sheet("Anomalies", ["Type", ["Ligne", FORMATS.integer], "Colonne", "Problème"],
    lines.map((f) => [FINDING_LABELS[f.type], f.row || "", f.column, f.problem]));
  found.links = lines.flatMap((f, i) => (f.row && f.type !== "alias" ? [{ row: i, column: 1, journalRow: f.row, journalHeader: f.column }] : []));
  return found;
}

/** The sheets of the yearly report, as plain data: the xlsx writer and the add-on both render these. */
export function reportSheets(report: YearReport): ReportSheet[] {
  const sheets = [volunteersSheet(report)];
  if (report.cec) sheets.push(cecSheet(report));
  sheets.push(valuationSheet(report));
  if (report.accounting) sheets.push(accountingSheet(report, report.accounting));
  sheets.push(anomaliesSheet(report));
  return sheets;
}
