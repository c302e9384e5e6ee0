import type { TableIssue } from "../../core/associations/namedRows";
import type { FindingKind, Journal } from "../../core/journal/types";
import { actionCount } from "../../core/journal/store";
import { type CecJson, cecJson } from "./cec";
import type { ColumnsJson } from "./columns";
import type { JournalReport, YearReport } from "../../core/report/yearReport";
import type { GroupTotals, VolunteerTotal } from "../../core/totals/volunteers";
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

/** One association's part of the report: its own figures, never summed with another's. */
export interface AssociationJson {
  association: {
    /** As the journal (or the associations table) names it; "" for actions with no association. */
    nom: string;
    /** The name, or « Sans association ». */
    titre: string;
    siren: string | null;
    rna: string | null;
    adresse: string | null;
    /** True when a row of the associations table describes it. */
    decriteDansLaTable: boolean;
  };
  periode: {
    /** "exercice": the accounts apply; "periode": a free period (--du/--au), no accounts. */
    type: "exercice" | "periode";
    /** "AAAA-MM-JJ", both days included. */
    du: string;
    au: string;
    libelle: string;
  };
  /** Totals of the period for this association. */
  total: { benevoles: number; heures: number; dureeMs: number; actions: number; distanceKm: number };
  benevoles: VolunteerJson[];
  heuresParMois: { mois: string; heures: number }[];
  /** Hours valued in euros and mileage. */
  valorisation: ReturnType<typeof valuationJson>;
  /** 86/87 accounts, entries and method note; null for a free period. */
  comptabilite: ReturnType<typeof accountingJson> | null;
  notes: string[];
}

/** The report the CLI prints with --json and writes with --sortie. */
export interface ReportJson {
  fichier: string;
  format: JournalFormat;
  /** Text encoding detected ("UTF-8", "Windows-1252"…); null for an xlsx workbook. */
  encodage: string | null;
  /** Year N of the report (exercice closing in N, CEC of calendar year N); null when the journal has no counted action. */
  annee: number | null;
  /** Years with counted actions, newest first. */
  annees: number[];
  /** Data rows read (header row excluded, empty rows at the end dropped). */
  lignes: number;
  /** The journal's columns: those read (and as what), those ignored, notes on them. */
  colonnes: ColumnsJson;
  /** Counted actions, all years. */
  actionsComptees: number;
  /** Associations table given with --associations: its file and the rows or cells not read as written; null without one. */
  tableDesAssociations: TableJson | null;
  /** Volunteers table given with --benevoles: its file, its rows or cells not read as written, its names not in the journal; absent without one. */
  tableDesBenevoles?: TableJson;
  /** One part per association reported, each with its own valuation and accounts. */
  associations: AssociationJson[];
  /** Hours and people across the associations reported, calendar year N (or the free period): never money. */
  toutesAssociations: {
    du: string;
    au: string;
    associations: number;
    benevoles: number;
    heures: number;
    actions: number;
    distanceKm: number;
    /** Each volunteer's hours across the associations. */
    parBenevole: VolunteerJson[];
  } | null;
  /** Findings of the whole journal (all years): errors (left out), rows to check (counted), pending (left out). */
  anomalies: AnomalyJson[];
  /** Names that may be one volunteer or association typed two ways: never merged, listed with their hours. */
  doublonsPossibles: DuplicateJson[];
  alias: AliasJson;
  /** CEC status of each named volunteer in calendar year N, across every association; null without a year. */
  cec: CecJson | null;
  /** Roles table given with --roles (file name), or null. */
  roles: string | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function volunteersJson(volunteers: readonly VolunteerTotal[]): VolunteerJson[] {
  return volunteers.map((t): VolunteerJson => ({
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
}

function totalJson(t: GroupTotals) {
  return { benevoles: t.volunteers, heures: round2(t.durationMs / 3_600_000), dureeMs: t.durationMs, actions: t.actions, distanceKm: t.distanceM / 1000 };
}

function associationJson(r: YearReport): AssociationJson {
  const p = r.association.profile;
  return {
    association: {
      nom: r.association.name, titre: r.association.title, siren: r.valuation.settings.siren ?? null, rna: p?.rna ?? null,
      adresse: p?.address ?? null, decriteDansLaTable: p !== undefined,
    },
    periode: { type: r.period.exercice ? "exercice" : "periode", du: isoDate(r.period.from), au: isoDate(r.period.until - 1), libelle: r.period.name },
    total: totalJson(r.totals),
    benevoles: volunteersJson(r.volunteers),
    heuresParMois: r.hoursByMonth.map((m) => ({ mois: m.label, heures: round2(m.durationMs / 3_600_000) })),
    valorisation: valuationJson(r),
    comptabilite: r.accounting && accountingJson(r.accounting),
    notes: r.notes,
  };
}

/** A table beside the journal (--associations, --benevoles): its file and the rows or cells not read as written. */
interface TableRead {
  file: string;
  issues: readonly TableIssue[];
}

export interface TableJson {
  fichier: string;
  problemes: { ligne: number; colonne: string; probleme: string }[];
}

function tableJson(table: TableRead): TableJson {
  return { fichier: table.file, problemes: table.issues.map((i) => ({ ligne: i.row, colonne: i.column, probleme: i.problem })) };
}

export function buildReportJson(
  journal: Journal,
  source: { file: string; format: JournalFormat; rows: number; encoding?: string | null; columns: ColumnsJson },
  report: JournalReport | null,
  options: {
    rolesFile?: string; aliasFile?: string;
    associationsTable?: TableRead;
    volunteersTable?: TableRead;
  } = {},
): ReportJson {
  const across = report?.acrossAssociations;
  return {
    fichier: source.file,
    format: source.format,
    encodage: source.encoding ?? null,
    annee: report?.year ?? null,
    annees: journal.years,
    lignes: source.rows,
    colonnes: source.columns,
    actionsComptees: actionCount(journal.actions),
    tableDesAssociations: options.associationsTable ? tableJson(options.associationsTable) : null,
    ...(options.volunteersTable ? { tableDesBenevoles: tableJson(options.volunteersTable) } : {}),
    associations: report ? report.sections.map(associationJson) : [],
    toutesAssociations: across ? {
      du: isoDate(across.period.from), au: isoDate(across.period.until - 1), associations: across.associations,
      ...totalJson(across.totals), parBenevole: volunteersJson(across.volunteers),
    } : null,
    anomalies: journal.anomalies.map((a) => ({ ligne: a.row, colonne: a.column, probleme: a.problem, type: a.kind, enAttente: a.kind === "attente" })),
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
    cec: report && cecJson(report.cec),
    roles: options.rolesFile ?? null,
  };
}
