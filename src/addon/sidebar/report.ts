import { kindOf, tableLayout, type SheetLayout } from "../../core/report/layout";
import { reportSheets } from "../../core/report/sheets";
import { summaryLayout } from "../../core/report/summary";
import { type JournalReport, buildJournalReport } from "../../core/report/yearReport";
import { type Settings, engineSettings } from "../../core/settings";
import { parseCecSettings } from "../../core/settings/cec";
import { InputError } from "./errors";
import type { LoadedSource } from "./load";

export interface BuiltReport {
  report: JournalReport;
  layouts: SheetLayout[];
}

/** Sheets of the whole journal, written once whatever the number of associations. */
const JOURNAL_SHEETS = new Set(["CEC", "Anomalies"]);

export function computeReport(loaded: LoadedSource, settings: Settings, year: number, association?: string): JournalReport {
  const years = loaded.journal.years;
  if (!years.includes(year)) {
    throw new InputError(
      `Aucune action comptée en ${year} dans « ${loaded.sheetName} » (${years.length ? `années présentes : ${years.join(", ")}` : "aucune action comptée"}).`,
    );
  }
  const { valuation, cec } = engineSettings(settings);
  if (loaded.rateTable) valuation.rateTable = loaded.rateTable;
  return buildJournalReport(loaded.journal, year, {
    roles: loaded.roles, cecSettings: parseCecSettings(cec), valuationSettings: valuation, ...(association ? { association } : {}),
  });
}

/**
 * The report sheets: per association its Synthèse, Bénévoles, Valorisation and Comptabilité (named
 * after it when the journal has several), then the CEC and the Anomalies of the whole journal.
 */
export function buildReport(loaded: LoadedSource, settings: Settings, year: number, association?: string): BuiltReport {
  const report = computeReport(loaded, settings, year, association);
  const source = `${loaded.sheetName} (${Math.max(0, loaded.data.grid.length - 1)} lignes lues)`;
  const several = report.sections.length > 1;
  const named = (layout: SheetLayout, title: string): SheetLayout =>
    several ? { ...layout, kind: `${layout.kind}--${kindOf(title)}`, title: `${layout.title} – ${title}` } : layout;
  const layouts = report.sections.flatMap((section) => [
    named(summaryLayout(section, { source }), section.association.title),
    ...reportSheets(section).filter((s) => !JOURNAL_SHEETS.has(s.name)).map((s) => named(tableLayout(s), section.association.title)),
  ]);
  layouts.push(...reportSheets(report.sections[0]!).filter((s) => JOURNAL_SHEETS.has(s.name)).map(tableLayout));
  return { report, layouts };
}
