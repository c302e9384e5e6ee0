type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Developer metadata key on every sheet Valorise creates. Its value "<year>:<kind>:<sheetId>" names
 * the sheet it was put on: a user's copy of a report sheet carries the metadata too, but under
 * another sheet id, so Valorise never takes the copy for its own.
 */
export const REPORT_KEY = "valorise.report";
/** Developer metadata keys on the tables Valorise created for the user to fill in (value: the sheet id). */
export const ALIAS_KEY = "valorise.alias";
export const ASSOCIATIONS_KEY = "valorise.associations";

export interface ReportMark {
  year: number;
  kind: string;
}

function markOf(sheet: Sheet, metadata = sheet.getDeveloperMetadata()): (ReportMark & { sheetId: number }) | undefined {
  for (const m of metadata) {
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

/** Which of Valorise's sheets this is, copies included (never a journal): "report", "table" (alias or associations), or undefined for a user's sheet. */
export function valoriseKind(sheet: Sheet): "report" | "table" | undefined {
  const metadata = sheet.getDeveloperMetadata();
  if (markOf(sheet, metadata)) return "report";
  return metadata.some((m) => m.getKey() === ALIAS_KEY || m.getKey() === ASSOCIATIONS_KEY) ? "table" : undefined;
}

/** PROJECT visibility: only Valorise reads the mark, users' own scripts do not see it. */
export function markReportSheet(sheet: Sheet, mark: ReportMark): void {
  const value = `${mark.year}:${mark.kind}:${sheet.getSheetId()}`;
  sheet.addDeveloperMetadata(REPORT_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Marks a table Valorise created: ALIAS_KEY or ASSOCIATIONS_KEY. */
export function markTableSheet(sheet: Sheet, key: string): void {
  sheet.addDeveloperMetadata(key, String(sheet.getSheetId()), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}
