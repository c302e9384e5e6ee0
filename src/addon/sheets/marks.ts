type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Developer metadata key on every sheet Valorise creates. Its value "<year>:<kind>:<sheetId>" names
 * the sheet it was put on: a user's copy of a report sheet carries the metadata too, but under
 * another sheet id, so Valorise never takes the copy for its own.
 */
export const REPORT_KEY = "valorise.report";

export interface ReportMark {
  year: number;
  kind: string;
}

function markOf(sheet: Sheet): (ReportMark & { sheetId: number }) | undefined {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== REPORT_KEY) continue;
    const match = /^(\d{4}):([a-z0-9-]+):(\d+)$/.exec(m.getValue() ?? "");
    if (match) return { year: Number(match[1]), kind: match[2]!, sheetId: Number(match[3]) };
  }
  return undefined;
}

/** The mark of a sheet Valorise created (undefined for any other sheet, copies included). */
export function reportMark(sheet: Sheet): ReportMark | undefined {
  const mark = markOf(sheet);
  return mark && mark.sheetId === sheet.getSheetId() ? { year: mark.year, kind: mark.kind } : undefined;
}

/** Any sheet carrying a report mark, copies included: never a journal. */
export function isReportSheet(sheet: Sheet): boolean {
  return markOf(sheet) !== undefined;
}

/** PROJECT visibility: only Valorise reads the mark, users' own scripts do not see it. */
export function markReportSheet(sheet: Sheet, mark: ReportMark): void {
  const value = `${mark.year}:${mark.kind}:${sheet.getSheetId()}`;
  sheet.addDeveloperMetadata(REPORT_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}
