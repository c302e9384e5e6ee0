import { bytesSource } from "./byteSource";
import { nodePlatform } from "./nodePlatform";
import { GridCollector } from "./rows";
import type { GridRead } from "./text";
import { readXlsxRows, xlsxGrid } from "./xlsxRows";

export { type XlsxCell, xlsxWallClock, normaliseCell, errorOf } from "./xlsxRows";

/** A workbook's sheet as a grid, inflated by Node: rows as wide as the widest, empty columns at the right dropped. */
export async function parseXlsx(data: Uint8Array, sheetName?: string): Promise<GridRead> {
  let collector: GridCollector | undefined;
  const rows = await readXlsxRows(bytesSource(data), sheetName, (headers) => (collector = new GridCollector(headers)), nodePlatform);
  return xlsxGrid(collector!.finish(rows));
}
