import type { ColumnOverrides } from "../../core/journal/fields";
import { dayFromParts } from "../../core/values/calendar";
import { addColumnChoice } from "./columnArgs";
import { VALUATION_FLAGS, VALUATION_VALUE_OPTIONS, type ValuationCliOptions } from "./valuationArgs";
import type { Signatory } from "../../core/documents/signature";
import { UserError } from "../../core/userError";

/** The commands that read a journal: the report, and the documents made from it. */
export const JOURNAL_COMMANDS = ["rapport", "attestations", "recus"] as const;
export type JournalCommand = (typeof JOURNAL_COMMANDS)[number];

/** What the command line asks for. */
export type Command =
  | { kind: "help" }
  | {
      kind: JournalCommand; file: string; year?: number; outDir?: string; json: boolean; sheet?: string; roles?: string;
      aliases?: string; valuation?: ValuationCliOptions; columns?: ColumnOverrides;
      association?: string; associations?: string; from?: number; to?: number;
      /** --ecraser: replace the report files already in the output folder. */
      overwrite?: boolean;
      /** --benevoles: the volunteers table (address, vehicle, public agent). */
      volunteers?: string;
      /** --benevole: the documents of one volunteer only. */
      volunteer?: string;
      /** --pdf: `rapport` also writes the yearly report as one PDF. */
      pdf?: boolean;
      /** --premier-numero: the first receipt number. */
      firstNumber?: number;
      /** --signataire, --qualite, --lieu: blank lines to fill by hand when absent. */
      signatory?: Signatory;
    };

/** A command line Valorise cannot understand: exit code 2 and the usage text. */
export class UsageError extends UserError {}

const OVERWRITE_FLAGS = ["--ecraser", "--écraser"];

type ValueField = "year" | "outDir" | "sheet" | "roles" | "aliases" | "association" | "associations" | "from" | "to" | "volunteers" | "volunteer" | "firstNumber";
export const VALUE_OPTIONS: Record<string, ValueField> = {
  "--annee": "year", "--année": "year", "--sortie": "outDir", "--feuille": "sheet", "--roles": "roles", "--rôles": "roles", "--alias": "aliases",
  "--association": "association", "--associations": "associations", "--du": "from", "--au": "to",
  "--benevoles": "volunteers", "--bénévoles": "volunteers", "--benevole": "volunteer", "--bénévole": "volunteer",
  "--premier-numero": "firstNumber", "--premier-numéro": "firstNumber",
};
const SIGNATORY_OPTIONS: Record<string, keyof Signatory> = {
  "--signataire": "name", "--qualite": "quality", "--qualité": "quality", "--lieu": "place",
};
/** Options that only some commands take. */
const ONLY_FOR: Record<string, readonly JournalCommand[]> = {
  "--pdf": ["rapport"], "--premier-numero": ["recus"], "--benevole": ["attestations", "recus"],
  "--signataire": ["attestations", "recus"], "--qualite": ["attestations", "recus"], "--lieu": ["attestations", "recus"],
};

/** The most a signatory's name, quality or place may hold: the sidebar's fields take as much. */
const SIGNATORY_MAX = 200;

function readSignatory(text: string, option: string): string {
  if (text.length > SIGNATORY_MAX) throw new UsageError(`${option} : ${text.length} caractères, ${SIGNATORY_MAX} au plus.`);
  return text;
}

/** --premier-numero: a whole number from 1, the first receipt's order number. */
function readFirstNumber(text: string): number {
  const n = /^\d{1,9}$/.test(text.trim()) ? Number(text) : NaN;
  if (!(n >= 1)) throw new UsageError(`--premier-numero : « ${text} » n'est pas un numéro (attendu un nombre entier à partir de 1, par exemple 2026001).`);
  return n;
}

function readYear(text: string): number {
  const year = /^\d{4}$/.test(text.trim()) ? Number(text) : NaN;
  if (!(year >= 1900 && year <= 2999)) throw new UsageError(`Année invalide : « ${text} » (attendu par exemple 2025).`);
  return year;
}

/** --du / --au: "JJ/MM/AAAA" or "AAAA-MM-JJ", a real day. */
function readDayOption(text: string, option: string): number {
  const t = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const parts = m && (m[1]!.length === 4 ? [+m[1]!, +m[2]!, +m[3]!] : [+m[3]!, +m[2]!, +m[1]!]);
  const day = parts ? dayFromParts(parts[0]!, parts[1]!, parts[2]!) : undefined;
  if (day === undefined) throw new UsageError(`${option} : « ${t} » n'est pas une date (attendu JJ/MM/AAAA, par exemple 01/03/2025).`);
  return day;
}

/** Parses the arguments after the program name (no dependency: a handful of options). */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError("Commande manquante.");
  const [command, ...rest] = argv;
  if (command === "-h" || command === "--help" || command === "aide" || command === "help") return { kind: "help" };
  const kind = JOURNAL_COMMANDS.find((c) => c === (command === "reçus" ? "recus" : command));
  if (!kind) {
    throw new UsageError(command.startsWith("-") ? `Option inconnue : ${command}` : `Commande inconnue : « ${command} ».`);
  }
  const files: string[] = [];
  const values: Partial<Pick<Extract<Command, { kind: JournalCommand }>, ValueField>> = {};
  const signatory: Signatory = {};
  let json = false;
  let overwrite = false;
  let pdf = false;
  const refuseElsewhere = (name: string) => {
    const key = name.normalize("NFD").replace(/\p{M}/gu, "");
    const only = ONLY_FOR[key];
    if (only && !only.includes(kind)) throw new UsageError(`L'option ${name} va avec la commande ${only.map((c) => `« ${c} »`).join(" ou ")}.`);
  };
  const valuation: ValuationCliOptions = {};
  const columns: ColumnOverrides = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if (arg === "--json") {
      json = true;
      continue;
    }
    if (arg === "--pdf") {
      refuseElsewhere(arg);
      pdf = true;
      continue;
    }
    if (OVERWRITE_FLAGS.includes(arg)) {
      overwrite = true;
      continue;
    }
    if (VALUATION_FLAGS[arg]) {
      valuation[VALUATION_FLAGS[arg]] = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--json" || name === "--help" || name === "--pdf" || OVERWRITE_FLAGS.includes(name)) throw new UsageError(`L'option ${name} ne prend pas de valeur.`);
    if (VALUATION_FLAGS[name]) throw new UsageError(`L'option ${name} ne prend pas de valeur.`);
    const field = VALUE_OPTIONS[name];
    const valuationField = VALUATION_VALUE_OPTIONS[name];
    const signatoryField = SIGNATORY_OPTIONS[name];
    if (!field && !valuationField && !signatoryField && name !== "--colonne") throw new UsageError(`Option inconnue : ${name}`);
    refuseElsewhere(name);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < rest.length && !rest[i + 1].startsWith("--")) value = rest[++i];
    if (value === undefined || value === "") throw new UsageError(`L'option ${name} attend une valeur.`);
    if (name === "--colonne") addColumnChoice(value, columns);
    else if (valuationField) valuation[valuationField] = value;
    else if (signatoryField) signatory[signatoryField] = readSignatory(value, name);
    else if (field === "year") values.year = readYear(value);
    else if (field === "firstNumber") values.firstNumber = readFirstNumber(value);
    else if (field === "from" || field === "to") values[field] = readDayOption(value, name);
    else values[field!] = value;
  }
  if (files.length === 0) throw new UsageError("Fichier du journal manquant.");
  if (files.length > 1) throw new UsageError(`Un seul fichier attendu, ${files.length} donnés : ${files.join(", ")}`);
  if ((values.from === undefined) !== (values.to === undefined)) throw new UsageError("--du et --au vont ensemble : indiquez le premier et le dernier jour de la période.");
  if (values.from !== undefined && values.to! < values.from) throw new UsageError("--au : le dernier jour de la période précède le premier (--du).");
  if (overwrite && values.outDir === undefined) {
    throw new UsageError("--ecraser va avec --sortie DOSSIER : il remplace les fichiers de même nom déjà présents dans ce dossier.");
  }
  if (pdf && values.outDir === undefined) {
    throw new UsageError("--pdf va avec --sortie DOSSIER : le rapport annuel en PDF est écrit dans ce dossier, avec le classeur.");
  }
  if (kind !== "rapport" && values.outDir === undefined) {
    throw new UsageError(`La commande « ${kind} » écrit des PDF : indiquez le dossier avec --sortie DOSSIER.`);
  }
  return {
    kind, file: files[0], json, ...values,
    ...(overwrite ? { overwrite } : {}),
    ...(pdf ? { pdf } : {}),
    ...(Object.keys(signatory).length ? { signatory } : {}),
    ...(Object.keys(valuation).length ? { valuation } : {}),
    ...(Object.keys(columns).length ? { columns } : {}),
  };
}
