import type { SheetInfo } from "../contract/sidebar";
import { readClosingDay } from "../core/accounting/closing";
import type { Settings } from "../core/settings";
import { readColumnChoices, setColumnChoices } from "./columnChoices";
import { input, radioValue, select, setOptions, setRadio } from "./dom";
import { readRateRows, setRateRows } from "./rateTable";

type Valuation = Settings["valuation"];

/** "12-31" → "31/12"; "2025-06-30" → "30/06/2025". */
function closingToField(value: string | undefined): string {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!m) return value ?? "";
  return m[1] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}/${m[2]}`;
}

/**
 * "31/12" → "12-31"; "30/6/2025" → "06-30" (the year is chosen when generating: a dated closing
 * would close one exercice only); anything else is sent as typed (and refused with its reason).
 */
function closingFromField(text: string): string {
  if (!text.trim()) return "12-31";
  const read = readClosingDay(text);
  return "value" in read ? read.value.slice(-5) : text.trim();
}

/** A number field: the number, or the text as typed so that the schema refuses it with its message. */
function numberField(id: string): number | string | undefined {
  const text = input(id).value.trim();
  if (!text) return undefined;
  const n = Number(text.replace(",", "."));
  return Number.isFinite(n) ? n : text;
}

const optionalText = (id: string) => input(id).value.trim() || undefined;

export function sheetOptions(sheets: SheetInfo[], none: string): { value: string; label: string }[] {
  return [{ value: "", label: none }, ...sheets.filter((s) => !s.report).map((s) => ({ value: s.name, label: s.name }))];
}

export function fillSheetLists(sheets: SheetInfo[], settings: Settings): void {
  setOptions(select("source-sheet"), sheetOptions(sheets, "Détection automatique"), settings.source.sheet ?? "");
  setOptions(select("source-roles"), sheetOptions(sheets, "Aucune"), settings.source.rolesSheet ?? "");
  setOptions(select("source-alias"), sheetOptions(sheets, "Feuille « Alias », si elle existe"), settings.source.aliasSheet ?? "");
  setOptions(select("table-sheet"), sheetOptions(sheets, "Choisir une feuille…"), settings.source.rateSheet ?? "");
}

/** The associations table's sheet: no field shows it, but saving the form keeps it. */
let associationSheet = "";

export function fillForm(settings: Settings, sheets: SheetInfo[]): void {
  const a = settings.association;
  associationSheet = settings.source.associationSheet ?? "";
  const v: Valuation = settings.valuation;
  fillSheetLists(sheets, settings);
  setColumnChoices(settings.source.columns);
  input("source-range").value = settings.source.range ?? "";
  input("assoc-name").value = a.name;
  input("assoc-id").value = a.identifier ?? "";
  input("assoc-declared").value = a.declaredOn ?? "";
  setRadio("assoc-gi", a.generalInterest === undefined ? "" : a.generalInterest ? "oui" : "non");
  select("val-chart").value = v.chart ?? "ANC 2018-06";
  input("val-closing").value = closingToField(v.closingDate ?? "12-31");
  input("val-etp").value = String(v.etpBase ?? 1607);
  setRadio("rate-mode", v.rateMode ?? "smic");
  input("val-flat").value = v.flatRate === undefined ? "" : String(v.flatRate).replace(".", ",");
  select("val-territory").value = v.territory ?? "metropole";
  input("val-coef").value = String(v.coefficient ?? "1").replace(".", ",");
  select("table-source").value = settings.source.rateSheet ? "sheet" : v.rateTable ? "here" : "none";
  select("table-key").value = v.rateTable?.key ?? "niveau";
  setRateRows(v.rateTable?.rows ?? []);
  const m = v.mileage ?? {};
  select("km-mode").value = m.mode ?? "aucun";
  input("km-rate").value = m.eurosPerKm === undefined ? "" : String(m.eurosPerKm).replace(".", ",");
  select("km-vehicle").value = m.vehicle ?? "voiture";
  input("km-cv").value = String(m.cv ?? 5);
  input("km-electric").checked = m.electric ?? false;
  input("km-waived").checked = m.waived ?? false;
  syncVisibility();
}

/** The settings as the form stands, unchecked: checkSettings says what is wrong. */
export function readForm(): Settings {
  const tableSource = select("table-source").value;
  const gi = radioValue("assoc-gi");
  const valuation = {
    rateMode: radioValue("rate-mode") || "smic",
    flatRate: optionalText("val-flat"),
    coefficient: optionalText("val-coef"),
    territory: select("val-territory").value,
    rateTable: tableSource === "here" ? { key: select("table-key").value, rows: readRateRows() } : undefined,
    mileage: {
      mode: select("km-mode").value,
      eurosPerKm: optionalText("km-rate"),
      vehicle: select("km-vehicle").value,
      cv: numberField("km-cv"),
      electric: input("km-electric").checked,
      waived: input("km-waived").checked,
    },
    chart: select("val-chart").value,
    closingDate: closingFromField(input("val-closing").value),
    etpBase: numberField("val-etp"),
  };
  return {
    version: 1,
    source: {
      sheet: select("source-sheet").value,
      range: input("source-range").value.trim().toUpperCase(),
      rolesSheet: select("source-roles").value,
      rateSheet: tableSource === "sheet" ? select("table-sheet").value : "",
      aliasSheet: select("source-alias").value,
      ...(associationSheet && { associationSheet }),
      columns: readColumnChoices(),
    },
    association: {
      name: input("assoc-name").value.trim(),
      identifier: input("assoc-id").value.replace(/\s+/g, "").toUpperCase(),
      declaredOn: input("assoc-declared").value,
      generalInterest: gi ? gi === "oui" : undefined,
    },
    // Typed as the schema's input: values the user typed badly are sent as they are, to be refused with a message.
    valuation: valuation as unknown as Valuation,
  };
}

/** Shows only the fields that apply to the choices made. */
export function syncVisibility(): void {
  const mode = radioValue("rate-mode") || "smic";
  const table = select("table-source").value;
  const km = select("km-mode").value;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-show]"))) node.hidden = node.dataset.show !== mode;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-table]"))) node.hidden = node.dataset.table !== table;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-km]"))) node.hidden = km === "aucun" || (node.dataset.km !== "any" && node.dataset.km !== km);
}
