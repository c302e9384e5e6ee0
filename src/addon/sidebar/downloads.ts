import { type CsvCell, frenchCsv, money } from "../../core/export/csv";
import { entriesFileName, entriesImportContent } from "../../core/export/entriesFile";
import { pahekoCsv, pahekoFileName } from "../../core/export/paheko";
import { kindOf } from "../../core/report/layout";
import { FORMATS, type ReportSheet, reportSheets } from "../../core/report/sheets";
import { SERIAL_ORIGIN_DAY, frenchDate } from "../../core/values/calendar";
import { checkSettings, engineSettings } from "../../core/settings";
import type { DownloadFile, DownloadsResult } from "./api";
import { plain, userMessage } from "./errors";
import { parseInput, yearInput } from "./inputs";
import { loadSource } from "./load";
import { computeReport } from "./report";
import { loadSettings } from "./settingsStore";

/** Dates are serial numbers and euros floats in the sheets: the CSV spells them out. */
function csvCell(cell: string | number, format: string | null | undefined): CsvCell {
  if (typeof cell !== "number") return cell;
  if (format === FORMATS.date) return frenchDate(cell + SERIAL_ORIGIN_DAY);
  if (format === FORMATS.euros) return money(Math.round(cell * 100));
  return cell;
}

function csvFile(year: number, sheet: ReportSheet): DownloadFile {
  const rows = sheet.rows.map((r) => r.map((c, j) => csvCell(c, sheet.formats[j])));
  return { name: `valorise-${year}-${kindOf(sheet.name)}.csv`, mimeType: "text/csv;charset=utf-8", content: frenchCsv([sheet.headers, ...rows]) };
}

/**
 * The year's CSV tables and, when there is something to enter, the entries files (A47 layout, Paheko
 * CSV), as text: the page turns each into a file. With the settings sent or the saved ones.
 */
export function getDownloads(input: unknown): DownloadsResult {
  try {
    const { year, settings: sent } = parseInput(yearInput, input);
    let settings = loadSettings().settings;
    if (sent !== undefined) {
      const check = checkSettings(sent);
      if (!check.ok) return { ok: false, message: "Des réglages sont à corriger (voir les champs en rouge)." };
      settings = check.settings;
    }
    const report = computeReport(loadSource(settings.source), settings, year);
    const a = report.accounting;
    const siren = engineSettings(settings).valuation.siren;
    const files = reportSheets(report).map((s) => csvFile(year, s));
    if (a.entries.length > 0) {
      files.push(
        { name: entriesFileName(a.closingDay, siren), mimeType: "text/plain;charset=iso-8859-15", content: entriesImportContent(a.entries, a.closingDay), charset: "ISO-8859-15" },
        { name: pahekoFileName(a.closingDay, siren), mimeType: "text/csv;charset=utf-8", content: pahekoCsv(a.entries) },
      );
    }
    return plain({ ok: true, year, files });
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
