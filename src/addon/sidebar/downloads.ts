import { reportTextFiles } from "../../core/export/files";
import { checkSettings } from "../../core/settings";
import type { DownloadsResult } from "./api";
import { plain, userMessage } from "./errors";
import { parseInput, yearInput } from "./inputs";
import { loadSource } from "./load";
import { computeReport } from "./report";
import { loadSettings } from "./settingsStore";

/**
 * The year's CSV tables and entries files, as text (the page turns each into a file), with the
 * settings sent or the saved ones: a set per association, or the chosen association's.
 */
export function getDownloads(input: unknown): DownloadsResult {
  try {
    const { year, settings: sent, association } = parseInput(yearInput, input);
    let settings = loadSettings().settings;
    if (sent !== undefined) {
      const check = checkSettings(sent);
      if (!check.ok) return { ok: false, message: "Des réglages sont à corriger (voir les champs en rouge)." };
      settings = check.settings;
    }
    const report = computeReport(loadSource(settings.source), settings, year, association);
    // the CLI's set of text files, one set per association
    const files = report.sections.flatMap((section) => reportTextFiles(section)).map((f) => ({
      ...f, mimeType: `${f.name.endsWith(".csv") ? "text/csv" : "text/plain"};charset=${f.charset ?? "utf-8"}`.toLowerCase(),
    }));
    return plain({ ok: true, year, files });
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
