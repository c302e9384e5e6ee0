import type ExcelJS from "exceljs";
import { type SheetLayout, TEXT_FORMAT, noteHeight } from "../../core/report/layout";

/** Points per pixel: Excel sizes rows in points (96 px = 72 pt). */
const POINTS_PER_PIXEL = 0.75;
/** An Excel header or footer holds at most 255 characters, codes included. */
const MAX_HEADER = 240;

/** A text in an Excel header: "&" starts a code there ("&P", "&8"…), "&&" prints one; cut at half the limit, which doubling every "&" keeps within it. */
function headerText(text: string): string {
  const cut = text.length > MAX_HEADER / 2 ? `${text.slice(0, MAX_HEADER / 2 - 1)}…` : text;
  return cut.replace(/&/g, "&&");
}

/**
 * Every sheet prints on A4 landscape, one page wide and as many pages tall as it needs, its heading
 * on top of each page, the page number below, its frozen rows (title or header) repeated.
 * - paperSize 9 is A4, fitToWidth/fitToHeight act with fitToPage (exceljs README, « Page Setup »);
 * - fitToHeight 0 leaves the height free: « FitToPagesTall = 0: let height adjust automatically »
 *   (reference.aspose.com/cells/net/aspose.cells/pagesetup/fittopageswide), « 0 means automatic »
 *   (api.onlyoffice.com, ApiPageSetup SetFitToPagesWide);
 * - printTitlesRow "1:n" repeats rows 1 to n at the top of each page (exceljs README, « Print Titles »);
 * - margins in inches, Excel's « Étroites » preset widened for the header.
 */
function printSetup(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(layout.frozenRows ? { printTitlesRow: `1:${layout.frozenRows}` } : {}),
  };
  if (layout.heading) ws.headerFooter.oddHeader = `&C${headerText(layout.heading)}`;
  ws.headerFooter.oddFooter = "&LValorise&RPage &P / &N";
}

/**
 * A laid-out sheet cell by cell: its number formats, bold titles and headers, its column widths
 * (pixels / 7), long columns wrapped, each note in one merged wrapped cell as tall as its text.
 */
function addLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  const ws = workbook.addWorksheet(layout.title, { views: [{ state: "frozen", ySplit: layout.frozenRows }] });
  ws.columns = layout.columnWidths.map((px) => ({ width: Math.round(px / 7) }));
  const bold = new Set([...layout.headerRows, ...layout.titleRows]);
  const wrap = new Set(layout.wrapColumns);
  layout.rows.forEach((cells, i) => {
    const row = ws.addRow(cells.map((c) => (c === "" ? null : c)));
    cells.forEach((_, j) => {
      const format = layout.formats[i]![j]!;
      if (format !== TEXT_FORMAT) row.getCell(j + 1).numFmt = format;
      if (wrap.has(j)) row.getCell(j + 1).alignment = { wrapText: true, vertical: "top" };
    });
    if (bold.has(i)) row.font = { bold: true };
  });
  const width = layout.rows[0]?.length ?? 1;
  for (const i of layout.noteRows ?? []) {
    if (width > 1) ws.mergeCells(i + 1, 1, i + 1, width);
    ws.getCell(i + 1, 1).alignment = { wrapText: true, vertical: "top" };
    ws.getRow(i + 1).height = Math.round(noteHeight(layout, i) * POINTS_PER_PIXEL * 4) / 4;
  }
  printSetup(ws, layout);
}

/** The report workbook: one worksheet per layout (the Synthèse first, then the tables), each ready to print. */
function reportWorkbook(Workbook: typeof ExcelJS.Workbook, layouts: readonly SheetLayout[]): ExcelJS.Workbook {
  const workbook = new Workbook();
  workbook.creator = "Valorise";
  for (const layout of layouts) addLayout(workbook, layout);
  return workbook;
}

/** The workbook's xlsx bytes, to write through a temporary file (exceljs' writeFile writes in place). */
export async function reportWorkbookBytes(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  // exceljs (some 120 ms to load) only when a workbook is written, not at the start of every command
  const { default: { Workbook } } = await import("exceljs");
  return Buffer.from(await reportWorkbook(Workbook, layouts).xlsx.writeBuffer());
}
