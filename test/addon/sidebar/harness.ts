import { existsSync } from "node:fs";
import { expect } from "vitest";
import { type SeedCell, type SheetSeed, type World, createWorld } from "../../../tools/emulator";
import { sampleSheets } from "../../../tools/preview/document";
import { findDate, runServerFunction } from "../../../tools/preview/run";
import type { DownloadsResult } from "../../../src/contract/sidebar";
import { type DownloadFile, downloadFiles } from "../../../src/sidebar/exportFiles";

export const CODE = "dist/Code.js";

export function requireBuild(): void {
  if (!existsSync(CODE) || !existsSync("dist/Sidebar.html")) throw new Error("dist/ absent : lancez npm run build avant ces tests.");
}

/** The sample document of the preview: Journal (examples/benevalo-export.csv) and Rôles, Europe/Paris. */
export function sampleWorld(extra: SheetSeed[] = [], journalRows?: SeedCell[][]): World {
  return createWorld({ timeZone: "Europe/Paris", sheets: [...sampleSheets({ journalRows }), ...extra] });
}

export interface Call<T> {
  value: T;
  calls: Record<string, number>;
  total: number;
}

/** One server function in a fresh execution of dist/Code.js; fails if a Date would cross google.script.run. */
export function call<T = any>(world: World, name: string, ...args: unknown[]): Call<T> {
  const { value, services } = runServerFunction(world, name, args, { codePath: CODE });
  expect(findDate(value)).toBeNull();
  return { value: value as T, calls: services.handle.calls.snapshot(), total: services.handle.calls.count() };
}

/** « Fichiers »: getDownloads without a kind, through JSON as google.script.run carries it, and the files the page writes from its answer. */
export function downloadedFiles(world: World, input: unknown): DownloadFile[] {
  const { value } = call<DownloadsResult>(world, "getDownloads", input);
  if (!value.ok) throw new Error(value.message);
  const sent = JSON.parse(JSON.stringify(value)) as typeof value;
  expect(sent).toEqual(value);
  return downloadFiles(sent.sets);
}

/** Everything a sheet holds, for byte-for-byte comparisons. */
export function sheetDump(world: World, name: string): string {
  const s = world.spreadsheet.sheetByName(name);
  if (!s) throw new Error(`feuille absente : ${name}`);
  return JSON.stringify({
    name: s.name,
    values: s.values,
    formats: s.formats,
    formulas: [...s.formulas],
    widths: [...s.columnWidths],
    metadata: s.metadata,
    charts: s.charts,
    frozen: [s.frozenRows, s.frozenColumns],
    merges: s.merges,
    rowHeights: [...s.rowHeights],
    size: [s.maxRows, s.maxColumns],
  });
}

/** The sample journal's three associations, in French order. */
export const ASSOCIATIONS = ["Amicale Laïque de Quimper", "Club Sportif de Villeurbanne", "Les Jardins Partagés de Belleville"];

/** A year's report sheets: four per association, named after it, then the CEC and the Anomalies of the journal. */
export function reportNames(year: number, associations = ASSOCIATIONS): string[] {
  return [
    ...associations.flatMap((a) => ["Synthèse", "Bénévoles", "Valorisation", "Comptabilité"].map((t) => `Valorise ${year} – ${t} – ${a}`)),
    `Valorise ${year} – CEC`, `Valorise ${year} – Anomalies`,
  ];
}

/** The cell right of the first row labelled `text` in column A (the Synthèse's « SIREN », « Exercice »…). */
export function labelled(sheet: { values: readonly (readonly unknown[] | undefined)[] }, text: string): unknown {
  return sheet.values.find((r) => r?.[0] === text)?.[1];
}

export const SETTINGS = {
  version: 1,
  source: { sheet: "Journal", range: "", rolesSheet: "Rôles", rateSheet: "" },
  association: { name: "Les Jardins Partagés de Belleville", identifier: "123456789", declaredOn: "2015-03-01", generalInterest: true },
  valuation: {
    rateMode: "smic",
    coefficient: "1,45",
    chart: "ANC 2018-06",
    closingDate: "12-31",
    etpBase: 1607,
    mileage: { mode: "bareme", vehicle: "voiture", cv: 5, electric: false, waived: true },
    rateTable: { key: "niveau", rows: [{ label: "Expertise", eurosPerHour: "25" }] },
  },
};
