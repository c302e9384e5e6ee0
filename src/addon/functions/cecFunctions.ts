import { cecEngine } from "../../core/cec/engine";
import { cecNotes } from "../../core/cec/notes";
import { cecRolesIssues } from "../../core/cec/rolesIssues";
import { cecTable } from "../../core/cec/table";
import { ANONYMOUS, volunteerKeyOf } from "../../core/journal/names";
import { RolesError, type RolesTable, readRolesTable } from "../../core/roles/table";
import { actionsOfYear, hasActions, labelsUsed } from "../../core/totals/volunteers";
import { quoteCell } from "../../core/journal/cells";
import { MS_PER_HOUR } from "../../core/values/calendar";
import { readDurationMs } from "../../core/values/durations";
import { ArgumentError, isOmitted, optionalGridArg, optionalYear, requiredText, requiredYear } from "./args";
import { type JournalContext, journalContext } from "./context";
import { unknownName } from "./knownName";
import { documentCecSettings } from "./documentAssociations";
import { JOURNAL_PARAM } from "./journalFunctions";
import type { EntryDoc, ParamSpec } from "./spec";

const VOLUNTEER_PARAM: ParamSpec = { name: "benevole", type: "string", description: "Nom du bénévole." };
const YEAR_PARAM: ParamSpec = { name: "annee", type: "number", description: "Année civile des heures (par exemple 2025)." };
const ROLES_PARAM: ParamSpec = {
  name: "roles",
  type: "A1:D100",
  optional: true,
  description: "Table des rôles (Bénévole, Rôle…) ; sinon la colonne Rôle du journal.",
};
const ELSEWHERE_PARAM: ParamSpec = {
  name: "heures_autres_associations",
  type: "number",
  optional: true,
  description: "Heures de dirigeant ou d'encadrant dans une autre association.",
};

function rolesArg(value: unknown, ctx: JournalContext): RolesTable | undefined {
  const grid = optionalGridArg(value, "roles", "Rôles!A:D");
  if (!grid) return undefined;
  try {
    return readRolesTable(grid, { wallClock: ctx.wallClock });
  } catch (error) {
    if (error instanceof RolesError) throw new ArgumentError(`roles : ${error.message}`);
    throw error;
  }
}

/** A named volunteer of the journal: the anonymous line is no one, and a typo should not read "Non éligible". */
function volunteerArg(value: unknown, ctx: JournalContext, allowAbsent: boolean): string {
  const name = requiredText(value, "benevole");
  const key = ctx.journal.keys.volunteer(name);
  const anonymous = volunteerKeyOf(name) === volunteerKeyOf(ANONYMOUS) ? " (les actions anonymes ne sont à personne : pas de statut CEC)" : "";
  // hours done elsewhere let a name absent from the journal through, but never the anonymous line
  if ((!allowAbsent || anonymous) && !hasActions(ctx.journal, key)) {
    throw unknownName("benevole", name, anonymous ? [] : ctx.journal.actions.dictionaries.people.map((p) => p.display), `« ${name} » n'a aucune action comptée dans le journal${anonymous}`);
  }
  return key;
}

function elsewhereArg(value: unknown, ctx: JournalContext): number {
  if (isOmitted(value)) return 0;
  const ms = readDurationMs(value, ctx.wallClock);
  // a year's hours at most: 366 x 24 (1e308 hours would read "Infinity,NaN h")
  if (ms === undefined || !(ms >= 0 && ms <= 8784 * MS_PER_HOUR)) {
    throw new ArgumentError(`heures_autres_associations : ${quoteCell(value)} n'est pas un nombre d'heures de l'année (par exemple 120 ou 120:30)`);
  }
  return ms;
}

/** The CEC engine of the journal, with the roles table given (read first) and the document's CEC settings. */
const engineOf = (ctx: JournalContext, roles: unknown) =>
  cecEngine(ctx.journal, { roles: rolesArg(roles, ctx), settings: documentCecSettings(ctx.journal, ctx.wallClock) });

function statusOf(journal: unknown, benevole: unknown, annee: unknown, roles: unknown, autres: unknown) {
  const ctx = journalContext(journal);
  const elsewhereMs = elsewhereArg(autres, ctx);
  const key = volunteerArg(benevole, ctx, elsewhereMs > 0);
  const year = requiredYear(annee, "annee", ctx.yearOfDate);
  return engineOf(ctx, roles).assess(key, year, { name: String(benevole), elsewhereMs });
}

function CEC_STATUT(journal: unknown, benevole: unknown, annee: unknown, roles?: unknown, heures_autres_associations?: unknown): string {
  return statusOf(journal, benevole, annee, roles, heures_autres_associations).text;
}

function CEC_ELIGIBLE(journal: unknown, benevole: unknown, annee: unknown, roles?: unknown, heures_autres_associations?: unknown): boolean {
  return statusOf(journal, benevole, annee, roles, heures_autres_associations).status === "eligible";
}

function CEC_DROITS(journal: unknown, benevole: unknown, annee?: unknown, roles?: unknown): number {
  const ctx = journalContext(journal);
  const key = volunteerArg(benevole, ctx, false);
  const year = optionalYear(annee, "annee", ctx.yearOfDate);
  return engineOf(ctx, roles).rights(key, year).cumulativeEur;
}

function CEC_TABLEAU(journal: unknown, annee: unknown, roles?: unknown) {
  const ctx = journalContext(journal);
  const year = requiredYear(annee, "annee", ctx.yearOfDate);
  const table = rolesArg(roles, ctx);
  const settings = documentCecSettings(ctx.journal, ctx.wallClock);
  const engine = cecEngine(ctx.journal, { roles: table, settings });
  const associations = labelsUsed(actionsOfYear(ctx.journal, year), "association");
  const rolesIssues = table && cecRolesIssues(ctx.journal, table, year, engine.assessYear(year));
  return cecTable(engine, year, cecNotes(year, { settings, associations, rolesIssues, rolesTable: table !== undefined }));
}

const STATUS_HELP =
  "Éligible, Éligible sous réserve, À compléter ou Non éligible, et la raison.";

export const CEC_FUNCTIONS = { CEC_STATUT, CEC_ELIGIBLE, CEC_DROITS, CEC_TABLEAU };

export const CEC_DOCS: EntryDoc<keyof typeof CEC_FUNCTIONS>[] = [
  {
    name: "CEC_STATUT",
    params: [JOURNAL_PARAM, VOLUNTEER_PARAM, YEAR_PARAM, ROLES_PARAM, ELSEWHERE_PARAM],
    customFunction: {
      description: `Statut CEC du bénévole pour l'année civile : 200 h dont 100 h dans une association, comme dirigeant ou encadrant de bénévoles.`,
      returns: STATUS_HELP,
    },
  },
  {
    name: "CEC_ELIGIBLE",
    params: [JOURNAL_PARAM, VOLUNTEER_PARAM, YEAR_PARAM, ROLES_PARAM, ELSEWHERE_PARAM],
    customFunction: {
      description: "VRAI si le statut CEC de l'année est « Éligible », FAUX sinon.",
      returns: "VRAI ou FAUX.",
    },
  },
  {
    name: "CEC_DROITS",
    params: [JOURNAL_PARAM, VOLUNTEER_PARAM, { name: "annee", type: "number", optional: true, description: "Dernière année comptée (toutes les années du journal si omise)." }, ROLES_PARAM],
    customFunction: {
      description: "Droits CEC acquis d'après le journal : 240 € par année éligible, plafond 720 € (droits utilisés inconnus).",
      returns: "Un montant en euros.",
    },
  },
  {
    name: "CEC_TABLEAU",
    params: [JOURNAL_PARAM, YEAR_PARAM, ROLES_PARAM],
    customFunction: {
      description: "Tableau CEC de l'année : heures qualifiantes, statut, droits et dates limites de déclaration et de validation, pour chaque bénévole.",
      returns: "Un tableau avec une ligne d'en-têtes, puis les hypothèses retenues.",
    },
  },
];
