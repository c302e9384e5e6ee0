import type { EntryDoc } from "./functions/spec";

/** Items of Extensions > Valorise, with the entry point each one calls. */
export const MENU_ITEMS = [
  { caption: "Ouvrir le panneau", functionName: "showSidebar" },
  { caption: "Générer le rapport de l'année…", functionName: "showReportSidebar" },
  { caption: "Aide", functionName: "showHelp" },
] as const;

/** Builds the add-on menu and nothing else: it runs in AuthMode.NONE, where no other service may be called. */
function onOpen(_e?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

function onInstall(e?: unknown): void {
  onOpen(e);
}

export const TRIGGERS = { onOpen, onInstall };

export const TRIGGER_DOCS: EntryDoc<keyof typeof TRIGGERS>[] = [
  { name: "onOpen", params: [{ name: "e", type: "Object", description: "Événement d'ouverture" }] },
  { name: "onInstall", params: [{ name: "e", type: "Object", description: "Événement d'installation" }] },
];
