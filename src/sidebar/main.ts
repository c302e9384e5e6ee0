import type { AliasTableResult, AssociationTableResult, DownloadsResult, GenerateResult, ReportPlan, SaveResult, SheetInfo, SidebarState, SourcePreview } from "../contract/sidebar";
import { type Settings, checkSettings } from "../core/settings";
import { fieldMessage } from "../core/settings/messages";
import { chosenAssociation } from "./associationChoice";
import { clearColumnChoices, renderColumnChoices } from "./columnChoices";
import { DOCUMENT_BUTTON_IDS } from "./documentKinds";
import { wireDocuments } from "./documents";
import { byId, input, select } from "./dom";
import { clearErrors, showErrors } from "./errors";
import { downloadFiles } from "./exportFiles";
import { fillForm, fillSheetLists, readForm, syncVisibility } from "./form";
import { showJournalStart, wireJournalStart } from "./journalStart";
import { reachStep, startSteps, stopSteps } from "./progress";
import { addRateRow } from "./rateTable";
import { renderFiles, renderPlan, renderResult } from "./result";
import { call } from "./server";
import { renderPreview } from "./sourcePreview";

let busy = false;
/** The document's sheets, as the page last knew them. */
let sheets: SheetInfo[] = [];

function status(text: string, kind: "" | "ok" | "bad" = ""): void {
  const node = byId("status");
  node.textContent = text;
  node.className = `status ${kind}`;
}

function setBusy(on: boolean): void {
  busy = on;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button"))) b.disabled = on;
}

/**
 * Runs a long server call, one at a time, with its step shown in the footer: `label` among `steps`
 * (the steps before it shown done), and a seconds counter.
 */
async function longCall<T>(label: string, run: () => Promise<T>, steps: string[] = [label]): Promise<T | undefined> {
  if (busy) return undefined;
  setBusy(true);
  startSteps(steps);
  reachStep(label);
  try {
    return await run();
  } catch (error) {
    status(`Erreur : ${(error as Error).message}`, "bad");
    return undefined;
  } finally {
    stopSteps();
    setBusy(false);
    syncYearButtons();
  }
}

/** « Générer »'s steps as the page sees them (see progress.ts: the server's work is one call). */
function generateSteps(year: number): { checked: string; plan: string; write: string; all: string[] } {
  const checked = "Réglages vérifiés";
  const plan = "Recherche des feuilles à remplacer (serveur)";
  const write = `Lecture du journal, calculs et écriture des feuilles de ${year} (serveur)`;
  return { checked, plan, write, all: [checked, plan, write] };
}

/** The buttons that act on the year chosen: enabled when there is a year and no call running, « Générer 2025 ». */
function syncYearButtons(): void {
  const none = select("year").options.length === 0;
  const generateButton = byId<HTMLButtonElement>("generate");
  generateButton.textContent = none ? "Générer" : `Générer ${select("year").value}`;
  generateButton.disabled = none || busy;
  for (const id of ["downloads", ...DOCUMENT_BUTTON_IDS]) byId<HTMLButtonElement>(id).disabled = none || busy;
}

/** The form's settings if they pass the shared schema; otherwise the errors are shown next to the fields. */
function checkedForm(): Settings | undefined {
  const check = checkSettings(readForm(), fieldMessage);
  if (check.ok) {
    clearErrors();
    // Only strings, numbers, booleans, arrays and objects cross google.script.run: no undefined left.
    return JSON.parse(JSON.stringify(check.settings)) as Settings;
  }
  const orphans = showErrors(check.errors);
  status(orphans.length ? orphans.join(" ") : "Des réglages sont à corriger (voir les champs en rouge).", "bad");
  return undefined;
}

/** The preview and the column lists built from its headers. */
function showPreview(preview: SourcePreview): void {
  renderPreview(preview);
  renderColumnChoices(preview, laterPreview);
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function laterPreview(): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void refreshPreview(), 400);
}

let previewSeq = 0;
async function refreshPreview(): Promise<void> {
  const seq = ++previewSeq;
  const source = readForm().source;
  byId("source-preview").classList.add("muted");
  try {
    const preview = await call("previewSource", source);
    if (seq === previewSeq) showPreview(preview); // an older answer arriving late is dropped
  } catch (error) {
    if (seq === previewSeq) status(`Aperçu impossible : ${(error as Error).message}`, "bad");
  } finally {
    byId("source-preview").classList.remove("muted");
    syncYearButtons();
  }
}

async function save(): Promise<void> {
  const settings = checkedForm();
  if (!settings) return;
  const result = await longCall("Enregistrement…", () => call("saveSettings", settings));
  if (!result) return;
  if (result.ok) status(result.message, "ok");
  else {
    showErrors(result.errors);
    status(result.message, "bad");
  }
}

/** What « Générer » and the files are about: the year, the settings as the form stands, the association chosen. */
function yearRequest(settings: Settings, year: number) {
  const association = chosenAssociation();
  return { year, settings, ...(association !== undefined && { association }) };
}

/** « Générer »: first the sheets it would replace, to confirm in the page; straight on when it replaces none. */
async function generate(): Promise<void> {
  const settings = checkedForm();
  const year = Number(select("year").value);
  if (!settings || !year) return;
  const request = yearRequest(settings, year);
  status(`Génération du rapport ${year}…`);
  byId("result").textContent = "";
  const steps = generateSteps(year);
  const plan = await longCall(steps.plan, () => call("planReport", request), steps.all);
  if (!plan) return;
  if (!plan.ok) {
    if (plan.errors) showErrors(plan.errors);
    return status(plan.message, "bad");
  }
  if (!plan.replace.length && !plan.remove.length) return write(request);
  status(`Rapport ${year} : confirmez les feuilles à remplacer.`);
  renderPlan(plan, () => void write(request), () => {
    byId("result").textContent = "";
    status("Génération annulée : aucune feuille n'a été modifiée.");
  });
}

async function write(request: ReturnType<typeof yearRequest>): Promise<void> {
  const { year } = request;
  status(`Génération du rapport ${year}…`);
  byId("result").textContent = "";
  const steps = generateSteps(year);
  const result = await longCall(steps.write, () => call("generateReport", request), steps.all);
  if (!result) return;
  if (result.ok) {
    status(`Rapport ${year} prêt.`, "ok");
    renderResult(result);
    byId("result").scrollIntoView({ block: "start" });
  } else {
    if (result.errors) showErrors(result.errors);
    status(result.message, "bad");
  }
}

async function downloads(): Promise<void> {
  const settings = checkedForm();
  const year = Number(select("year").value);
  if (!settings || !year) return;
  const result = await longCall(`Préparation des fichiers de ${year}…`, () => call("getDownloads", yearRequest(settings, year)));
  if (!result) return;
  if (result.ok && "sets" in result) {
    // the page writes the files from what the server sent (src/sidebar/exportFiles.ts)
    const files = downloadFiles(result.sets);
    renderFiles(result.year, files);
    status(`${files.length} fichiers prêts à télécharger.`, "ok");
  } else if (!result.ok) status(result.message, "bad");
}

/** « Créer la table des alias »: the sheet is created (or found), then chosen in the list. */
async function createAliasTable(): Promise<void> {
  const result = await longCall("Création de la table des alias…", () => call("createAliasTable", { sheet: select("source-alias").value }));
  if (!result) return;
  if (!result.ok) return status(result.message, "bad");
  if (!sheets.some((s) => s.name === result.sheet)) sheets.push({ name: result.sheet, journal: false, report: false });
  const settings = readForm();
  settings.source.aliasSheet = result.sheet;
  fillSheetLists(sheets, settings);
  status(result.message, "ok");
  laterPreview();
}

/**
 * « Créer la table des associations » (or « des bénévoles »): a new sheet, prefilled with the journal's
 * associations (or volunteers); an existing one is left as it is.
 */
async function createAssociationTable(table?: "benevoles"): Promise<void> {
  const settings = readForm();
  const result = await longCall(`Création de la table des ${table ? "bénévoles" : "associations"}…`, () =>
    call("createAssociationTable", { sheet: settings.source.associationSheet ?? "", source: settings.source, ...(table ? { table } : {}) }),
  );
  if (!result) return;
  if (!result.ok) return status(result.message, "bad");
  if (!sheets.some((s) => s.name === result.sheet)) sheets.push({ name: result.sheet, journal: false, report: false });
  fillSheetLists(sheets, readForm());
  status(result.message, "ok");
  laterPreview();
}

function render(state: SidebarState): void {
  sheets = state.sheets;
  showJournalStart(state.sheets);
  byId("doc-name").textContent = state.spreadsheetName;
  fillForm(state.settings, state.sheets);
  showPreview(state.source);
  byId("form").hidden = false;
  byId("dock-actions").hidden = false;
  syncYearButtons();
  status(state.problem || (state.saved ? "" : "Vérifiez les réglages puis enregistrez-les : ils seront gardés avec ce classeur."), state.problem ? "bad" : "");
  const focus = (window as unknown as { VALORISE_FOCUS?: string }).VALORISE_FOCUS;
  if (focus === "annee" && state.saved) {
    for (const d of Array.from(document.querySelectorAll("details"))) d.open = false;
    byId("sec-year").scrollIntoView();
    select("year").focus();
  } else if (state.saved) {
    byId<HTMLDetailsElement>("sec-source").open = false;
  }
}

function wire(): void {
  // Another journal sheet has other headers: the columns chosen for the previous one no longer apply.
  select("source-sheet").addEventListener("change", clearColumnChoices);
  for (const id of ["source-sheet", "source-roles", "source-alias", "table-sheet", "table-source"]) select(id).addEventListener("change", laterPreview);
  input("source-range").addEventListener("change", laterPreview);
  byId("form").addEventListener("change", syncVisibility);
  select("year").addEventListener("change", syncYearButtons);
  byId("form").addEventListener("submit", (e) => e.preventDefault());
  byId("table-add").addEventListener("click", addRateRow);
  byId("save").addEventListener("click", () => void save());
  byId("alias-create").addEventListener("click", () => void createAliasTable());
  byId("associations-create").addEventListener("click", () => void createAssociationTable());
  byId("volunteers-create").addEventListener("click", () => void createAssociationTable("benevoles"));
  byId("generate").addEventListener("click", () => void generate());
  byId("downloads").addEventListener("click", () => void downloads());
  wireJournalStart({
    longCall,
    status,
    reload: async (sheet) => {
      try {
        render(await call("getSidebarState"));
      } catch (error) {
        return status(`Impossible de relire le classeur : ${(error as Error).message}`, "bad");
      }
      const list = select("source-sheet");
      if (list.value !== sheet && Array.from(list.options).some((o) => o.value === sheet)) {
        list.value = sheet;
        clearColumnChoices();
        await refreshPreview();
      }
    },
  });
  wireDocuments({
    request: () => {
      const settings = checkedForm();
      const year = Number(select("year").value);
      return settings && year ? yearRequest(settings, year) : undefined;
    },
    longCall,
    status,
  });
}

async function start(): Promise<void> {
  wire();
  try {
    render(await call("getSidebarState"));
  } catch (error) {
    status(`Impossible de lire le classeur : ${(error as Error).message}`, "bad");
  }
}

// The menu item's focus is appended after this script: read it once the page is parsed.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
else void start();
