import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";
import { noteHeight } from "../../../src/core/report/layout";
import { summaryLayout } from "../../../src/core/report/summary";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { reportFiles } from "../../../src/local/export/files";

const ASSOCIATION = "Les Amis & Cie du Jardin";

/** A year of a named association with accounts (its method note) and a rate-table warning. */
function report() {
  const grid = [
    ["Bénévole", "Date", "Durée (en heures)", "Association", "Niveau"],
    ["Alice", "2024-10-15", 10, ASSOCIATION, "Expertize"],
    ["Bob", "2024-11-15", 10.5, ASSOCIATION, "Exécution"],
  ];
  const journal = readJournal(grid, { wallClock: (d) => d.getTime() });
  return buildYearReport(journal, 2024, {
    valuationSettings: { siren: "123456789", coefficient: "1.45", rateTable: { key: "niveau", rows: [{ label: "Expertise", eurosPerHour: "25" }] } },
  });
}

async function workbook() {
  const r = report();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(((await reportFiles(r)[0]!.content()) as Uint8Array).buffer as ArrayBuffer);
  return { r, wb };
}

describe("the report workbook prints", () => {
  it("every sheet on A4 landscape, one page wide and as tall as needed, titled, its frozen rows repeated", async () => {
    const { wb } = await workbook();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Synthèse", "Bénévoles", "CEC", "Valorisation", "Comptabilité", "Anomalies"]);
    for (const ws of wb.worksheets) {
      const setup = ws.pageSetup;
      expect([setup.paperSize, setup.orientation, setup.fitToPage, setup.fitToWidth, setup.fitToHeight], ws.name).toEqual([9, "landscape", true, 1, 0]);
      expect(setup.printTitlesRow, ws.name).toBe("1:1");
      expect(setup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.75, bottom: 0.6 });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.headerFooter.oddFooter).toBe("&LValorise&RPage &P / &N");
    }
    // The heading names the association (its "&" doubled: a single one starts an Excel code), the sheet and the period.
    const header = (name: string) => wb.getWorksheet(name)!.headerFooter.oddHeader;
    expect(header("Synthèse")).toBe("&CValorise – Les Amis && Cie du Jardin – Synthèse – exercice 2024");
    expect(header("Bénévoles")).toBe("&CValorise – Les Amis && Cie du Jardin – Bénévoles – exercice 2024");
    expect(header("Comptabilité")).toBe("&CValorise – Les Amis && Cie du Jardin – Comptabilité – exercice 2024");
    expect(header("CEC")).toBe("&CValorise – CEC 2024 – bénévoles de toutes les associations du journal");
    expect(header("Anomalies")).toBe("&CValorise – Anomalies du journal");
    // The table sheets keep their header in row 1 (the page header titles them): the data stay ready to filter.
    expect(wb.getWorksheet("CEC")!.getRow(1).getCell(1).value).toBe("Bénévole");
  });

  it("the method note and the rate-table warning each in one merged, wrapped cell as tall as its text", async () => {
    const { r, wb } = await workbook();
    const ws = wb.getWorksheet("Synthèse")!;
    const layout = summaryLayout(r, { source: "" });
    const column = ws.getColumn(1).values as unknown[];
    const note = r.accounting!.note;
    expect(note.length).toBeGreaterThan(300);
    const warning = layout.rows[layout.noteRows![0]!]![0] as string;
    expect(warning).toContain("« Expertize »");
    for (const text of [note, warning]) {
      const row = column.indexOf(text);
      expect(row, text).toBeGreaterThan(0);
      const cell = ws.getCell(row, 1);
      expect(cell.isMerged).toBe(true);
      expect(ws.getCell(row, 4).master.address).toBe(`A${row}`);
      expect(cell.alignment).toMatchObject({ wrapText: true, vertical: "top" });
      expect(ws.getRow(row).height).toBe(noteHeight(layout, row - 1) * 0.75);
    }
    // The note whole, no line of it cut into the rows below.
    expect(column.filter((v) => typeof v === "string" && v.length > 20 && note.includes(v))).toEqual([note]);
    // About 105 characters a line over the 750 px of the four columns: the long note takes several lines.
    expect(ws.getRow(column.indexOf(note)).height).toBeGreaterThanOrEqual(Math.ceil(note.length / 105) * 12.75);
  });
});
