import type { EntryPoint } from "../functions/spec";
import { createAliasTable } from "./aliasTable";
import { getDownloads } from "./downloads";
import { generateReport } from "./generate";
import { getSidebarState, openReportSheet, previewSource, saveSettings } from "./state";

const INPUT = { name: "input", type: "Object", description: "Données envoyées par le panneau" };

/** The page's "focus" on opening: the menu item chosen. */
function openSidebar(focus: "reglages" | "annee"): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Valorise");
  // Read by the page once loaded: a constant, never data from the sheet.
  html.append(`<script>window.VALORISE_FOCUS = "${focus}";</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Server functions the sidebar calls with google.script.run, and the menu items that open it. */
export const SIDEBAR_ENTRY_POINTS: EntryPoint[] = [
  { name: "showSidebar", run: () => openSidebar("reglages"), params: [] },
  { name: "showReportSidebar", run: () => openSidebar("annee"), params: [] },
  { name: "getSidebarState", run: getSidebarState, params: [] },
  { name: "previewSource", run: previewSource, params: [INPUT] },
  { name: "saveSettings", run: saveSettings, params: [INPUT] },
  { name: "generateReport", run: generateReport, params: [INPUT] },
  { name: "getDownloads", run: getDownloads, params: [INPUT] },
  { name: "openReportSheet", run: openReportSheet, params: [INPUT] },
  { name: "createAliasTable", run: createAliasTable, params: [INPUT] },
];
