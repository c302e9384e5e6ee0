import { checkSettings, sourceSchema } from "../../core/settings";
import * as z from "zod/mini";
import { readHeaderRow } from "../sheets/grid";
import { looksLikeJournal, looksLikeRoles } from "../sheets/journalSource";
import { reportMark, valoriseKind } from "../sheets/marks";
import type { SaveResult, SidebarState, SourcePreview } from "../../contract/sidebar";
import { failure, plain, userMessage } from "./errors";
import { INVALID_SOURCE, parseInput, sheetIdInput } from "./inputs";
import { withDocumentLock } from "./lock";
import { describeSource, emptyPreview } from "./preview";
import { SETTINGS_ERRORS, loadSettings, storeSettings } from "./settingsStore";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";

/** Everything the page shows when it opens: saved settings, the sheets, the journal's preview. */
export function getSidebarState(): SidebarState {
  const stored = loadSettings();
  const spreadsheet = activeSpreadsheet();
  const headers = new Map<string, unknown[]>();
  const sheets = spreadsheet.getSheets().map((s) => {
    const kind = valoriseKind(s);
    const name = s.getName();
    if (!kind) headers.set(name, readHeaderRow(s));
    return { name, report: kind === "report", journal: !kind && looksLikeJournal(headers.get(name)!) };
  });
  const settings = stored.settings;
  if (!stored.saved && !settings.source.rolesSheet) {
    // A new document: offer the sheet that looks like a roles table; the user confirms by saving.
    settings.source.rolesSheet = sheets.find((s) => headers.has(s.name) && looksLikeRoles(headers.get(s.name)!))?.name ?? "";
  }
  return plain({
    settings,
    saved: stored.saved,
    problem: stored.problem ?? "",
    spreadsheetName: spreadsheet.getName(),
    sheets,
    source: describeSource(settings.source),
  });
}

export function previewSource(input: unknown): SourcePreview {
  const result = z.safeParse(sourceSchema(), input);
  if (!result.success) {
    return plain(emptyPreview(INVALID_SOURCE));
  }
  return plain(describeSource(result.data));
}

/** Saves under the document lock: settings span several properties, and a report reads them all. */
export function saveSettings(input: unknown): SaveResult {
  const check = checkSettings(input);
  if (!check.ok) return plain({ ok: false, errors: check.errors, message: SETTINGS_ERRORS });
  try {
    const busy = withDocumentLock(() => storeSettings(check.settings));
    if (busy) return plain({ ok: false, errors: {}, message: busy.message });
  } catch (error) {
    return plain({ ok: false, errors: {}, message: userMessage(error) });
  }
  return plain({ ok: true, settings: check.settings, message: "Réglages enregistrés pour ce classeur." });
}

/** Shows a report sheet (the links in the page): only a sheet Valorise wrote. */
export function openReportSheet(input: unknown): { ok: boolean; message: string } {
  try {
    const { sheetId } = parseInput(sheetIdInput, input);
    const sheet = activeSpreadsheet().getSheets().find((s) => s.getSheetId() === sheetId);
    if (!sheet || !reportMark(sheet)) return { ok: false, message: "Cette feuille n'existe plus : générez le rapport à nouveau." };
    sheet.activate();
    return { ok: true, message: "" };
  } catch (error) {
    return failure(error);
  }
}
