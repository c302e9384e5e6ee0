// Range: reads and writes a rectangle of cells with Sheets' value semantics (empty → "",
// date-formatted numbers → Date instants in the spreadsheet zone, strings parsed as typed).

import { formatA1, type GridArea } from "./a1";
import { asApi, type Execution } from "./execution";
import type { CellValue, SheetModel } from "./model";
import { defaultFormats, displayValue, isDateTimeFormat, isTextFormat } from "./numberFormat";
import { instantToSerial, serialToInstant } from "./serial";
import { parseUserEntered } from "./userEntered";

type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeApi = Pick<
  Range,
  | "getValues"
  | "getValue"
  | "setValues"
  | "setValue"
  | "getDisplayValues"
  | "getDisplayValue"
  | "getFormulas"
  | "getFormula"
  | "setFormula"
  | "setFormulas"
  | "getA1Notation"
  | "getRow"
  | "getColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getLastRow"
  | "getLastColumn"
  | "getSheet"
  | "getNumberFormat"
  | "getNumberFormats"
  | "setNumberFormat"
  | "setNumberFormats"
  | "setFontWeight"
  | "setFontWeights"
  | "setFontColor"
  | "setFontStyle"
  | "setFontSize"
  | "setBackground"
  | "setBackgrounds"
  | "setHorizontalAlignment"
  | "setVerticalAlignment"
  | "setWrap"
  | "merge"
  | "breakApart"
  | "setBorder"
  | "clearContent"
  | "clearFormat"
  | "clear"
  | "activate"
  | "setDataValidation"
  | "getDataValidations"
  | "setNote"
  | "setNotes"
  | "getNotes"
>;

export class FakeRange implements RangeApi {
  constructor(
    private readonly execution: Execution,
    readonly model: SheetModel,
    readonly area: GridArea,
    private readonly a1: string = formatA1(area),
  ) {}

  private get spreadsheet() {
    return this.execution.world.spreadsheet;
  }

  private forEachCell(visit: (row: number, column: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) visit(row + i, column + j, i, j);
  }

  private grid<T>(cell: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = cell(row + i, column + j);
      out[i] = line;
    }
    return out;
  }

  private readCell(row: number, column: number): CellValue | Date {
    const value = this.model.getValue(row, column);
    if (value === undefined) return "";
    if (typeof value === "number" && isDateTimeFormat(this.model.getFormat(row, column))) {
      return serialToInstant(value, this.spreadsheet.timeZone);
    }
    return value;
  }

  private writeCell(row: number, column: number, value: unknown): void {
    const model = this.model;
    const format = model.getFormat(row, column);
    if (value === null || value === undefined || value === "") return model.setValue(row, column, undefined);
    if (value instanceof Date) {
      model.setValue(row, column, instantToSerial(value, this.spreadsheet.timeZone));
      if (!isDateTimeFormat(format)) model.setFormat(row, column, defaultFormats(this.spreadsheet.locale).dateTime);
      return;
    }
    if (typeof value === "number" || typeof value === "boolean") return model.setValue(row, column, value);
    const text = String(value);
    // Whatever the number format, as Google documents it: "If a value begins with =, it's interpreted
    // as a formula" (Range.setValues, https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues),
    // and a leading apostrophe is not part of the text ("Leading single quotes are not included",
    // ExtendedValue.stringValue, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue).
    // Neither page says a text format changes that; a text format keeps the rest as typed ("007", "31/12").
    if (text.startsWith("'")) return model.setValue(row, column, text.slice(1));
    if (text.length > 1 && text.startsWith("=")) return model.setFormula(row, column, text);
    if (isTextFormat(format)) return model.setValue(row, column, text);
    const entered = parseUserEntered(text, this.spreadsheet.locale);
    if (entered.kind === "empty") return model.setValue(row, column, undefined);
    if (entered.kind === "formula") return model.setFormula(row, column, entered.formula);
    model.setValue(row, column, entered.value);
    if (entered.format && format === undefined) model.setFormat(row, column, entered.format);
  }

  private checkDimensions(data: unknown[][]): void {
    const { numRows, numColumns } = this.area;
    if (data.length !== numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`);
    }
    for (const line of data) {
      if (line.length !== numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`);
      }
    }
  }

  private record(property: string, value: unknown): Range {
    this.model.styles.push({ a1: this.a1, property, value });
    return asApi<Range>(this);
  }

  /** The hot path of every report: one pass over stored rows, no per-cell lookups. */
  getValues(): any[][] {
    const { row, column, numRows, numColumns } = this.area;
    const timeZone = this.spreadsheet.timeZone;
    const out: any[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const cells = this.model.values[row - 1 + i];
      const formats = this.model.formats[row - 1 + i];
      const line: any[] = new Array(numColumns).fill("");
      if (cells) {
        for (let j = 0; j < numColumns; j++) {
          const value = cells[column - 1 + j];
          if (value === undefined) continue;
          line[j] = typeof value === "number" && isDateTimeFormat(formats?.[column - 1 + j]) ? serialToInstant(value, timeZone) : value;
        }
      }
      out[i] = line;
    }
    return out;
  }

  getValue(): any {
    return this.readCell(this.area.row, this.area.column);
  }

  setValues(values: any[][]): Range {
    this.checkDimensions(values);
    this.forEachCell((r, c, i, j) => this.writeCell(r, c, values[i][j]));
    return asApi<Range>(this);
  }

  setValue(value: any): Range {
    this.forEachCell((r, c) => this.writeCell(r, c, value));
    return asApi<Range>(this);
  }

  getDisplayValues(): string[][] {
    const locale = this.spreadsheet.locale;
    return this.grid((r, c) => displayValue(this.model.getValue(r, c), this.model.getFormat(r, c), locale));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.model.getFormula(r, c));
  }

  getFormula(): string {
    return this.model.getFormula(this.area.row, this.area.column);
  }

  setFormula(formula: string): Range {
    this.forEachCell((r, c) => this.model.setFormula(r, c, formula));
    return asApi<Range>(this);
  }

  setFormulas(formulas: string[][]): Range {
    this.checkDimensions(formulas);
    this.forEachCell((r, c, i, j) => this.model.setFormula(r, c, formulas[i][j]));
    return asApi<Range>(this);
  }

  getA1Notation(): string {
    return this.a1;
  }

  getRow(): number {
    return this.area.row;
  }

  getColumn(): number {
    return this.area.column;
  }

  getNumRows(): number {
    return this.area.numRows;
  }

  getNumColumns(): number {
    return this.area.numColumns;
  }

  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    return this.area.column + this.area.numColumns - 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.execution.sheet(this.model);
  }

  getNumberFormat(): string {
    return this.model.getFormat(this.area.row, this.area.column) ?? "0.###############";
  }

  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.model.getFormat(r, c) ?? "0.###############");
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.forEachCell((r, c) => (rule ? this.model.validations.set(`${r}:${c}`, rule) : this.model.validations.delete(`${r}:${c}`)));
    return asApi<Range>(this);
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.grid((r, c) => (this.model.validations.get(`${r}:${c}`) as GoogleAppsScript.Spreadsheet.DataValidation | undefined) ?? null);
  }

  setNote(note: string | null): Range {
    this.forEachCell((r, c) => (note ? this.model.notes.set(`${r}:${c}`, note) : this.model.notes.delete(`${r}:${c}`)));
    return asApi<Range>(this);
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    this.checkDimensions(notes);
    this.forEachCell((r, c, i, j) => (notes[i]![j] ? this.model.notes.set(`${r}:${c}`, notes[i]![j]!) : this.model.notes.delete(`${r}:${c}`)));
    return asApi<Range>(this);
  }

  /** "" where a cell has no note, as documented. */
  getNotes(): string[][] {
    return this.grid((r, c) => this.model.notes.get(`${r}:${c}`) ?? "");
  }

  setNumberFormat(numberFormat: string): Range {
    this.forEachCell((r, c) => this.model.setFormat(r, c, numberFormat));
    return asApi<Range>(this);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.checkDimensions(numberFormats);
    this.forEachCell((r, c, i, j) => this.model.setFormat(r, c, numberFormats[i][j]));
    return asApi<Range>(this);
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.record("fontWeight", fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    this.checkDimensions(fontWeights);
    return this.record("fontWeights", fontWeights);
  }

  setFontColor(color: string | null): Range {
    return this.record("fontColor", color);
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.record("fontStyle", fontStyle);
  }

  setFontSize(size: number): Range {
    return this.record("fontSize", size);
  }

  setBackground(color: string | null): Range {
    return this.record("background", color);
  }

  /** A grid of colors, one per cell, the range's own dimensions (null: no color), as Range.setBackgrounds documents it. */
  setBackgrounds(colors: Array<Array<string | null>>): Range {
    this.checkDimensions(colors);
    return this.record("backgrounds", colors);
  }

  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): Range {
    return this.record("horizontalAlignment", alignment);
  }

  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): Range {
    return this.record("verticalAlignment", alignment);
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.record("wrap", isWrapEnabled);
  }

  /** Merged blocks that share a cell with this range; throws when one is not wholly inside, as Sheets refuses it. */
  private mergesMet(): number[] {
    const { row, column, numRows, numColumns } = this.area;
    const met: number[] = [];
    this.model.merges.forEach((m, k) => {
      const meets = m.row < row + numRows && row < m.row + m.numRows && m.column < column + numColumns && column < m.column + m.numColumns;
      if (!meets) return;
      const inside = m.row >= row && m.column >= column && m.row + m.numRows <= row + numRows && m.column + m.numColumns <= column + numColumns;
      if (!inside) throw new Error("You must select all cells in a merged range to merge or unmerge them.");
      met.push(k);
    });
    return met;
  }

  /**
   * "Merges the cells in the range together into a single block" (Range.merge,
   * https://developers.google.com/apps-script/reference/spreadsheet/range#merge): merged blocks inside
   * it become part of the new one, and only the top-left cell's value is kept, as Sheets' own merge
   * warns ("Merging cells will only preserve the top-leftmost value").
   */
  merge(): Range {
    const met = this.mergesMet();
    for (const k of met.reverse()) this.model.merges.splice(k, 1);
    this.forEachCell((r, c, i, j) => {
      if (i || j) this.model.setValue(r, c, undefined);
    });
    if (this.area.numRows > 1 || this.area.numColumns > 1) this.model.merges.push({ ...this.area });
    return asApi<Range>(this);
  }

  /** "Break any multi-column cells in the range into individual cells again" (Range.breakApart). */
  breakApart(): Range {
    const met = this.mergesMet();
    for (const k of met.reverse()) this.model.merges.splice(k, 1);
    return asApi<Range>(this);
  }

  setBorder(...args: unknown[]): Range {
    return this.record("border", args);
  }

  clearContent(): Range {
    this.forEachCell((r, c) => this.model.setValue(r, c, undefined));
    return asApi<Range>(this);
  }

  clearFormat(): Range {
    this.forEachCell((r, c) => this.model.setFormat(r, c, undefined));
    return this.record("clearFormat", true);
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return asApi<Range>(this);
  }

  activate(): Range {
    this.execution.world.spreadsheet.activeSheetIndex = this.execution.world.spreadsheet.sheets.indexOf(this.model);
    return asApi<Range>(this);
  }
}
