import type { jsPDF } from "jspdf";
import type { Block, PrintDocument, TableColumn } from "../core/documents/model";
import { DEJAVU_SANS, DEJAVU_SANS_BOLD } from "./fonts";
import { printable } from "./printable";

/**
 * Draws a PrintDocument as an A4 PDF with jsPDF, in DejaVu Sans embedded (subset): every French
 * character prints, and pdftotext reads the text back. Used by the command line (Node) and the
 * sidebar page (browser); never reachable from the Apps Script bundle.
 *
 * jsPDF is handed in rather than imported: loading it in Node brings its polyfills, which slowed every
 * command line run by a quarter (a 600,000-row report: 2.7 s → 3.3 s), PDF or not. The command line
 * loads it only to write a PDF (src/local/export/pdf.ts); the sidebar's PDF bundle, which only runs
 * on the first PDF asked for, imports it directly.
 */
const FONT = "DejaVuSans";
const MARGIN = 18;
const FOOTER_SPACE = 12;
const SIZES = { title: 16, subtitle: 11, heading: 12, text: 10, small: 8, table: 8.5 } as const;
/** Line height as a multiple of the font size in points, converted to mm. */
const LINE = 1.35 * 0.3528;
const CELL_PAD = 1.2;

export type RenderPdf = (document: PrintDocument) => Uint8Array;

export function pdfRenderer(JsPDF: typeof jsPDF): RenderPdf {
  return (document) => renderWith(JsPDF, document);
}

function renderWith(JsPDF: typeof jsPDF, document: PrintDocument): Uint8Array {
  const pdf = new JsPDF({ unit: "mm", format: "a4", orientation: document.orientation, compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS("DejaVuSans.ttf", DEJAVU_SANS);
  pdf.addFont("DejaVuSans.ttf", FONT, "normal");
  pdf.addFileToVFS("DejaVuSans-Bold.ttf", DEJAVU_SANS_BOLD);
  pdf.addFont("DejaVuSans-Bold.ttf", FONT, "bold");
  pdf.setProperties({ title: printable(document.title), creator: "Valorise" });
  pdf.setLanguage("fr-FR");
  const page = new PageCursor(pdf);
  const footers: (string | undefined)[] = [];
  document.parts.forEach((part, i) => {
    if (i > 0) page.newPage();
    const first = pdf.getNumberOfPages();
    for (const block of part.blocks) drawBlock(page, block);
    for (let p = first; p <= pdf.getNumberOfPages(); p++) footers[p] = part.footer;
  });
  drawFooters(pdf, footers);
  return new Uint8Array(pdf.output("arraybuffer"));
}

/** Where the next line goes, and a new page when it would not fit. */
class PageCursor {
  y = MARGIN;
  readonly width: number;
  readonly bottom: number;
  constructor(readonly pdf: jsPDF) {
    this.width = pdf.internal.pageSize.getWidth() - 2 * MARGIN;
    this.bottom = pdf.internal.pageSize.getHeight() - MARGIN - FOOTER_SPACE;
  }
  newPage(): void {
    this.pdf.addPage();
    this.y = MARGIN;
  }
  /** Makes room for `height` mm, on a new page if needed; true when a page was added. */
  room(height: number): boolean {
    if (this.y + height <= this.bottom || this.y === MARGIN) return false;
    this.newPage();
    return true;
  }
  font(size: number, bold = false): void {
    this.pdf.setFont(FONT, bold ? "bold" : "normal");
    this.pdf.setFontSize(size);
  }
  /** The text cut to the width, in characters the font draws (printable.ts). */
  lines(text: string, width: number): string[] {
    return this.pdf.splitTextToSize(printable(text), width) as string[];
  }
}

function drawBlock(page: PageCursor, block: Block): void {
  switch (block.kind) {
    case "title": return paragraph(page, block.text, SIZES.title, true, 3);
    case "subtitle": return paragraph(page, block.text, SIZES.subtitle, false, 3);
    case "heading": {
      page.room(3 * SIZES.heading * LINE);
      page.y += 2;
      return paragraph(page, block.text, SIZES.heading, true, 1.5);
    }
    case "text": return paragraph(page, block.text, block.style === "small" ? SIZES.small : SIZES.text, block.style === "bold", 2);
    case "fields": return fields(page, block.rows);
    case "table": return table(page, block.columns, block.rows, block.total);
    case "signature": return signature(page, block.lines);
    case "space": {
      page.y += block.mm;
      return;
    }
  }
}

function paragraph(page: PageCursor, text: string, size: number, bold: boolean, after: number): void {
  page.font(size, bold);
  const lineHeight = size * LINE;
  for (const source of text.split("\n")) {
    for (const line of page.lines(source, page.width)) {
      page.room(lineHeight);
      page.y += lineHeight * 0.8;
      page.pdf.text(line, MARGIN, page.y);
      page.y += lineHeight * 0.2;
    }
  }
  page.y += after;
}

function fields(page: PageCursor, rows: readonly (readonly [string, string])[]): void {
  const labelWidth = page.width * 0.34;
  const valueWidth = page.width - labelWidth - 2;
  const lineHeight = SIZES.text * LINE;
  for (const [label, value] of rows) {
    page.font(SIZES.text, true);
    const labels = page.lines(label, labelWidth);
    page.font(SIZES.text);
    const values = page.lines(value === "" ? "—" : value, valueWidth);
    const height = Math.max(labels.length, values.length) * lineHeight;
    page.room(height);
    page.font(SIZES.text, true);
    page.pdf.text(labels, MARGIN, page.y + lineHeight * 0.8, { lineHeightFactor: 1.35 });
    page.font(SIZES.text);
    page.pdf.text(values, MARGIN + labelWidth + 2, page.y + lineHeight * 0.8, { lineHeightFactor: 1.35 });
    page.y += height + 1;
  }
  page.y += 2;
}

function table(page: PageCursor, columns: readonly TableColumn[], rows: readonly (readonly string[])[], total?: readonly string[]): void {
  const shares = columns.map((c) => c.width ?? 1);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (s / sum) * page.width);
  const lineHeight = SIZES.table * LINE;
  const header = columns.map((c) => c.label);
  const layout = (cells: readonly string[], bold: boolean) => {
    page.font(SIZES.table, bold);
    const wrapped = cells.map((cell, i) => page.lines(cell ?? "", widths[i]! - 2 * CELL_PAD));
    return { wrapped, height: Math.max(1, ...wrapped.map((w) => w.length)) * lineHeight + 2 * CELL_PAD, bold };
  };
  const head = layout(header, true);
  const drawRow = (row: ReturnType<typeof layout>, shaded: boolean) => {
    let x = MARGIN;
    if (shaded) {
      page.pdf.setFillColor(235, 235, 235);
      page.pdf.rect(MARGIN, page.y, page.width, row.height, "F");
    }
    page.pdf.setDrawColor(170, 170, 170);
    page.pdf.line(MARGIN, page.y + row.height, MARGIN + page.width, page.y + row.height);
    page.font(SIZES.table, row.bold);
    row.wrapped.forEach((lines, i) => {
      const right = columns[i]!.align === "right";
      const tx = right ? x + widths[i]! - CELL_PAD : x + CELL_PAD;
      page.pdf.text(lines, tx, page.y + CELL_PAD + lineHeight * 0.8, { align: right ? "right" : "left", lineHeightFactor: 1.35 });
      x += widths[i]!;
    });
    page.y += row.height;
  };
  page.room(head.height * 2);
  drawRow(head, true);
  const body = [...rows.map((r) => layout(r, false)), ...(total ? [layout(total, true)] : [])];
  for (const row of body) {
    if (page.room(row.height)) drawRow(head, true);
    drawRow(row, false);
  }
  page.y += 4;
}

/** Kept on one page when it fits one (a very long name is cut across pages like any text), then room to sign. */
function signature(page: PageCursor, lines: readonly string[]): void {
  const lineHeight = SIZES.text * LINE;
  page.font(SIZES.text);
  const x = MARGIN + page.width / 2;
  const parts = lines.flatMap((line) => page.lines(line, page.width / 2));
  page.room((parts.length + 4) * lineHeight);
  page.y += lineHeight;
  for (const part of parts) {
    page.room(lineHeight);
    page.y += lineHeight;
    page.pdf.text(part, x, page.y);
  }
  page.y += 3 * lineHeight;
}

/** « footer — page 2 / 5 » at the foot of every page; the count is the whole file's. */
function drawFooters(pdf: jsPDF, footers: readonly (string | undefined)[]): void {
  const pages = pdf.getNumberOfPages();
  const width = pdf.internal.pageSize.getWidth();
  const y = pdf.internal.pageSize.getHeight() - MARGIN / 2;
  for (let p = 1; p <= pages; p++) {
    pdf.setPage(p);
    pdf.setFont(FONT, "normal");
    pdf.setFontSize(SIZES.small);
    pdf.setTextColor(90, 90, 90);
    const footer = footers[p];
    if (footer) pdf.text(pdf.splitTextToSize(printable(footer), width - 2 * MARGIN - 30)[0] as string, MARGIN, y);
    pdf.text(`page ${p} / ${pages}`, width - MARGIN, y, { align: "right" });
    pdf.setTextColor(0, 0, 0);
  }
}
