import ExcelJS from "exceljs";
import type { ReportSheet } from "../../core/report/sheets";

const MAX_WIDTH = 60;

function columnWidth(sheet: ReportSheet, i: number): number {
  let width = sheet.headers[i]!.length;
  for (const row of sheet.rows) {
    const cell = row[i];
    const len = typeof cell === "number" ? 12 : String(cell ?? "").length;
    if (len > width) width = len;
  }
  return Math.min(MAX_WIDTH, width + 2);
}

/** The report workbook: one worksheet per report sheet, bold frozen header row, number formats per column. */
export function reportWorkbook(sheets: readonly ReportSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Valorise";
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = s.headers.map((header, i) => ({
      header,
      width: columnWidth(s, i),
      style: s.formats[i] ? { numFmt: s.formats[i]! } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row);
  }
  return workbook;
}

/** Writes the workbook to a file (xlsx). */
export async function writeReportWorkbook(sheets: readonly ReportSheet[], path: string): Promise<void> {
  await reportWorkbook(sheets).xlsx.writeFile(path);
}
