// Sheet: the grid's size and layout, range lookup with Apps Script's bound checks,
// developer metadata and embedded charts.

import { formatA1, parseA1, resolveA1, type GridArea } from "./a1";
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from "./chart";
import { asApi, type Execution } from "./execution";
import { addMetadata, metadataApis } from "./metadata";
import type { SheetModel } from "./model";
import { untracked } from "./tracked";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type SheetApi = Pick<
  Sheet,
  | "getName"
  | "getSheetName"
  | "setName"
  | "getSheetId"
  | "getIndex"
  | "getParent"
  | "getRange"
  | "getDataRange"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "insertRowsAfter"
  | "insertColumnsAfter"
  | "deleteRows"
  | "appendRow"
  | "setFrozenRows"
  | "getFrozenRows"
  | "setFrozenColumns"
  | "getFrozenColumns"
  | "setColumnWidth"
  | "setColumnWidths"
  | "getColumnWidth"
  | "setRowHeight"
  | "getRowHeight"
  | "autoResizeRows"
  | "autoResizeColumn"
  | "autoResizeColumns"
  | "clear"
  | "clearContents"
  | "clearFormats"
  | "activate"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "newChart"
  | "insertChart"
  | "updateChart"
  | "removeChart"
  | "getCharts"
  | "setTabColor"
  | "getTabColor"
  | "hideSheet"
  | "showSheet"
  | "isSheetHidden"
>;

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export class FakeSheet implements SheetApi {
  constructor(
    private readonly execution: Execution,
    readonly model: SheetModel,
  ) {}

  private get spreadsheet() {
    return this.execution.world.spreadsheet;
  }

  private areaRange(area: GridArea, a1?: string): Range {
    const { maxRows, maxColumns } = this.model;
    if (area.row < 1) throw new Error("The starting row of the range is too small.");
    if (area.column < 1) throw new Error("The starting column of the range is too small.");
    if (area.numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (area.numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (area.row + area.numRows - 1 > maxRows) throw new Error("Those rows are out of bounds.");
    if (area.column + area.numColumns - 1 > maxColumns) throw new Error("Those columns are out of bounds.");
    return this.execution.range(this.model, area, a1);
  }

  private rangeFromA1(a1: string): Range {
    const ref = parseA1(a1);
    if (!ref || (ref.sheetName !== null && ref.sheetName !== this.model.name)) throw new Error("Range not found");
    const area = resolveA1(ref, this.model.maxRows, this.model.maxColumns);
    if (area.row + area.numRows - 1 > this.model.maxRows || area.column + area.numColumns - 1 > this.model.maxColumns) {
      throw new Error("Range not found");
    }
    const openEnded = ref.startRow === null || ref.endRow === null || ref.startColumn === null || ref.endColumn === null;
    return this.areaRange(area, openEnded ? a1.slice(a1.lastIndexOf("!") + 1).replace(/\$/g, "") : formatA1(area));
  }

  getName(): string {
    return this.model.name;
  }

  getSheetName(): string {
    return this.model.name;
  }

  setName(name: string): Sheet {
    const other = this.spreadsheet.sheetNamedLike(name);
    if (other && other !== this.model) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = name;
    return asApi<Sheet>(this);
  }

  getSheetId(): number {
    return this.model.sheetId;
  }

  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this.model) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.execution.spreadsheet();
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === "string") return this.rangeFromA1(rowOrA1);
    if (column === undefined) throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this.areaRange({ row: rowOrA1, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }

  getDataRange(): Range {
    return this.areaRange({ row: 1, column: 1, numRows: Math.max(1, this.model.lastRow()), numColumns: Math.max(1, this.model.lastColumn()) });
  }

  getLastRow(): number {
    return this.model.lastRow();
  }

  getLastColumn(): number {
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  /** Shifts values and formats down; formulas (never evaluated here) are not shifted. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    for (const grid of [this.model.values, this.model.formats] as unknown[][]) {
      if (grid.length <= afterPosition) continue;
      const tail = grid.splice(afterPosition);
      grid.length = afterPosition + howMany;
      for (const line of tail) grid.push(line);
    }
    this.model.maxRows += howMany;
    return asApi<Sheet>(this);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < this.model.lastColumn()) throw new Error("Emulator: inserting columns inside the data is not supported.");
    this.model.maxColumns += howMany;
    return asApi<Sheet>(this);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows) throw new Error("Those rows are out of bounds.");
    if (howMany >= this.model.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.model.values.splice(rowPosition - 1, howMany);
    this.model.formats.splice(rowPosition - 1, howMany);
    this.model.maxRows -= howMany;
  }

  appendRow(rowContents: any[]): Sheet {
    const row = this.model.lastRow() + 1;
    this.model.ensureSize(row, rowContents.length);
    untracked(this.execution.range(this.model, { row, column: 1, numRows: 1, numColumns: rowContents.length })).setValues([rowContents]);
    return asApi<Sheet>(this);
  }

  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.model.columnWidths.set(columnPosition, width);
    return asApi<Sheet>(this);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return asApi<Sheet>(this);
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** "Sets the row height of the given row in pixels" (Sheet.setRowHeight). */
  setRowHeight(rowPosition: number, height: number): Sheet {
    this.model.rowHeights.set(rowPosition, height);
    return asApi<Sheet>(this);
  }

  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Rows back to fitting their contents: the emulator keeps no text metrics, so back to the default height. */
  autoResizeRows(startRow: number, numRows: number): Sheet {
    for (let r = startRow; r < startRow + numRows; r++) this.model.rowHeights.delete(r);
    return asApi<Sheet>(this);
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  /** Approximates Sheets' fit-to-data width from the longest displayed text (7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const lastRow = this.model.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      if (lastRow > 0) {
        const texts = untracked(this.execution.range(this.model, { row: 1, column: c, numRows: lastRow, numColumns: 1 })).getDisplayValues();
        for (const [text] of texts) longest = Math.max(longest, text.length);
      }
      this.model.columnWidths.set(c, Math.max(20, longest * 7 + 10));
    }
    return asApi<Sheet>(this);
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    if (!options?.formatOnly) this.model.clearContents();
    if (!options?.contentsOnly) this.model.clearFormats();
    return asApi<Sheet>(this);
  }

  clearContents(): Sheet {
    this.model.clearContents();
    return asApi<Sheet>(this);
  }

  clearFormats(): Sheet {
    this.model.clearFormats();
    return asApi<Sheet>(this);
  }

  activate(): Sheet {
    this.spreadsheet.activeSheetIndex = this.spreadsheet.sheets.indexOf(this.model);
    return asApi<Sheet>(this);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    addMetadata(this.spreadsheet, this.model.metadata, key, valueOrVisibility, visibility);
    return asApi<Sheet>(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataApis(this.execution, this.model.metadata);
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return asApi(this.execution.track(new FakeEmbeddedChartBuilder(this.execution, this.model), "EmbeddedChartBuilder"));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const fake = untracked(chart) as unknown;
    if (!(fake instanceof FakeEmbeddedChart)) throw new Error("Invalid argument: chart");
    this.model.charts.push({ ...fake.model, id: this.spreadsheet.newObjectId() });
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const fake = untracked(chart) as unknown;
    if (!(fake instanceof FakeEmbeddedChart)) throw new Error("Invalid argument: chart");
    const index = this.model.charts.findIndex((c) => c.id === fake.model.id);
    if (index < 0) throw new Error("The chart is not on this sheet.");
    this.model.charts[index] = { ...fake.model };
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const fake = untracked(chart) as unknown;
    if (!(fake instanceof FakeEmbeddedChart)) throw new Error("Invalid argument: chart");
    const index = this.model.charts.findIndex((c) => c.id === fake.model.id);
    if (index >= 0) this.model.charts.splice(index, 1);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((model) => asApi(this.execution.track(new FakeEmbeddedChart(this.execution, this.model, { ...model }), "EmbeddedChart")));
  }

  setTabColor(color: string | null): Sheet {
    this.model.tabColor = color;
    return asApi<Sheet>(this);
  }

  getTabColor(): string | null {
    return this.model.tabColor;
  }

  hideSheet(): Sheet {
    if (this.spreadsheet.sheets.filter((s) => !s.hidden).length <= 1) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return asApi<Sheet>(this);
  }

  showSheet(): Sheet {
    this.model.hidden = false;
    return asApi<Sheet>(this);
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }
}
