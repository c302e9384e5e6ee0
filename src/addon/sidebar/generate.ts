import { frenchAmount } from "../../core/money/cents";
import { rateTableWarnings } from "../../core/valuation/method";
import { type Settings, checkSettings } from "../../core/settings";
import type { AssociationSheet } from "../sheets/associationSheet";
import { writeReportSheets } from "../sheets/reportWriter";
import type { GenerateResult } from "./api";
import { plain, userMessage } from "./errors";
import { findingsSummary } from "./findings";
import { parseInput, yearInput } from "./inputs";
import { loadSource } from "./load";
import { BUSY_MESSAGE, withDocumentLock } from "./lock";
import { buildReport } from "./report";
import { loadSettings, storeSettings } from "./settingsStore";
import { issueDetails } from "./tableIssues";

/** The settings sent, checked (stored later, under the lock), or the saved ones. */
function settingsFor(input: unknown): { settings: Settings; sent: boolean } | { errors: Record<string, string> } {
  if (input === undefined) return { settings: loadSettings().settings, sent: false };
  const check = checkSettings(input);
  if (!check.ok) return { errors: check.errors };
  return { settings: check.settings, sent: true };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The associations table's bad cells and ignored rows, said after the report. */
function tableIssues(t: AssociationSheet | undefined): string[] {
  const n = t?.table.issues.length;
  if (!n) return [];
  const details = issueDetails(t.table.issues).map((d) => d.replace(/\.$/, ""));
  return [`Table des associations « ${t.sheet} » : ${n} point${n > 1 ? "s" : ""} à revoir (${details.join(" ; ")}).`];
}

function generate(year: number, settings: Settings, association: string | undefined): GenerateResult {
  const loaded = loadSource(settings.source);
  const { report, layouts, partial } = buildReport(loaded, settings, year, association);
  const written = writeReportSheets(loaded.spreadsheet, year, layouts, {
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
      ...[...warnings].map(([w, titles]) => `Attention${titles.length < report.sections.length ? ` (${titles.join(", ")})` : ""} : ${lowerFirst(w)}`),
      ...tableIssues(loaded.associations),
    ].join(" "),
    sheets: written.map((w) => ({ ...w, url: `${url}#gid=${w.sheetId}` })),
    totals: {
      volunteers: across.volunteers,
      hours: Math.round(across.durationMs / 36_000) / 100,
      eligible: report.cec.volunteers.filter((c) => c.status === "eligible").length,
      amounts: report.sections.map((s) => ({ association: s.association.title, period: s.period.name, amount: frenchAmount(s.valuation.cents) })),
    },
    findings: findingsSummary(loaded.journal),
    eligibleNames: report.cec.volunteers.filter((c) => c.status === "eligible").slice(0, 50).map((c) => c.volunteer),
  };
}

/** `Générer`: saves the settings sent (if any), then writes the year's report sheets under the document lock. */
export function generateReport(input: unknown): GenerateResult {
  try {
    const { year, settings: sent, association } = parseInput(yearInput, input);
    const chosen = settingsFor(sent);
    if ("errors" in chosen) return { ok: false, message: "Des réglages sont à corriger (voir les champs en rouge).", errors: chosen.errors };
    // Saved under the lock: a click turned away changes nothing, and two writes of the settings'
    // parts never interleave.
    const locked = withDocumentLock(() => {
      if (chosen.sent) storeSettings(chosen.settings);
      return generate(year, chosen.settings, association);
    });
    return plain(locked.busy ? { ok: false, busy: true, message: BUSY_MESSAGE } : locked.value);
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
