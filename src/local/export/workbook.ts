import ExcelJS from "exceljs";
import { type SheetLayout, TEXT_FORMAT, spreadsheetValue } from "../../core/report/layout";
import type { ReportSheet } from "../../core/report/sheets";

const MAX_WIDTH = 60;

function columnWidth(sheet: ReportSheet, i: number): number {
  let width = sheet.headers[i]!.length;
  for (const row of sheet.rows) {
    const cell = row[i];
    const len = typeof cell === "string" ? cell.length : 12;
    if (len > width) width = len;
  }
  return Math.min(MAX_WIDTH, width + 2);
}

/** A laid-out sheet (the Synthèse) cell by cell: its number formats, bold titles and headers, its column widths (pixels / 7). */
function addLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  const ws = workbook.addWorksheet(layout.title, { views: [{ state: "frozen", ySplit: layout.frozenRows }] });
  ws.columns = layout.columnWidths.map((px) => ({ width: Math.round(px / 7) }));
  const bold = new Set([...layout.headerRows, ...layout.titleRows]);
  layout.rows.forEach((cells, i) => {
    const row = ws.addRow(cells.map((c) => (c === "" ? null : c)));
    cells.forEach((_, j) => {
      const format = layout.formats[i]![j]!;
      if (format !== TEXT_FORMAT) row.getCell(j + 1).numFmt = format;
    });
    if (bold.has(i)) row.font = { bold: true };
  });
}

/**
 * The report workbook: the Synthèse when given, then one worksheet per report sheet, bold frozen
 * header row, number formats per column.
 */
function reportWorkbook(sheets: readonly ReportSheet[], summary?: SheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Valorise";
  if (summary) addLayout(workbook, summary);
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = s.headers.map((header, i) => ({
      header,
      width: columnWidth(s, i),
      style: s.formats[i] ? { numFmt: s.formats[i]! } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row.map(spreadsheetValue));
  }
  return workbook;
}

/** The workbook's xlsx bytes, to write through a temporary file (exceljs' writeFile writes in place). */
export async function reportWorkbookBytes(sheets: readonly ReportSheet[], summary?: SheetLayout): Promise<Uint8Array> {
  return Buffer.from(await reportWorkbook(sheets, summary).xlsx.writeBuffer());
}
