import type { FindingKind, Journal } from "../../core/journal/types";
import { actionCount } from "../../core/journal/store";
import type { RolesTable } from "../../core/roles/table";
import { type CecJson, cecJson } from "./cec";
import type { ColumnsJson } from "./columns";
import { type YearReport, buildYearReport } from "../../core/report/yearReport";
import type { ValuationSettingsInput } from "../../core/settings/valuation";
import { accountingJson, valuationJson } from "./valuationJson";
import { isoDate } from "../../core/values/calendar";
import type { JournalFormat } from "../readers";

/** One volunteer's line in the JSON report. */
export interface VolunteerJson {
  benevole: string;
  /** Grouping key: name with spaces folded, lower case; "" for anonymous rows. */
  cle: string;
  anonyme: boolean;
  /** Hours rounded to the hundredth. */
  heures: number;
  /** Exact duration in milliseconds. */
  dureeMs: number;
  actions: number;
  distanceKm: number;
  /** "AAAA-MM-JJ" */
  premiereAction: string;
  derniereAction: string;
  /** Category labels, most hours first. */
  categories: string[];
  associations: string[];
}

export interface AnomalyJson {
  /** Row number in the file, the header row being 1. */
  ligne: number;
  colonne: string;
  probleme: string;
  /** "erreur": left out; "verifier": counted, to check; "attente": waiting for moderation, left out. */
  type: FindingKind;
  /** True when the row is only waiting for moderation (type "attente"). */
  enAttente: boolean;
}

export interface DuplicateJson {
  champ: "benevole" | "association";
  colonne: string;
  raison: string;
  explication: string;
  noms: { nom: string; heures: number; actions: number; premiereLigne: number }[];
}

export interface AliasJson {
  /** Alias table given with --alias, or null. */
  fichier: string | null;
  /** Spellings counted under another name because the table says so. */
  regroupements: { ligne: number; colonne: string; nom: string; retenu: string }[];
  /** Rows of the alias table that could not be used or match nothing. */
  problemes: { ligne: number; colonne: string; probleme: string }[];
}

/** The report the CLI prints with --json and writes with --sortie. */
export interface ReportJson {
  fichier: string;
  format: JournalFormat;
  /** Text encoding detected ("UTF-8", "Windows-1252"…); null for an xlsx workbook. */
  encodage: string | null;
  /** Year of the report; null when the journal has no counted action. */
  annee: number | null;
  /** Years with counted actions, newest first. */
  annees: number[];
  /** Data rows read (header row excluded, empty rows at the end dropped). */
  lignes: number;
  /** The journal's columns: those read (and as what), those ignored, notes on them. */
  colonnes: ColumnsJson;
  /** Counted actions, all years. */
  actionsComptees: number;
  /** Totals of the year over all volunteers. */
  total: { benevoles: number; heures: number; dureeMs: number; actions: number; distanceKm: number };
  benevoles: VolunteerJson[];
  /** Findings of the whole journal (all years): errors (left out), rows to check (counted), pending (left out). */
  anomalies: AnomalyJson[];
  /** Names that may be one volunteer or association typed two ways: never merged, listed with their hours. */
  doublonsPossibles: DuplicateJson[];
  alias: AliasJson;
  /** CEC status of each named volunteer of the year; null without a year. */
  cec: CecJson | null;
  /** Roles table given with --roles (file name), or null. */
  roles: string | null;
  /** Hours valued in euros and mileage; null without a year. */
  valorisation: ReturnType<typeof valuationJson> | null;
  /** 86/87 accounts, closing entries and method note; null without a year. */
  comptabilite: ReturnType<typeof accountingJson> | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function buildReportJson(
  journal: Journal,
  source: { file: string; format: JournalFormat; rows: number; encoding?: string | null; columns: ColumnsJson },
  year: number | null,
  options: { roles?: RolesTable; rolesFile?: string; aliasFile?: string; valuationSettings?: ValuationSettingsInput; report?: YearReport } = {},
): ReportJson {
  const report = year === null
    ? { volunteers: [], anomalies: journal.anomalies, cec: null, valuation: null }
    : (options.report ?? buildYearReport(journal, year, { roles: options.roles, valuationSettings: options.valuationSettings }));
  const volunteers = report.volunteers;
  const benevoles = volunteers.map((t): VolunteerJson => ({
    benevole: t.volunteer,
    cle: t.key,
    anonyme: t.anonymous,
    heures: round2(t.durationMs / 3_600_000),
    dureeMs: t.durationMs,
    actions: t.actions,
    distanceKm: t.distanceM / 1000,
    premiereAction: isoDate(t.firstDay),
    derniereAction: isoDate(t.lastDay),
    categories: t.categories,
    associations: t.byAssociation.map((a) => a.label).filter(Boolean),
  }));
  const dureeMs = volunteers.reduce((s, t) => s + t.durationMs, 0);
  return {
    fichier: source.file,
    format: source.format,
    encodage: source.encoding ?? null,
    annee: year,
    annees: journal.years,
    lignes: source.rows,
    colonnes: source.columns,
    actionsComptees: actionCount(journal.actions),
    total: {
      benevoles: volunteers.filter((t) => !t.anonymous).length,
      heures: round2(dureeMs / 3_600_000),
      dureeMs,
      actions: volunteers.reduce((s, t) => s + t.actions, 0),
      distanceKm: volunteers.reduce((s, t) => s + t.distanceM, 0) / 1000,
    },
    benevoles,
    anomalies: report.anomalies.map((a) => ({ ligne: a.row, colonne: a.column, probleme: a.problem, type: a.kind, enAttente: a.kind === "attente" })),
    doublonsPossibles: journal.possibleDuplicates.map((d) => ({
      champ: d.field === "volunteer" ? "benevole" : "association",
      colonne: d.column,
      raison: d.reason,
      explication: d.explanation,
      noms: d.names.map((n) => ({ nom: n.name, heures: round2(n.durationMs / 3_600_000), actions: n.actions, premiereLigne: n.firstRow })),
    })),
    alias: {
      fichier: options.aliasFile ?? null,
      regroupements: journal.aliasMerges.map((m) => ({ ligne: m.row, colonne: m.column, nom: m.spelling, retenu: m.retained })),
      problemes: journal.aliasIssues.map((i) => ({ ligne: i.row, colonne: i.column, probleme: i.problem })),
    },
    cec: report.cec && cecJson(report.cec),
    roles: options.rolesFile ?? null,
    valorisation: report.valuation && valuationJson(report as YearReport),
    comptabilite: report.valuation && accountingJson(report as YearReport),
  };
}
