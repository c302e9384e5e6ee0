// Lines shown beside a total add up to it, to the cent, in every output: on the sample journal
// (examples/benevalo-export.csv) with a coefficient of 1,45 and mileage at the scale, then with a
// rate table as well. The per-volunteer amounts once added up to 54 016,46 € against 54 016,43 €.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";
import type { Journal } from "../../../src/core/journal/types";
import { reportSheets } from "../../../src/core/report/sheets";
import { summaryLayout } from "../../../src/core/report/summary";
import { buildYearReport } from "../../../src/core/report/yearReport";
import type { ValuationSettingsInput } from "../../../src/core/settings/valuation";
import { rateTableFromGrid } from "../../../src/core/valuation/rateTable";
import { main } from "../../../src/local/cli/main";
import { frenchNumber } from "../../../src/local/cli/print";
import type { ReportJson } from "../../../src/local/cli/report";
import { createServices } from "../../../tools/emulator";
import { sampleSheets } from "../../../tools/preview/document";
import { readJournalFile } from "../../../src/local/readers";
import { type LoadedBundle, loadBundle } from "../../../tools/vm/runBundle";
import { bufferIo } from "./io";

const SAMPLE = "examples/benevalo-export.csv";
const ROLES = "examples/roles.csv";
const YEAR = 2025;
// The sample journal holds three associations: each has its own accounts, checked here on one of them.
const CLUB = "Club Sportif de Villeurbanne";
const CLUB_FILE = "club-sportif-de-villeurbanne";
const RATE_ROWS = [["Niveau", "Taux"], ["Expertise", 30], ["Encadrement", "20,50"], ["Exécution", "12,10"]];

const dir = mkdtempSync(join(tmpdir(), "valorise-money-"));
const rateFile = join(dir, "taux.csv");
writeFileSync(rateFile, RATE_ROWS.map((r) => r.join(";")).join("\n"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Scenario {
  name: string;
  args: string[];
  settings: ValuationSettingsInput;
  /** BENEVOLAT_VENTILATION's taux argument. */
  rateArg: unknown;
}

const MILEAGE = { mode: "bareme", cv: 5, waived: true } as const;
const SCENARIOS: Scenario[] = [
  {
    name: "SMIC, coefficient 1,45",
    args: ["--coefficient", "1,45", "--cv", "5", "--abandon-frais"],
    settings: { coefficient: "1,45", mileage: MILEAGE },
    rateArg: "",
  },
  {
    name: "rate table by level, coefficient 1,45",
    args: ["--coefficient", "1,45", "--cv", "5", "--abandon-frais", "--table-taux", rateFile],
    settings: { coefficient: "1,45", mileage: MILEAGE, rateTable: rateTableFromGrid(RATE_ROWS) },
    rateArg: RATE_ROWS,
  },
];

/** Euros (a number, French text such as "54 016,43 €" or "1234,56", or a report sheet's { cents }) as whole cents; blank is 0. */
function cents(value: unknown): number {
  if (value === undefined || value === null || value === "") return 0;
  if (typeof value === "object" && "cents" in value) return (value as { cents: number }).cents;
  const euros = typeof value === "number" ? value : Number(String(value).replace(/[\s\u202f€]/g, "").replace(",", "."));
  expect(Number.isFinite(euros), `montant illisible « ${String(value)} »`).toBe(true);
  return Math.round(euros * 100);
}

const sumCents = (values: readonly unknown[]) => values.reduce<number>((s, v) => s + cents(v), 0);

async function cli(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io);
  expect(code, io.stderr()).toBe(0);
  return io.stdout();
}

/** A table of the text report: the one whose header starts with `first` and names `column`, cut at its rule's columns. */
function textTableAt(text: string, first: string, column: string): Record<string, string>[] {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.startsWith(first) && l.includes(column));
  expect(at, `tableau « ${first} » absent`).toBeGreaterThanOrEqual(0);
  const spans = [...lines[at + 1]!.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const cut = (line: string) => spans.map(([from, to], i) => line.slice(from, i === spans.length - 1 ? undefined : to).trim());
  const headers = cut(lines[at]!);
  const rows: Record<string, string>[] = [];
  for (let i = at + 2; i < lines.length && lines[i]!.trim() !== ""; i++) rows.push(Object.fromEntries(cut(lines[i]!).map((c, j) => [headers[j], c])));
  return rows;
}

/** The lines of a text table add up to its Total row, in the given column. */
function expectTextTotal(text: string, first: string, column: string): number {
  const rows = textTableAt(text, first, column);
  const total = rows.find((r) => r[first] === "Total");
  expect(total, `ligne Total de « ${first} »`).toBeDefined();
  const lines = rows.filter((r) => r !== total);
  expect(lines.length).toBeGreaterThan(0);
  expect(sumCents(lines.map((r) => r[column])), `${first} / ${column}`).toBe(cents(total![column]));
  return cents(total![column]);
}

/** A sheet as headers and rows, from the report model, a workbook or a CSV file. */
interface Sheet {
  name: string;
  headers: string[];
  rows: unknown[][];
}

function column(sheet: Sheet, header: string): number {
  const i = sheet.headers.findIndex((h) => h === header || h === `${header} (€)`);
  expect(i, `colonne « ${header} » de ${sheet.name}`).toBeGreaterThanOrEqual(0);
  return i;
}

/** Bénévoles: the valuation column adds up to the amount valued, the mileage column to the mileage total. */
function expectVolunteers(sheet: Sheet, totalCents: number, mileageCents: number): void {
  expect(sumCents(sheet.rows.map((r) => r[column(sheet, "Valorisation")]))).toBe(totalCents);
  expect(sumCents(sheet.rows.map((r) => r[column(sheet, "Frais kilométriques")]))).toBe(mileageCents);
}

/** Valorisation: rates, categories, projects and associations each add up to the Total row. Returns the total and the mileage. */
function expectValuationSheet(sheet: Sheet): { totalCents: number; mileageCents: number } {
  const amount = column(sheet, "Montant");
  const section = (name: string) => sheet.rows.filter((r) => r[0] === name);
  const totalCents = cents(section("Total")[0]![amount]);
  for (const name of ["Taux", "Catégorie", "Projet"]) {
    expect(section(name).length, name).toBeGreaterThan(0);
    expect(sumCents(section(name).map((r) => r[amount])), name).toBe(totalCents);
  }
  return { totalCents, mileageCents: cents(section("Frais kilométriques")[0]![amount]) };
}

/** Comptabilité: the 864 line, the breakdowns and the entry lines all come to the same amount. */
function expectAccountingSheet(sheet: Sheet, totalCents: number, mileageCents: number): void {
  const [amount, debit, credit] = [column(sheet, "Montant"), column(sheet, "Débit"), column(sheet, "Crédit")];
  const rows = (test: (r: unknown[]) => boolean) => sheet.rows.filter(test);
  expect(cents(rows((r) => r[0] === "Comptes 86/87" && r[1] === "864")[0]![debit])).toBe(totalCents);
  expect(cents(rows((r) => r[0] === "Comptes 86/87" && r[1] === "875")[0]![credit])).toBe(totalCents);
  for (const name of ["Par catégorie", "Par projet"]) {
    expect(sumCents(rows((r) => r[0] === name).map((r) => r[amount])), name).toBe(totalCents);
  }
  const entry = (n: number, account: string) => rows((r) => String(r[0]).startsWith(`Écriture ${n} `) && r[1] === account);
  expect(sumCents(entry(1, "864").map((r) => r[debit]))).toBe(totalCents);
  expect(sumCents(entry(2, "6251").map((r) => r[debit]))).toBe(mileageCents);
}

function worksheet(ws: ExcelJS.Worksheet): Sheet {
  const all: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => all.push((row.values as unknown[]).slice(1)));
  return { name: ws.name, headers: all[0] as string[], rows: all.slice(1) };
}

function csvSheet(name: string, path: string): Sheet {
  const data = Papa.parse<string[]>(readFileSync(path, "utf8").slice(1), { delimiter: ";", skipEmptyLines: true }).data;
  return { name, headers: data[0]!, rows: data.slice(1) };
}

let sampleJournal: Journal;
let bundle: LoadedBundle;
let journalRange: unknown[][];
beforeAll(async () => {
  const { grid, wallClock } = await readJournalFile(SAMPLE);
  sampleJournal = readJournal(grid, { wallClock });
  const { globals, handle } = createServices({ customFunction: true, timeZone: "Europe/Paris", sheets: sampleSheets() });
  journalRange = handle.values("Journal!A1:O2208");
  bundle = loadBundle("dist/Code.js", globals);
});

describe.each(SCENARIOS)("money adds up on the sample journal: $name", (scenario) => {
  let json: ReportJson;
  let totalCents: number;
  let mileageCents: number;
  beforeAll(async () => {
    json = JSON.parse(await cli("rapport", SAMPLE, "--roles", ROLES, "--json", "--association", CLUB, ...scenario.args));
    expect(json.associations.map((a) => a.association.nom)).toEqual([CLUB]);
    totalCents = cents(json.associations[0]!.valorisation.montant);
    mileageCents = cents(json.associations[0]!.valorisation.kilometres.montant);
  });

  it("JSON: every breakdown, the mileage and the entries add up to their totals", () => {
    const v = json.associations[0]!.valorisation;
    expect(mileageCents).toBeGreaterThan(0);
    for (const [name, lines] of Object.entries({ parBenevole: v.parBenevole, taux: v.taux, parCategorie: v.parCategorie, parProjet: v.parProjet })) {
      expect(lines.length, name).toBeGreaterThan(0);
      expect(sumCents(lines.map((l) => l.montant)), name).toBe(totalCents);
    }
    expect(sumCents(v.kilometres.parBenevole.map((l) => l.montant))).toBe(mileageCents);
    expect(sumCents(v.kilometres.parBenevole.map((l) => l.reductionImpot))).toBe(cents(v.kilometres.reductionImpot));
    const a = json.associations[0]!.comptabilite!;
    expect(cents(a.comptes[0]!.debit)).toBe(totalCents);
    expect(sumCents(a.ecritures[0]!.lignes.map((l) => l.debit))).toBe(totalCents);
    expect(sumCents(a.ecritures[1]!.lignes.map((l) => l.debit))).toBe(mileageCents);
    expect(v.tauxSansCorrespondance).toEqual([]);
  });

  it("text: the volunteers' amounts, each breakdown and the mileage add up to the Total rows", async () => {
    const text = await cli("rapport", SAMPLE, "--roles", ROLES, "--association", CLUB, ...scenario.args);
    expect(expectTextTotal(text, "Bénévole", "Valorisation")).toBe(totalCents);
    expect(expectTextTotal(text, "Bénévole", "Frais km")).toBe(mileageCents);
    for (const first of ["Taux appliqué", "Catégorie", "Projet"]) expect(expectTextTotal(text, first, "Montant")).toBe(totalCents);
    expect(text).toContain(`Valorisation (exercice ${YEAR}) : ${frenchNumber(json.associations[0]!.valorisation.heures)} h`);
    expect(text).toContain(textTableAt(text, "Taux appliqué", "Montant").at(-1)!.Montant);
  });

  it("CSV files and the xlsx workbook: the lines add up to the totals shown", async () => {
    const out = join(dir, scenario.rateArg === "" ? "smic" : "table");
    await cli("rapport", SAMPLE, "--roles", ROLES, "--sortie", out, "--association", CLUB, ...scenario.args);
    const compta = csvSheet("comptabilite.csv", join(out, `comptabilite-${YEAR}-${CLUB_FILE}.csv`));
    expectAccountingSheet(compta, totalCents, mileageCents);
    expectVolunteers(csvSheet("benevoles.csv", join(out, `benevoles-${YEAR}-${CLUB_FILE}.csv`)), totalCents, mileageCents);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, `rapport-${YEAR}-${CLUB_FILE}.xlsx`));
    const shown = expectValuationSheet(worksheet(wb.getWorksheet("Valorisation")!));
    expect(shown).toEqual({ totalCents, mileageCents });
    expectVolunteers(worksheet(wb.getWorksheet("Bénévoles")!), totalCents, mileageCents);
    expectAccountingSheet(worksheet(wb.getWorksheet("Comptabilité")!), totalCents, mileageCents);
  });

  it("report sheets and the Synthèse: the lines add up to the totals shown", () => {
    const report = buildYearReport(sampleJournal, YEAR, { valuationSettings: scenario.settings, association: CLUB });
    expect(report.valuation.cents).toBe(totalCents);
    const sheets = reportSheets(report);
    const byName = (name: string) => sheets.find((s) => s.name === name)!;
    expect(expectValuationSheet(byName("Valorisation"))).toEqual({ totalCents, mileageCents });
    expectVolunteers(byName("Bénévoles"), totalCents, mileageCents);
    expectAccountingSheet(byName("Comptabilité"), totalCents, mileageCents);

    const rows = summaryLayout(report, { source: "" }).rows;
    expect(rows[0]![0]).toBe(`Valorise – ${CLUB} – Synthèse – exercice 2025`);
    expect(cents(rows.find((r) => r[0] === "Montant valorisé")![1])).toBe(totalCents);
    const rateLabels = new Set(report.valuation.rates.map((r) => r.label));
    expect(sumCents(rows.filter((r) => rateLabels.has(String(r[0]))).map((r) => r[3]))).toBe(totalCents);
    expect(cents(rows.find((r) => String(r[0]).startsWith("Frais kilométriques"))![3])).toBe(mileageCents);
  });

  it("BENEVOLAT_VENTILATION: each table's lines add up to its Total row and to BENEVOLAT_VALORISATION of the same association", () => {
    const valued = bundle.call("BENEVOLAT_VALORISATION", journalRange, YEAR, scenario.rateArg, 1.45, CLUB) as number;
    expect(cents(valued)).toBe(totalCents);
    for (const par of ["bénévole", "catégorie", "projet", "taux"]) {
      const table = bundle.call("BENEVOLAT_VENTILATION", journalRange, YEAR, par, scenario.rateArg, 1.45, CLUB) as unknown[][];
      const total = table.findIndex((r) => r[0] === "Total");
      expect(total, par).toBeGreaterThan(1);
      expect(sumCents(table.slice(1, total).map((r) => r[2])), par).toBe(cents(table[total]![2]));
      expect(cents(table[total]![2])).toBe(totalCents);
    }
    // Three associations' money is never one figure: no total across them, no table by association.
    expect(() => bundle.call("BENEVOLAT_VALORISATION", journalRange, YEAR, scenario.rateArg, 1.45)).toThrow(/^Le journal compte 3 associations/);
    expect(() => bundle.call("BENEVOLAT_VENTILATION", journalRange, YEAR, "association", scenario.rateArg, 1.45, CLUB)).toThrow(/ne s'additionnent jamais/);
  });
});
