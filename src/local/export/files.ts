import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { reportTextFiles } from "../../core/export/files";
import { reportSheets } from "../../core/report/sheets";
import type { YearReport } from "../../core/report/yearReport";
import { writeReportWorkbook } from "./workbook";

/**
 * Writes into a folder the workbook rapport-N.xlsx, the French CSV files and the entries files (the
 * A47 import file in ISO 8859-15, the Paheko CSV). Returns the paths written, workbook first.
 */
export async function writeReportFiles(report: YearReport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const sheets = reportSheets(report);
  const workbook = join(dir, `rapport-${report.year}.xlsx`);
  await writeReportWorkbook(sheets, workbook);
  const paths = [workbook];
  for (const file of reportTextFiles(report, sheets)) {
    const path = join(dir, file.name);
    // A string in UTF-8, bytes as they are.
    await writeFile(path, file.content);
    paths.push(path);
  }
  return paths;
}
