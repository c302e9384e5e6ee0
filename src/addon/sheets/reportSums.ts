import type { ReportMark } from "./marks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** FNV-1a, 32 bits: enough to notice that someone typed in a sheet (not a defence against anyone). */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const sum = (h: number) => (h >>> 0).toString(36);
/** A short hash of a text (FNV-1a in base 36), the same in every run. */
export const nameSum = (name: string) => sum(fnv(0x811c9dc5, name));

/**
 * The values as Sheets gives them back, cell by cell with their type (a Date by its instant), trailing
 * empty cells and rows left out: a data range that grew or shrank around nothing is the same content.
 */
function valuesSum(values: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  let blank = 0;
  for (const row of values) {
    let end = row.length;
    while (end && row[end - 1] === "") end--;
    if (!end) {
      blank++;
      continue;
    }
    for (; blank; blank--) h = fnv(h, "\n");
    for (let j = 0; j < end; j++) {
      const v = row[j];
      h = fnv(h, `${Object.prototype.toString.call(v) === "[object Date]" ? `d${(v as Date).getTime()}` : typeof v === "string" ? `s${v}` : `${typeof v}${String(v)}`}\t`);
    }
    h = fnv(h, "\n");
  }
  return sum(h);
}

/**
 * "<name sum>:<values sum>" of a sheet as it stands, read back from Sheets (one getDataRange and one
 * getValues, whatever its size): what Sheets stored, so a number it rounds or a text it keeps is
 * fingerprinted as it will read at the next generation. A change of the spreadsheet's time zone moves
 * its dates: the sheet then counts as modified and is kept, the safe side.
 */
export function sheetSums(sheet: Sheet, name: string): string {
  return `${nameSum(name)}:${valuesSum(sheet.getDataRange().getValues())}`;
}

/**
 * Why a report sheet must be left as it is, in French; "" when it is as Valorise wrote it and may be
 * replaced. A mark from before the fingerprints cannot tell whether the user typed in the sheet: it is
 * kept too, the new report written beside it (a duplicate sheet costs less than a lost note).
 */
export function sheetChange(sheet: Sheet, name: string, mark: ReportMark): string {
  if (!mark.sums) return "écrite par une version antérieure de Valorise";
  if (!mark.sums.startsWith(`${nameSum(name)}:`)) return "renommée";
  return sheetSums(sheet, name) === mark.sums ? "" : "modifiée";
}
