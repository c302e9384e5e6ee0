import type { EntryDoc } from "./functions/spec";
import { SIDEBAR_ENTRY_POINTS } from "./sidebar/entryPoints";

/** The help is an HTML file of the project (src/addon/Aide.html): its text is not loaded with the script on every call. */
function showHelp(): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile("Aide").setWidth(520).setHeight(560), "Valorise : aide");
}

export const UI_ENTRY_POINTS = { showHelp, ...SIDEBAR_ENTRY_POINTS };

export const UI_DOCS: EntryDoc<"showHelp">[] = [{ name: "showHelp", params: [] }];
