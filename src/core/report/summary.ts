import { STATUS_LABELS } from "../cec/assess";
import { roundEtp } from "../valuation/etp";
import { rateTableWarnings } from "../valuation/method";
import { sheetHeading } from "./heading";
import { AUTOMATIC, type ChartSpec, type LayoutCell, type SheetLayout, TEXT_FORMAT } from "./layout";
import { FORMATS, type SheetFormat, serialOfIso, sheetHours } from "./sheets";
import type { YearReport } from "./yearReport";

export interface SummaryInfo {
  /** "Journal!A1:O2208 (2207 lignes)" */
  source: string;
}

const WIDTH = 4;

class Builder {
  rows: LayoutCell[][] = [];
  formats: string[][] = [];
  headerRows: number[] = [];
  titleRows: number[] = [];
  noteRows: number[] = [];
  charts: ChartSpec[] = [];

  add(cells: LayoutCell[], formats: SheetFormat[] = []): number {
    const row = Array.from({ length: WIDTH }, (_, j) => cells[j] ?? "");
    this.rows.push(row);
    this.formats.push(row.map((c, j) => (typeof c === "string" ? TEXT_FORMAT : (formats[j] ?? AUTOMATIC))));
    return this.rows.length - 1;
  }
  title(text: string): number {
    if (this.rows.length) this.add([]);
    const i = this.add([text]);
    this.titleRows.push(i);
    return i;
  }
  /** A paragraph in one row: the renderers merge it across the sheet and wrap it. */
  note(text: string): number {
    const i = this.add([text]);
    this.noteRows.push(i);
    return i;
  }
  /** A label and its figure, in the figure's format. */
  figure(label: string, value: LayoutCell, format: SheetFormat): number {
    return this.add([label, value], [null, format]);
  }
  header(cells: string[]): number {
    const i = this.add(cells);
    this.headerRows.push(i);
    return i;
  }
}

/** The amount, the rate-table warnings and the amount per rate (lines that add up to the amount). */
function valuationSection(b: Builder, report: YearReport): void {
  const v = report.valuation;
  b.title("Valorisation");
  b.add(["Méthode", report.method]);
  for (const warning of rateTableWarnings(v)) b.note(warning);
  b.figure("Montant valorisé", v.cents / 100, FORMATS.euros);
  b.header(["Taux appliqué", "Heures", "Taux horaire", "Montant"]);
  for (const u of v.rates) b.add([u.label, sheetHours(u.durationMs), u.eurosPerHour, u.cents / 100], [null, FORMATS.hours, FORMATS.rate, FORMATS.euros]);
  if (v.unvalued.actions > 0 || v.unvalued.durationMs > 0) b.add([`Non valorisé (${v.unvalued.reason})`, sheetHours(v.unvalued.durationMs), "", 0], [null, FORMATS.hours, null, FORMATS.euros]);
  if (v.mileage.mode !== "aucun") b.add([`Frais kilométriques (${v.mileage.method})`, "", "", v.mileage.cents / 100], [null, null, null, FORMATS.euros]);
}

/** The CEC statuses of the volunteers of this association (the CEC itself counts every association of the journal). */
function cecSection(b: Builder, report: YearReport): void {
  const own = report.cecVolunteers;
  b.title(`Compte d'engagement citoyen (CEC) ${report.cec.year}, bénévoles de l'association`);
  b.header(["Statut", "Bénévoles", "", ""]);
  for (const label of Object.values(STATUS_LABELS)) b.figure(label, own.filter((c) => c.statusLabel === label).length, FORMATS.integer);
  b.figure("À déclarer par les bénévoles au plus tard le", serialOfIso(report.cec.declareBy), FORMATS.date);
  b.figure("À valider par l'association au plus tard le", serialOfIso(report.cec.validateBy), FORMATS.date);
}

/** The Synthèse sheet of one association: totals, ETP, valorisation, the 86/87 table, CEC counts, the notes and two charts. */
export function summaryLayout(report: YearReport, info: SummaryInfo): SheetLayout {
  const b = new Builder();
  const v = report.valuation;
  const period = report.period;
  const heading = sheetHeading("Synthèse", report);
  const i0 = b.add([heading]);
  b.titleRows.push(i0);
  b.add(["Association", report.association.title]);
  if (v.settings.siren) b.add(["SIREN", v.settings.siren]);
  b.add([period.exercice ? "Exercice" : "Période", `${period.name} (${period.dates})`]);
  b.add(["Journal", info.source]);

  b.title(`Totaux (${period.name})`);
  b.figure("Bénévoles nommés", report.totals.volunteers, FORMATS.integer);
  b.figure("Actions comptées", report.totals.actions, FORMATS.integer);
  b.figure("Heures", sheetHours(report.totals.durationMs), FORMATS.hours);
  b.figure(`ETP (base ${v.settings.etpBase} h par an)`, roundEtp(report.totals.etp), FORMATS.etp);
  b.figure("Distance (km)", report.totals.distanceM / 1000, FORMATS.km);

  valuationSection(b, report);

  const accounting = report.accounting;
  if (accounting) {
    b.title(`Comptes 86 et 87 (${accounting.chart.title})`);
    b.header(["Compte", "Libellé", "Débit", "Crédit"]);
    for (const l of accounting.lines) {
      b.add([l.account.number, l.account.label, l.debitCents ? l.debitCents / 100 : "", l.creditCents ? l.creditCents / 100 : ""], [null, null, FORMATS.euros, FORMATS.euros]);
    }
  }

  cecSection(b, report);

  if (accounting || report.notes.length) b.title("Notes");
  if (accounting) b.note(accounting.note);
  for (const note of report.notes) b.note(note);

  const categories = v.byCategory.filter((c) => c.durationMs > 0);
  const catTitle = b.title("Heures par catégorie");
  const catHeader = b.header(["Catégorie", "Heures", "", ""]);
  for (const c of categories) b.figure(c.label || "Sans catégorie", sheetHours(c.durationMs), FORMATS.hours);
  if (categories.length) {
    b.charts.push({ type: "PIE", title: `Heures par catégorie (${period.short})`, row: catHeader, column: 0, numRows: categories.length + 1, numColumns: 2, anchorRow: catTitle, anchorColumn: WIDTH + 1 });
  }

  const monthTitle = b.title("Heures par mois");
  const monthHeader = b.header(["Mois", "Heures", "", ""]);
  for (const m of report.hoursByMonth) b.figure(m.label, sheetHours(m.durationMs), FORMATS.hours);
  b.charts.push({ type: "COLUMN", title: `Heures par mois (${period.short})`, row: monthHeader, column: 0, numRows: report.hoursByMonth.length + 1, numColumns: 2, anchorRow: monthTitle, anchorColumn: WIDTH + 1 });

  return {
    kind: "synthese",
    title: "Synthèse",
    rows: b.rows,
    formats: b.formats,
    frozenRows: 1,
    headerRows: b.headerRows,
    titleRows: b.titleRows,
    columnWidths: [330, 200, 110, 110],
    wrapColumns: [],
    charts: b.charts,
    heading,
    noteRows: b.noteRows,
  };
}
