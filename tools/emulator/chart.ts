// Embedded charts: the builder records type, ranges, position and options; the sheet keeps
// inserted charts as plain models for tests to inspect.

import { quoteSheetName } from "./a1";
import { asApi, type Execution } from "./execution";
import type { ChartModel, SheetModel } from "./model";
import { untracked } from "./tracked";
import { FakeRange } from "./range";

type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;

type BuilderApi = Pick<
  EmbeddedChartBuilder,
  "addRange" | "clearRanges" | "getRanges" | "setChartType" | "getChartType" | "setPosition" | "setOption" | "setNumHeaders" | "setTransposeRowsAndColumns" | "getContainer" | "build"
>;
type ChartApi = Pick<EmbeddedChart, "getChartId" | "getRanges" | "getOptions" | "getContainerInfo" | "getNumHeaders" | "getTransposeRowsAndColumns" | "modify">;

function rangeKey(range: Range): string {
  const fake = untracked(range) as unknown;
  if (!(fake instanceof FakeRange)) throw new Error("Invalid argument: range");
  return `${quoteSheetName(fake.model.name)}!${fake.getA1Notation()}`;
}

function containerInfo(position: ChartModel["position"]): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return {
    getAnchorColumn: () => position.column,
    getAnchorRow: () => position.row,
    getOffsetX: () => position.offsetX,
    getOffsetY: () => position.offsetY,
  };
}

function rangesOf(execution: Execution, keys: string[]): Range[] {
  return keys.map((key) => untracked(execution.spreadsheet()).getRange(key));
}

export class FakeEmbeddedChartBuilder implements BuilderApi {
  readonly model: ChartModel;

  constructor(
    private readonly execution: Execution,
    private readonly sheet: SheetModel,
    from?: ChartModel,
  ) {
    this.model = from
      ? { ...from, ranges: [...from.ranges], options: { ...from.options }, position: { ...from.position } }
      : { id: 0, chartType: "COLUMN", ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
  }

  addRange(range: Range): EmbeddedChartBuilder {
    this.model.ranges.push(rangeKey(range));
    return asApi<EmbeddedChartBuilder>(this);
  }

  clearRanges(): EmbeddedChartBuilder {
    this.model.ranges.length = 0;
    return asApi<EmbeddedChartBuilder>(this);
  }

  getRanges(): Range[] {
    return rangesOf(this.execution, this.model.ranges);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilder {
    this.model.chartType = String(type);
    return asApi<EmbeddedChartBuilder>(this);
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asApi(this.model.chartType);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    this.model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return asApi<EmbeddedChartBuilder>(this);
  }

  setOption(option: string, value: any): EmbeddedChartBuilder {
    this.model.options[option] = value;
    return asApi<EmbeddedChartBuilder>(this);
  }

  setNumHeaders(headers: number): EmbeddedChartBuilder {
    return this.setOption("numHeaders", headers);
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    return this.setOption("transposeRowsAndColumns", transpose);
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this.model.position);
  }

  build(): EmbeddedChart {
    return asApi(this.execution.track(new FakeEmbeddedChart(this.execution, this.sheet, { ...this.model }), "EmbeddedChart"));
  }
}

export class FakeEmbeddedChart implements ChartApi {
  constructor(
    private readonly execution: Execution,
    private readonly sheet: SheetModel,
    readonly model: ChartModel,
  ) {}

  getChartId(): number | null {
    return this.model.id || null;
  }

  getRanges(): Range[] {
    return rangesOf(this.execution, this.model.ranges);
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.model.options;
    return { get: (option: string) => options[option] ?? null };
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this.model.position);
  }

  getNumHeaders(): number {
    return typeof this.model.options.numHeaders === "number" ? this.model.options.numHeaders : -1;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.model.options.transposeRowsAndColumns === true;
  }

  modify(): EmbeddedChartBuilder {
    return asApi(this.execution.track(new FakeEmbeddedChartBuilder(this.execution, this.sheet, this.model), "EmbeddedChartBuilder"));
  }
}
