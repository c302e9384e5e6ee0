import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createServices } from "../../../tools/emulator";

function htmlDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "valorise-html-"));
  writeFileSync(join(dir, "Sidebar.html"), "<h1>Valorise</h1>");
  writeFileSync(join(dir, "Report.html"), "<p><?= title ?></p><? for (var i = 0; i < n; i++) { ?><i><?= i ?></i><? } ?><?!= raw ?><?= greet() ?>");
  return dir;
}

describe("Ui", () => {
  it("records menus with items, separators and sub-menus", () => {
    const { globals, handle } = createServices();
    const ui = globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu("Exports").addItem("FEC", "exportFec");
    ui.createAddonMenu().addItem("Ouvrir", "openSidebar").addSeparator().addSubMenu(sub).addToUi();
    expect(handle.ui.menus).toEqual([
      {
        caption: null,
        addon: true,
        entries: [
          { kind: "item", caption: "Ouvrir", functionName: "openSidebar" },
          { kind: "separator" },
          { kind: "subMenu", menu: { caption: "Exports", addon: false, entries: [{ kind: "item", caption: "FEC", functionName: "exportFec" }] } },
        ],
      },
    ]);
  });

  it("records alerts and answers with queued buttons, OK by default", () => {
    const { globals, handle } = createServices();
    const ui = globals.SpreadsheetApp.getUi();
    handle.ui.pendingAlertResponses.push("NO");
    expect(ui.alert("Valorise", "Remplacer le rapport ?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Terminé")).toBe(ui.Button.OK);
    expect(handle.ui.alerts).toEqual([
      { title: "Valorise", prompt: "Remplacer le rapport ?", buttons: "YES_NO", response: "NO" },
      { title: null, prompt: "Terminé", buttons: "OK", response: "OK" },
    ]);
  });

  it("shows a sidebar read from the html directory, and toasts", () => {
    const { globals, handle } = createServices({ htmlDir: htmlDir() });
    const output = globals.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Valorise").setWidth(300);
    globals.SpreadsheetApp.getUi().showSidebar(output);
    globals.SpreadsheetApp.getActiveSpreadsheet().toast("Rapport prêt", "Valorise", 5);
    expect(handle.ui.shown).toEqual([{ kind: "sidebar", title: "Valorise", content: "<h1>Valorise</h1>", width: 300, height: null }]);
    expect(handle.ui.toasts).toEqual([{ message: "Rapport prêt", title: "Valorise", timeoutSeconds: 5 }]);
    expect(() => globals.HtmlService.createHtmlOutputFromFile("Missing")).toThrow("No HTML file named Missing was found.");
  });

  it("evaluates templates with fields, escaping and script globals", () => {
    const { globals, handle } = createServices({ htmlDir: htmlDir() });
    handle.useTemplateScope({ greet: () => "<b>hi</b>" });
    const template = globals.HtmlService.createTemplateFromFile("Report") as GoogleAppsScript.HTML.HtmlTemplate & Record<string, unknown>;
    template.title = "A & B";
    template.n = 2;
    template.raw = "<hr>";
    expect(template.evaluate().getContent()).toBe("<p>A &amp; B</p><i>0</i><i>1</i><hr>&lt;b&gt;hi&lt;/b&gt;");
  });
});

describe("charts and developer metadata", () => {
  it("builds, inserts and lists charts", () => {
    const { globals, handle } = createServices();
    const sheet = globals.SpreadsheetApp.getActiveSheet();
    const chart = sheet
      .newChart()
      .setChartType(globals.Charts.ChartType.COLUMN as never)
      .addRange(sheet.getRange("A1:B5"))
      .setPosition(2, 4, 0, 0)
      .setOption("title", "Heures par mois")
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getOptions().get("title")).toBe("Heures par mois");
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B5"]);
    expect(inserted.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(handle.sheet("Feuille 1").charts).toMatchObject([{ chartType: "COLUMN", ranges: ["'Feuille 1'!A1:B5"] }]);
    sheet.removeChart(inserted);
    expect(sheet.getCharts()).toEqual([]);
  });

  it("adds, reads and removes developer metadata", () => {
    const { globals } = createServices();
    const sheet = globals.SpreadsheetApp.getActiveSheet();
    sheet.addDeveloperMetadata("valorise.report", "v1").addDeveloperMetadata("valorise.flag");
    const found = sheet.getDeveloperMetadata();
    expect(found.map((m) => [m.getKey(), m.getValue()])).toEqual([["valorise.report", "v1"], ["valorise.flag", null]]);
    found[0].remove();
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["valorise.flag"]);
  });
});

describe("layout", () => {
  it("keeps frozen rows, widths, tab colour and display formats", () => {
    const { globals, handle } = createServices({ locale: "en_US" });
    const sheet = globals.SpreadsheetApp.getActiveSheet();
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 3, 120);
    sheet.setTabColor("#1e8e3e");
    sheet.getRange("A1:D1").setValues([[1234.5, 0.125, 2.5 / 24, 45717]]);
    sheet.getRange("A1:D1").setNumberFormats([["#,##0.00 €", "0.0%", "[h]:mm", "dd/mm/yyyy"]]);
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(120);
    expect(sheet.getColumnWidth(1)).not.toBe(120);
    expect(sheet.getTabColor()).toBe("#1e8e3e");
    expect(handle.displayValues("A1:D1")).toEqual([["1,234.50 €", "12.5%", "2:30", "01/03/2025"]]);
  });
});
