import type { ChartSpec } from "../../core/report/layout";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SIZE = { width: 480, height: 300 };

/** Embedded charts over blocks of the sheet just written. */
export function writeCharts(sheet: Sheet, specs: readonly ChartSpec[]): void {
  for (const spec of specs) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType[spec.type])
      .addRange(sheet.getRange(spec.row + 1, spec.column + 1, spec.numRows, spec.numColumns))
      .setNumHeaders(1)
      .setPosition(spec.anchorRow + 1, spec.anchorColumn + 1, 0, 0)
      .setOption("title", spec.title)
      .setOption("legend", { position: spec.type === "PIE" ? "right" : "none" })
      .setOption("width", SIZE.width)
      .setOption("height", SIZE.height)
      .build();
    sheet.insertChart(chart);
  }
}
