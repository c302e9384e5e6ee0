import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { reportTextFiles, sectionFileName } from "../../core/export/files";
import { reportSheets } from "../../core/report/sheets";
import { summaryLayout } from "../../core/report/summary";
import type { YearReport } from "../../core/report/yearReport";
import { latin9Bytes } from "../../core/text/latin9";
import { writeReportWorkbook } from "./workbook";

/**
 * Writes into a folder one association's files: the workbook rapport-N-<association>.xlsx (its
 * Synthèse first, `source` naming the journal), the
 * French CSV files and the entries files (the A47 import file in ISO 8859-15, the Paheko CSV).
 * Returns the paths written, workbook first.
 */
export async function writeReportFiles(report: YearReport, dir: string, source = ""): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const sheets = reportSheets(report);
  const workbook = join(dir, sectionFileName(report, `rapport-${report.period.short}.xlsx`));
  await writeReportWorkbook(sheets, workbook, summaryLayout(report, { source }));
  const paths = [workbook];
  for (const file of reportTextFiles(report, sheets)) {
    const path = join(dir, file.name);
    await writeFile(path, file.charset ? latin9Bytes(file.content) : file.content);
    paths.push(path);
  }
  return paths;
}
