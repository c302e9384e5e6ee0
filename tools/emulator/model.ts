// The spreadsheet data behind the fakes, in Sheets' own terms: each cell holds a number,
// string or boolean (dates/times/durations are serial numbers whose number format is a
// date/time format), a number format, and optionally a formula (not evaluated, but for HYPERLINK's
// label: formulaValue.ts).

import type { GridArea } from "./a1";
import { formulaValue } from "./formulaValue";
import type { Locale } from "./numberFormat";

export type CellValue = number | string | boolean;

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
}

export interface ChartModel {
  id: number;
  chartType: string;
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** One formatting call recorded for inspection (setBackground, setFontWeight, ...). */
export interface StyleModel {
  a1: string;
  property: string;
  value: unknown;
}

export class SheetModel {
  readonly values: Array<Array<CellValue | undefined> | undefined> = [];
  readonly formats: Array<Array<string | undefined> | undefined> = [];
  readonly formulas = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  readonly metadata: MetadataModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly styles: StyleModel[] = [];
  /** Merged blocks (Range.merge), each kept whole: only its top-left cell holds a value. */
  readonly merges: GridArea[] = [];
  /** Heights set with setRowHeight, in pixels, by row; other rows have Sheets' default (21). */
  readonly rowHeights = new Map<number, number>();
  /** Data validation rules and notes by cell, "row:column" (1-based). */
  readonly validations = new Map<string, unknown>();
  readonly notes = new Map<string, string>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;

  constructor(
    public readonly sheetId: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  getValue(row: number, column: number): CellValue | undefined {
    return this.values[row - 1]?.[column - 1];
  }

  getFormat(row: number, column: number): string | undefined {
    return this.formats[row - 1]?.[column - 1];
  }

  /** Empty strings are stored as empty cells, as in Sheets. */
  setValue(row: number, column: number, value: CellValue | undefined): void {
    this.formulas.delete(`${row}:${column}`);
    if (value === undefined || value === "") {
      const cells = this.values[row - 1];
      if (cells) cells[column - 1] = undefined;
      return;
    }
    this.ensureSize(row, column);
    (this.values[row - 1] ??= [])[column - 1] = value;
  }

  setFormat(row: number, column: number, format: string | undefined): void {
    if (format === undefined && !this.formats[row - 1]) return;
    (this.formats[row - 1] ??= [])[column - 1] = format;
  }

  setFormula(row: number, column: number, formula: string): void {
    this.setValue(row, column, formulaValue(formula));
    this.ensureSize(row, column);
    this.formulas.set(`${row}:${column}`, formula);
  }

  getFormula(row: number, column: number): string {
    return this.formulas.get(`${row}:${column}`) ?? "";
  }

  /** Grows the grid like typing or loading data beyond its edge does. */
  ensureSize(row: number, column: number): void {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
  }

  lastRow(): number {
    let last = 0;
    for (let r = this.values.length; r > 0 && last === 0; r--) {
      if (this.values[r - 1]?.some((v) => v !== undefined)) last = r;
    }
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(":")[0]));
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.values) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        if (cells[c - 1] !== undefined) {
          last = c;
          break;
        }
      }
    }
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(":")[1]));
    return last;
  }

  clearContents(): void {
    this.values.length = 0;
    this.formulas.clear();
  }

  clearFormats(): void {
    this.formats.length = 0;
    this.styles.length = 0;
  }
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  readonly metadata: MetadataModel[] = [];
  activeSheetIndex = 0;
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(
    public name: string,
    public readonly id: string,
    public timeZone: string,
    public locale: Locale,
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The sheet whose name clashes with this one: Sheets keeps sheet names unique regardless of letter case. */
  sheetNamedLike(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string, index = this.sheets.length, maxRows?: number, maxColumns?: number): SheetModel {
    const sheet = new SheetModel(this.nextSheetId, name, maxRows, maxColumns);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  activeSheet(): SheetModel {
    return this.sheets[Math.min(this.activeSheetIndex, this.sheets.length - 1)];
  }
}
