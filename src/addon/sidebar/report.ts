import { tableLayout, type SheetLayout } from "../../core/report/layout";
import { reportSheets } from "../../core/report/sheets";
import { summaryLayout } from "../../core/report/summary";
import { type YearReport, buildYearReport } from "../../core/report/yearReport";
import { actionsOfYear } from "../../core/totals/volunteers";
import { type Settings, engineSettings } from "../../core/settings";
import { parseCecSettings } from "../../core/settings/cec";
import { InputError } from "./errors";
import type { LoadedSource } from "./load";

export interface BuiltReport {
  report: YearReport;
  layouts: SheetLayout[];
}

export function computeReport(loaded: LoadedSource, settings: Settings, year: number): YearReport {
  const years = loaded.journal.years;
  if (!years.includes(year)) {
    throw new InputError(
      `Aucune action comptée en ${year} dans « ${loaded.sheetName} » (${years.length ? `années présentes : ${years.join(", ")}` : "aucune action comptée"}).`,
    );
  }
  const { valuation, cec } = engineSettings(settings);
  if (loaded.rateTable) valuation.rateTable = loaded.rateTable;
  return buildYearReport(loaded.journal, year, { roles: loaded.roles, cecSettings: parseCecSettings(cec), valuationSettings: valuation });
}

/** The year's report and its sheets: the Synthèse first, then the tables of the core's report model. */
export function buildReport(loaded: LoadedSource, settings: Settings, year: number): BuiltReport {
  const report = computeReport(loaded, settings, year);
  const source = `${loaded.sheetName} (${Math.max(0, loaded.data.grid.length - 1)} lignes lues)`;
  const layouts = [
    summaryLayout(report, actionsOfYear(loaded.journal, year), { association: settings.association.name, source }),
    ...reportSheets(report).map(tableLayout),
  ];
  return { report, layouts };
}
