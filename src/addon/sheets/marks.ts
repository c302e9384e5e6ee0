type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key on every sheet Valorise creates; its value is "<year>:<kind>". */
export const REPORT_KEY = "valorise.report";

export interface ReportMark {
  year: number;
  kind: string;
}

export function reportMark(sheet: Sheet): ReportMark | undefined {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== REPORT_KEY) continue;
    const match = /^(\d{4}):(.+)$/.exec(m.getValue() ?? "");
    if (match) return { year: Number(match[1]), kind: match[2]! };
  }
  return undefined;
}

export function isReportSheet(sheet: Sheet): boolean {
  return reportMark(sheet) !== undefined;
}

/** PROJECT visibility: only Valorise reads the mark, users' own scripts do not see it. */
export function markReportSheet(sheet: Sheet, mark: ReportMark): void {
  sheet.addDeveloperMetadata(REPORT_KEY, `${mark.year}:${mark.kind}`, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}
