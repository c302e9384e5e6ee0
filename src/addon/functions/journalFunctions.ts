import { filterActions, sumDurationMs } from "../../core/totals/filter";
import { anomaliesTable, totalsTable } from "../../core/totals/table";
import { actionsOfYear } from "../../core/totals/volunteers";
import { MS_PER_HOUR } from "../../core/values/calendar";
import { optionalYear } from "./args";
import { ASSOCIATION_PARAM, ofAssociation } from "./associationArg";
import { journalContext } from "./context";
import { categoryArg, volunteerArg } from "./knownName";
import type { EntryDoc, ParamSpec } from "./spec";

export const JOURNAL_PARAM: ParamSpec = {
  name: "journal",
  type: "A1:O1000",
  description: "Plage du journal (Journal!A:O).",
};
export const YEAR_PARAM: ParamSpec = {
  name: "annee",
  type: "number",
  optional: true,
  description: "Année civile, par exemple 2025 ; toutes si omise.",
};

function BENEVOLAT_HEURES(journal: unknown, benevole?: unknown, annee?: unknown, categorie?: unknown, association?: unknown): number {
  const ctx = journalContext(journal);
  const actions = filterActions(ctx.journal, {
    volunteer: volunteerArg(benevole, ctx),
    year: optionalYear(annee, "annee", ctx.yearOfDate),
    category: categoryArg(categorie, ctx),
  });
  return sumDurationMs(ofAssociation(actions, association, ctx)) / MS_PER_HOUR;
}

function BENEVOLAT_TOTAUX(journal: unknown, annee?: unknown, association?: unknown) {
  const ctx = journalContext(journal);
  const actions = actionsOfYear(ctx.journal, optionalYear(annee, "annee", ctx.yearOfDate));
  return totalsTable(ctx.journal, ofAssociation(actions, association, ctx));
}

function BENEVOLAT_ANOMALIES(journal: unknown) {
  return anomaliesTable(journalContext(journal).journal);
}

export const JOURNAL_FUNCTIONS = { BENEVOLAT_HEURES, BENEVOLAT_TOTAUX, BENEVOLAT_ANOMALIES };

export const JOURNAL_DOCS: EntryDoc<keyof typeof JOURNAL_FUNCTIONS>[] = [
  {
    name: "BENEVOLAT_HEURES",
    params: [
      JOURNAL_PARAM,
      { name: "benevole", type: "string", optional: true, description: "Nom du bénévole ; tous si omis." },
      YEAR_PARAM,
      { name: "categorie", type: "string", optional: true, description: "Catégorie d'action. Toutes si omise." },
      ASSOCIATION_PARAM,
    ],
    customFunction: {
      description: "Heures de bénévolat en nombre décimal (2 h 30 = 2,5), hors lignes écartées et en attente.",
      returns: "Le nombre d'heures.",
    },
  },
  {
    name: "BENEVOLAT_TOTAUX",
    params: [JOURNAL_PARAM, YEAR_PARAM, ASSOCIATION_PARAM],
    customFunction: {
      description: "Totaux par bénévole (heures, actions, km, dates, catégories), le plus d'heures en premier.",
      returns: "Un tableau avec une ligne d'en-têtes.",
    },
  },
  {
    name: "BENEVOLAT_ANOMALIES",
    params: [JOURNAL_PARAM],
    customFunction: {
      description: "Liste des lignes du journal écartées des totaux, avec la colonne en cause et la raison.",
      returns: "Un tableau Ligne, Colonne, Problème.",
    },
  },
];
