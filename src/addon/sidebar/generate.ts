import { frenchAmount } from "../../core/money/cents";
import { sheetHours } from "../../core/report/sheets";
import { rateTableWarnings } from "../../core/valuation/method";
import type { Settings } from "../../core/settings";
import type { AssociationSheet } from "../sheets/associationSheet";
import { type KeptSheet, type WrittenSheet, planReportSheets, writeReportSheets } from "../sheets/reportWriter";
import { CEC_NAMES_SHOWN, type CecToDo, type GenerateResult, type ReportPlan } from "../../contract/sidebar";
import { failure, plain } from "./errors";
import { findingsSummary } from "./findings";
import { parseInput, yearInput } from "./inputs";
import { loadSource } from "./load";
import { withDocumentLock } from "./lock";
import { buildReport } from "./report";
import { settingsFor, storeSettings } from "./settingsStore";
import { issueDetails } from "./tableIssues";

const CEC_TO_DO: CecToDo[] = ["eligible", "conditional", "incomplete"];

/** The first names of each CEC status someone has to act on, one more than the page shows when there are more. */
const cecNames = (all: readonly { status: string; volunteer: string }[]) =>
  Object.fromEntries(CEC_TO_DO.map((s) => [s, all.filter((c) => c.status === s).slice(0, CEC_NAMES_SHOWN + 1).map((c) => c.volunteer)])) as Record<CecToDo, string[]>;

const keptText = (k: KeptSheet) => `« ${k.name} » (${k.reason})`;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A side table's bad cells, ignored rows (and, for the volunteers', names not in the journal), said after the report. */
function tableIssues(what: string, t: { sheet: string; table: Pick<AssociationSheet["table"], "issues"> } | undefined, more: AssociationSheet["table"]["issues"] = []): string[] {
  const issues = [...(t?.table.issues ?? []), ...more];
  const n = issues.length;
  if (!t || !n) return [];
  const details = issueDetails(issues).map((d) => d.replace(/\.$/, ""));
  return [`Table des ${what} « ${t.sheet} » : ${n} point${n > 1 ? "s" : ""} à revoir (${details.join(" ; ")}).`];
}

/** The sheets kept as the user left them, why, and where their kind's new sheet was written. */
function keptNote(kept: readonly KeptSheet[], written: readonly WrittenSheet[]): string[] {
  if (!kept.length) return [];
  const beside = written.filter((w) => kept.some((k) => k.kind === w.kind)).map((w) => `« ${w.name} »`);
  return [`${kept.length > 1 ? "Gardées telles quelles" : "Gardée telle quelle"} : ${kept.map(keptText).join(", ")}.${
    beside.length ? ` Nouveau rapport écrit à côté : ${beside.join(", ")}.` : ""}`];
}

function generate(year: number, settings: Settings, association: string | undefined): GenerateResult {
  const loaded = loadSource(settings.source);
  const { report, layouts, partial } = buildReport(loaded, settings, year, association);
  const { written, kept } = writeReportSheets(loaded.spreadsheet, year, layouts, {
    sheetId: loaded.sheet.getSheetId(),
    headers: loaded.data.grid[0] ?? [],
    firstColumn: loaded.data.firstColumn,
    columns: loaded.detected.map,
  }, partial);
  const url = loaded.spreadsheet.getUrl();
  const across = report.acrossAssociations.totals;
  // A warning every association shares is said once; another names its associations.
  const warnings = new Map<string, string[]>();
  for (const s of report.sections) for (const w of rateTableWarnings(s.valuation)) warnings.set(w, [...(warnings.get(w) ?? []), s.association.title]);
  return {
    ok: true,
    year,
    message: [
      `Rapport ${year} écrit : ${written.length} feuilles. Le journal « ${loaded.sheetName} » n'a pas été modifié.`,
      ...keptNote(kept, written),
      ...[...warnings].map(([w, titles]) => `Attention${titles.length < report.sections.length ? ` (${titles.join(", ")})` : ""} : ${lowerFirst(w)}`),
      ...tableIssues("associations", loaded.associations),
      ...tableIssues("bénévoles", loaded.volunteers, report.volunteerIssues),
    ].join(" "),
    sheets: written.map((w) => ({ ...w, url: `${url}#gid=${w.sheetId}` })),
    totals: {
      volunteers: across.volunteers,
      hours: sheetHours(across.durationMs),
      eligible: report.cec.volunteers.filter((c) => c.status === "eligible").length,
      amounts: report.sections.map((s) => ({ association: s.association.title, period: s.period.name, amount: frenchAmount(s.valuation.cents) })),
    },
    findings: findingsSummary(loaded.journal),
    cecNames: cecNames(report.cec.volunteers),
  };
}

/** Before « Générer »: the sheets it would replace or delete, and those it would keep (settings sent are checked, not saved). */
export function planReport(input: unknown): ReportPlan {
  try {
    const { year, settings, association } = parseInput(yearInput, input);
    const chosen = settingsFor(settings);
    if ("errors" in chosen) return chosen;
    const loaded = loadSource(chosen.settings.source);
    const { layouts, partial } = buildReport(loaded, chosen.settings, year, association);
    const plan = planReportSheets(loaded.spreadsheet, year, new Set(layouts.map((l) => l.kind)), partial);
    return { ok: true, year, replace: [...plan.reuse.values()].map((s) => s.name), remove: plan.remove.map((s) => s.name), kept: plan.kept.map(keptText) };
  } catch (error) {
    return failure(error);
  }
}

/** `Générer`: saves the settings sent (if any), then writes the year's report sheets under the document lock. */
export function generateReport(input: unknown): GenerateResult {
  try {
    const { year, settings, association } = parseInput(yearInput, input);
    const chosen = settingsFor(settings);
    if ("errors" in chosen) return chosen;
    // Saved under the lock: a click turned away changes nothing, and two writes of the settings'
    // parts never interleave.
    return plain(withDocumentLock(() => {
      if (chosen.sent) storeSettings(chosen.settings);
      return generate(year, chosen.settings, association);
    }));
  } catch (error) {
    return failure(error);
  }
}
