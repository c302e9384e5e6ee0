import type { SidebarServer } from "../../contract/sidebar";
import type { EntryDoc } from "../functions/spec";
import { createAliasTable } from "./aliasTable";
import { createAssociationTable } from "./associationTable";
import { getDownloads } from "./downloads";
import { createJournalSheet } from "./journalSheet";
import { generateReport, planReport } from "./generate";
import { getSidebarState, openReportSheet, previewSource, saveSettings } from "./state";

const INPUT = { name: "input", type: "Object", description: "Données envoyées par le panneau" };

/** The page's "focus" on opening: the menu item chosen. */
function openSidebar(focus: "reglages" | "annee"): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Valorise");
  // Read by the page once loaded: a constant, never data from the sheet.
  html.append(`<script>window.VALORISE_FOCUS = "${focus}";</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Server functions the sidebar calls with google.script.run (the contract's, checked by tsc), and the menu items that open it. */
export const SIDEBAR_ENTRY_POINTS = {
  showSidebar: () => openSidebar("reglages"),
  showReportSidebar: () => openSidebar("annee"),
  getSidebarState,
  previewSource,
  saveSettings,
  planReport,
  generateReport,
  getDownloads,
  openReportSheet,
  createAliasTable,
  createAssociationTable,
  createJournalSheet,
} satisfies { [K in keyof SidebarServer]: (input: never) => ReturnType<SidebarServer[K]> } & Record<string, (input: never) => unknown>;

export const SIDEBAR_DOCS: EntryDoc<keyof typeof SIDEBAR_ENTRY_POINTS>[] = [
  { name: "showSidebar", params: [] },
  { name: "showReportSidebar", params: [] },
  { name: "getSidebarState", params: [] },
  { name: "previewSource", params: [INPUT] },
  { name: "saveSettings", params: [INPUT] },
  { name: "planReport", params: [INPUT] },
  { name: "generateReport", params: [INPUT] },
  { name: "getDownloads", params: [INPUT] },
  { name: "openReportSheet", params: [INPUT] },
  { name: "createAliasTable", params: [INPUT] },
  { name: "createAssociationTable", params: [INPUT] },
  { name: "createJournalSheet", params: [INPUT] },
];
