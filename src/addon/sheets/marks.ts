type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/**
 * Developer metadata key on every sheet Valorise creates. Its value "<year>:<kind>:<sheetId>:<sums>"
 * names the sheet it was put on: a user's copy of a report sheet carries the metadata too, but under
 * another sheet id, so Valorise never takes the copy for its own. <sums> fingerprints the sheet's
 * name and values as written (reportSums.ts); marks written before it have none.
 */
export const REPORT_KEY = "valorise.report";
/** Developer metadata keys on the tables Valorise created for the user to fill in (value: the sheet id). */
export const ALIAS_KEY = "valorise.alias";
export const ASSOCIATIONS_KEY = "valorise.associations";
/**
 * On a journal sheet Valorise created (template or import): still a journal, the user's to fill in.
 * Its value ends with UNDER_WAY while an import's parts are still coming: until then it is no journal.
 */
export const JOURNAL_KEY = "valorise.journal";
export const UNDER_WAY = ":import";

export interface ReportMark {
  year: number;
  kind: string;
  /** "<name sum>:<values sum>" when written; "" on a mark older than the fingerprints. */
  sums: string;
  /** The metadata itself, to rewrite the sums without another read. */
  metadata: DeveloperMetadata;
}

function markOf(sheet: Sheet, metadata = sheet.getDeveloperMetadata()): (ReportMark & { sheetId: number }) | undefined {
  for (const m of metadata) {
    if (m.getKey() !== REPORT_KEY) continue;
    const match = /^(\d{4}):([a-z0-9-]+):(\d+)(?::([0-9a-z]+:[0-9a-z]+))?$/.exec(m.getValue() ?? "");
    if (match) return { year: Number(match[1]), kind: match[2]!, sheetId: Number(match[3]), sums: match[4] ?? "", metadata: m };
  }
  return undefined;
}

/** The mark of a sheet Valorise created (undefined for any other sheet, copies included). */
export function reportMark(sheet: Sheet): ReportMark | undefined {
  const mark = markOf(sheet);
  return mark && mark.sheetId === sheet.getSheetId() ? mark : undefined;
}

/**
 * Which of Valorise's sheets this is, copies included (never a journal): "report", "table" (alias or
 * associations tables, an import not yet whole), or undefined for a user's sheet (a journal Valorise created included).
 */
export function valoriseKind(sheet: Sheet): "report" | "table" | undefined {
  const metadata = sheet.getDeveloperMetadata();
  if (markOf(sheet, metadata)) return "report";
  return metadata.some((m) => m.getKey() === ALIAS_KEY || m.getKey() === ASSOCIATIONS_KEY || (m.getKey() === JOURNAL_KEY && m.getValue()?.endsWith(UNDER_WAY))) ? "table" : undefined;
}

/** Marks a report sheet, or updates its mark: PROJECT visibility, only Valorise reads it, users' own scripts do not see it. */
export function markReportSheet(sheet: Sheet, year: number, kind: string, sums: string, metadata?: DeveloperMetadata): void {
  const value = `${year}:${kind}:${sheet.getSheetId()}:${sums}`;
  if (metadata) metadata.setValue(value);
  else sheet.addDeveloperMetadata(REPORT_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Marks a sheet Valorise created for the user: ALIAS_KEY, ASSOCIATIONS_KEY or JOURNAL_KEY (`suffix`: UNDER_WAY). */
export function markTableSheet(sheet: Sheet, key: string, suffix = ""): void {
  sheet.addDeveloperMetadata(key, `${sheet.getSheetId()}${suffix}`, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}
