import { accountsTable, buildAccounting } from "../../core/accounting/summary";
import { associationGroups } from "../../core/report/associationGroups";
import { associationScope } from "../../core/report/yearReport";
import { periodBetween } from "../../core/period/period";
import type { ValuationSettingsInput } from "../../core/settings/valuation";
import { filterActions, sumDistanceM } from "../../core/totals/filter";
import { MS_PER_DAY, MS_PER_HOUR } from "../../core/values/calendar";
import { quoteCell } from "../../core/journal/cells";
import { columnSpan } from "../../core/journal/store";
import { readDay } from "../../core/values/dates";
import { readDurationMs } from "../../core/values/durations";
import { isDate } from "../../core/values/isDate";
import { noSmicReason, smicOn } from "../../core/valuation/smic";
import { valueActions } from "../../core/valuation/valuation";
import { breakdownKindOf, breakdownTable } from "../../core/valuation/breakdownTable";
import { decimal } from "../../core/money/decimal";
import { toNumber } from "../../core/money/ratio";
import { activeWallClock } from "../sheets/wallClock";
import { ArgumentError, isOmitted, optionalNumber, optionalText, optionalYear, requiredYear } from "./args";
import { ASSOCIATION_PARAM, MONEY_ASSOCIATION_PARAM, ofAssociation, oneAssociation } from "./associationArg";
import { documentAssociations } from "./documentAssociations";
import { documentVehicles } from "../sheets/volunteerSheet";
import { type JournalContext, journalContext } from "./context";
import { volunteerArg } from "./knownName";
import { JOURNAL_PARAM, YEAR_PARAM } from "./journalFunctions";
import type { EntryDoc, ParamSpec } from "./spec";
import { chartArg, coefficientArg, etpBaseArg, rateArg, territoryArg } from "./valuationArgs";

// Docs are plain literals: a spread would keep them in dist/Code.js (esbuild cannot drop what may have side effects).
const EXERCICE_PARAM: ParamSpec = {
  name: "annee",
  type: "number",
  optional: true,
  description: "Exercice clos en cette année, par exemple 2025 ; toutes les années si omise.",
};
const RATE_PARAM: ParamSpec = {
  name: "taux",
  type: "number",
  optional: true,
  description: "€/h, multiple du SMIC (« 2 x SMIC ») ou table de taux ; par défaut, le SMIC du jour de chaque action.",
};
const COEFFICIENT_PARAM: ParamSpec = {
  name: "coefficient",
  type: "number",
  optional: true,
  description: "Par exemple 1,45 pour un SMIC chargé ; 1 par défaut.",
};

function SMIC_HORAIRE(date?: unknown, territoire?: unknown): number {
  const wallClock = activeWallClock();
  const day = isOmitted(date)
    ? Math.floor(wallClock(new Date()) / MS_PER_DAY)
    : readDay(date, wallClock);
  if (day === undefined) throw new ArgumentError(`date : ${quoteCell(date)} n'est pas une date`);
  const territory = territoryArg(territoire);
  const smic = smicOn(day, territory);
  if (!smic) throw new ArgumentError(`date : ${noSmicReason(territory)}`);
  return toNumber(decimal(smic.eurosPerHour));
}

/**
 * The association a money function values, by the report's rule (associationScope): its exercice N
 * by its own closing day (associations sheet or settings), its actions of those days; every day of
 * the journal without a year. `blanks`: the arguments between the year and the association.
 */
function moneyScope(
  name: string, ctx: JournalContext, year: number | undefined, association: unknown, blanks: number,
  common: ValuationSettingsInput, typed: ValuationSettingsInput = {},
) {
  const example = (a: string) => `=${name}(Journal!A:O; ${year ?? 2025}; ${"; ".repeat(blanks)}"${a}")`;
  const groups = associationGroups(ctx.journal);
  const group = oneAssociation(association, ctx, groups, example);
  const request = { associations: documentAssociations(ctx.wallClock), valuationSettings: common, overrides: typed };
  // every year: the journal's first day to its last (no day at all: one day, with nothing in it)
  const [first, last] = columnSpan(ctx.journal.actions.day);
  const every = year === undefined ? periodBetween(first === Infinity ? 0 : first, last === -Infinity ? 0 : last) : undefined;
  const scope = associationScope(ctx.journal, year ?? 0, group, groups, request, every);
  return { scope, valuation: valueActions(scope.actions, scope.settings, scope.period, documentVehicles(ctx.journal, ctx.wallClock)) };
}

function BENEVOLAT_VALORISATION(journal: unknown, annee?: unknown, taux?: unknown, coefficient?: unknown, association?: unknown): number {
  const ctx = journalContext(journal);
  const year = optionalYear(annee, "annee", ctx.yearOfDate);
  const settings = { ...rateArg(taux), ...coefficientArg(coefficient) };
  return moneyScope("BENEVOLAT_VALORISATION", ctx, year, association, 2, settings).valuation.cents / 100;
}

function BENEVOLAT_ETP(heures: unknown, base?: unknown): number {
  const hours = isDate(heures)
    ? (readDurationMs(heures, activeWallClock()) ?? NaN) / MS_PER_HOUR
    : Array.isArray(heures) ? NaN : optionalNumber(heures, "heures");
  if (hours === undefined || !Number.isFinite(hours)) throw new ArgumentError("heures : attendu un nombre d'heures, par exemple 1607");
  return hours / etpBaseArg(base);
}

function BENEVOLAT_COMPTES(journal: unknown, annee: unknown, taux?: unknown, coefficient?: unknown, plan?: unknown, association?: unknown) {
  const ctx = journalContext(journal);
  const year = requiredYear(annee, "annee", ctx.yearOfDate);
  const { scope, valuation } = moneyScope("BENEVOLAT_COMPTES", ctx, year, association, 3, { ...rateArg(taux), ...coefficientArg(coefficient) }, chartArg(plan));
  return accountsTable(buildAccounting(valuation, scope.period));
}

function BENEVOLAT_VENTILATION(journal: unknown, annee: unknown, par?: unknown, taux?: unknown, coefficient?: unknown, association?: unknown) {
  const ctx = journalContext(journal);
  const year = requiredYear(annee, "annee", ctx.yearOfDate);
  const text = optionalText(par) ?? "bénévole";
  const kind = breakdownKindOf(text);
  if (!kind) throw new ArgumentError(`par : « ${text} » inconnu, attendu bénévole, catégorie, projet, association ou taux`);
  const count = kind === "association" ? associationGroups(ctx.journal).length : 0;
  if (count > 1) {
    throw new ArgumentError(`par : les montants des ${count} associations du journal ne s'additionnent jamais ; ventilez-en une à la fois (dernier argument)`);
  }
  return breakdownTable(moneyScope("BENEVOLAT_VENTILATION", ctx, year, association, 3, { ...rateArg(taux), ...coefficientArg(coefficient) }).valuation, kind);
}

function BENEVOLAT_KM(journal: unknown, benevole?: unknown, annee?: unknown, association?: unknown): number {
  const ctx = journalContext(journal);
  const actions = filterActions(ctx.journal, { volunteer: volunteerArg(benevole, ctx), year: optionalYear(annee, "annee", ctx.yearOfDate) });
  return sumDistanceM(ofAssociation(actions, association, ctx)) / 1000;
}

export const VALUATION_FUNCTIONS = { SMIC_HORAIRE, BENEVOLAT_VALORISATION, BENEVOLAT_ETP, BENEVOLAT_COMPTES, BENEVOLAT_VENTILATION, BENEVOLAT_KM };

export const VALUATION_DOCS: EntryDoc<keyof typeof VALUATION_FUNCTIONS>[] = [
  {
    name: "SMIC_HORAIRE",
    params: [
      { name: "date", type: "Date", optional: true, description: "Date à laquelle lire le SMIC. Aujourd'hui si omise." },
      { name: "territoire", type: "string", optional: true, description: "« Mayotte » pour le SMIC de Mayotte. Métropole par défaut." },
    ],
    customFunction: { description: "SMIC horaire brut en vigueur à une date, en euros.", returns: "Le SMIC horaire brut en euros." },
  },
  {
    name: "BENEVOLAT_VALORISATION",
    params: [JOURNAL_PARAM, EXERCICE_PARAM, RATE_PARAM, COEFFICIENT_PARAM, MONEY_ASSOCIATION_PARAM],
    customFunction: {
      description: "Valorisation en euros des heures d'une association : heures × taux × coefficient, arrondie une fois au centime.",
      returns: "Le montant en euros.",
    },
  },
  {
    name: "BENEVOLAT_ETP",
    params: [
      { name: "heures", type: "number", description: "Nombre d'heures, par exemple =BENEVOLAT_HEURES(Journal!A:O; ; 2025)." },
      { name: "base", type: "number", optional: true, description: "Heures d'un temps plein : 1607 par défaut, ou 1820." },
    ],
    customFunction: { description: "Équivalent temps plein (ETP) d'un nombre d'heures.", returns: "Le nombre d'ETP." },
  },
  {
    name: "BENEVOLAT_COMPTES",
    params: [
      JOURNAL_PARAM,
      { name: "annee", type: "number", description: "Exercice clos en cette année (clôture de l'association), par exemple 2025." },
      RATE_PARAM,
      COEFFICIENT_PARAM,
      { name: "plan", type: "string", optional: true, description: "« ANC 2018-06 » (par défaut : 864 / 875) ou « CRC 99-01 » (864 / 870)." },
      MONEY_ASSOCIATION_PARAM,
    ],
    customFunction: {
      description: "Comptes 864 et 875 (870 en CRC 99-01) de la valorisation d'une association.",
      returns: "Un tableau Compte, Libellé, Débit, Crédit.",
    },
  },
  {
    name: "BENEVOLAT_VENTILATION",
    params: [
      JOURNAL_PARAM,
      { name: "annee", type: "number", description: "Exercice clos en cette année (clôture de l'association), par exemple 2025." },
      { name: "par", type: "string", optional: true, description: "bénévole (par défaut), catégorie, projet ou taux." },
      RATE_PARAM,
      COEFFICIENT_PARAM,
      MONEY_ASSOCIATION_PARAM,
    ],
    customFunction: {
      description: "Valorisation d'une association par bénévole, catégorie, projet ou taux : les lignes font exactement le total.",
      returns: "Un tableau Libellé, Heures, Montant terminé par la ligne Total.",
    },
  },
  {
    name: "BENEVOLAT_KM",
    params: [
      JOURNAL_PARAM,
      { name: "benevole", type: "string", optional: true, description: "Nom du bénévole ; tous si omis." },
      YEAR_PARAM,
      ASSOCIATION_PARAM,
    ],
    customFunction: { description: "Kilomètres parcourus, hors lignes écartées et en attente.", returns: "Le nombre de kilomètres." },
  },
];
