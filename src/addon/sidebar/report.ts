import { sheetHeading } from "../../core/report/heading";
import { kindOf, tableLayout, type SheetLayout, withTitleRow } from "../../core/report/layout";
import { associationGroups } from "../../core/report/associationGroups";
import { type ReportSheet, reportSheets } from "../../core/report/sheets";
import { summaryLayout } from "../../core/report/summary";
import { type JournalReport, type YearReport, buildJournalReport } from "../../core/report/yearReport";
import { type Settings, engineSettings } from "../../core/settings";
import { parseCecSettings } from "../../core/settings/cec";
import { nameSum } from "../sheets/reportSums";
import { InputError } from "./errors";
import type { LoadedSource } from "./load";

export interface BuiltReport {
  report: JournalReport;
  layouts: SheetLayout[];
  /** One association of several: the year's sheets of the others stay. */
  partial: boolean;
}

/** Sheets of the whole journal, written once whatever the number of associations. */
const JOURNAL_SHEETS = new Set(["CEC", "Anomalies"]);

/**
 * The year's report of every association of the journal, or of `association` alone ("": its actions
 * with none), each with its row of the associations table or the settings' association.
 */
export function computeReport(loaded: LoadedSource, settings: Settings, year: number, association?: string, period?: { from: number; to: number }): JournalReport {
  const years = loaded.journal.years;
  if (!years.includes(year)) {
    throw new InputError(
      `Aucune action comptée en ${year} dans « ${loaded.sheetName} » (${years.length ? `années présentes : ${years.join(", ")}` : "aucune action comptée"}).`,
    );
  }
  const { valuation, cec, associations } = engineSettings(settings, loaded.associations?.table.rows);
  if (loaded.rateTable) valuation.rateTable = loaded.rateTable;
  return buildJournalReport(loaded.journal, year, {
    roles: loaded.roles, cecSettings: parseCecSettings(cec), valuationSettings: valuation, associations, volunteers: loaded.volunteers?.table,
    ...(association !== undefined ? { association } : {}),
    ...(period ? { period } : {}),
  });
}

/**
 * The mark of an association's sheets, the same in every run (all associations or one): its title
 * folded, then a hash of its identity key, so that « Club Ete » and « Club Été », or « Club A » and
 * « Club-A », never write into each other's sheets.
 */
function associationKind(key: string, title: string): string {
  return `${kindOf(title).slice(0, 40)}-${nameSum(key)}`;
}

/** A table sheet under a title row saying what it is: Sheets lets no add-on set a print header. */
const titled = (sheet: ReportSheet, section: YearReport): SheetLayout => withTitleRow(tableLayout(sheet), sheetHeading(sheet.name, section));

/**
 * The report sheets: per association its Synthèse, Bénévoles, Valorisation and Comptabilité (named
 * after it when the journal has several, even when one is chosen), then the CEC and the Anomalies
 * of the whole journal.
 */
export function buildReport(loaded: LoadedSource, settings: Settings, year: number, association?: string): BuiltReport {
  const report = computeReport(loaded, settings, year, association);
  const source = `${loaded.sheetName} (${Math.max(0, loaded.data.grid.length - 1)} lignes lues)`;
  const partial = association !== undefined && associationGroups(loaded.journal).length > 1;
  const several = report.sections.length > 1 || partial;
  // each section's sheets built once: the journal's (CEC, Anomalies) are taken from the first's
  const sheets = report.sections.map(reportSheets);
  const layouts = report.sections.flatMap((section, i) => {
    const title = section.association.title;
    const kind = associationKind(section.association.key, title);
    const named = (layout: SheetLayout): SheetLayout =>
      several ? { ...layout, kind: `${layout.kind}--${kind}`, title: `${layout.title} – ${title}` } : layout;
    return [
      named(summaryLayout(section, { source })),
      ...sheets[i]!.filter((s) => !JOURNAL_SHEETS.has(s.name)).map((s) => named(titled(s, section))),
    ];
  });
  const first = report.sections[0]!;
  layouts.push(...sheets[0]!.filter((s) => JOURNAL_SHEETS.has(s.name)).map((s) => titled(s, first)));
  return { report, layouts, partial };
}
