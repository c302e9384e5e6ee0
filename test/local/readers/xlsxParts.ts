// Builds XLSX packages part by part, cell XML written as the named writer writes it, so the reader
// meets exactly what Bénévalibre (tablib + openpyxl 3.1) or Excel put in a file.
import { type ZipOptions, zip } from "./zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Style ids of styles.xml below: 1 bold header, 2 "yyyy-mm-dd" date, 3 "[hh]:mm:ss" duration. */
export const STYLE = { header: 1, date: 2, duration: 3 } as const;

/** openpyxl's cells: text inline (t="inlineStr"), a text starting with "=" as a formula it never computes. */
export const openpyxl = {
  text: (ref: string, text: string, style?: number) =>
    text.startsWith("=")
      ? `<c r="${ref}"${s(style)}><f>${escape(text.slice(1))}</f><v></v></c>`
      : `<c r="${ref}"${s(style)} t="inlineStr"><is><t>${escape(text)}</t></is></c>`,
  number: (ref: string, n: number, style?: number) => `<c r="${ref}"${s(style)} t="n"><v>${n}</v></c>`,
  boolean: (ref: string, b: boolean) => `<c r="${ref}" t="b"><v>${b ? 1 : 0}</v></c>`,
  /** A date as openpyxl writes a Python date: its serial number, styled "yyyy-mm-dd". */
  date: (ref: string, iso: string) => `<c r="${ref}" s="${STYLE.date}" t="n"><v>${Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569}</v></c>`,
  /** None: openpyxl still writes the cell, tablib having touched it. */
  empty: (ref: string) => `<c r="${ref}" t="n"/>`,
};

/** Cells as Excel writes them: computed formulas keep their cached value, typed by t. */
export const excel = {
  formula: (ref: string, formula: string, cached: { t?: "str" | "b" | "e"; v: string }, style?: number) =>
    `<c r="${ref}"${s(style)}${cached.t ? ` t="${cached.t}"` : ""}><f>${escape(formula)}</f><v>${escape(cached.v)}</v></c>`,
  error: (ref: string, code: string) => `<c r="${ref}" t="e"><v>${escape(code)}</v></c>`,
};

const s = (style?: number) => (style === undefined ? "" : ` s="${style}"`);

/** The XML of rows 1, 2, … holding the cells given (already written as XML). */
export const sheetRows = (rows: string[][]) => rows.map((cells, i) => `<row r="${i + 1}">${cells.join("")}</row>`).join("");

/** An XLSX package with one worksheet whose rows hold the cells given (already written as XML); `sheetData` replaces them. */
export function workbook(rows: string[][], sheetName = "Tablib Dataset", options: ZipOptions & { sheetData?: string } = {}): Uint8Array {
  const last = rows.length;
  const sheetData = options.sheetData ?? sheetRows(rows);
  return zip({
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/>` +
      `<bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>` +
      `<sheets><sheet xmlns:r="${REL}" name="${escape(sheetName)}" sheetId="1" state="visible" r:id="rId1"/></sheets>` +
      `<definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml":
      `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN}">` +
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="[hh]:mm:ss"/></numFmts>` +
      `<fonts count="2"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font>` +
      `<font><name val="Calibri"/><family val="2"/><b val="1"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts>` +
      `<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1" pivotButton="0" quotePrefix="0" xfId="0"/>` +
      `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" pivotButton="0" quotePrefix="0" xfId="0"/>` +
      `<xf numFmtId="165" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles></styleSheet>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN}" uniqueCount="0"/>`,
    "xl/worksheets/sheet1.xml":
      `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>` +
      `<dimension ref="A1:O${last}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>` +
      `<sheetData>${sheetData}</sheetData>` +
      `<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`,
  }, options);
}

/** The column letters of a row's cells, A to Z. */
export const ref = (column: number, row: number) => `${String.fromCharCode(65 + column)}${row}`;
