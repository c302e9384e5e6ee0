import type { ValuedTally, Valuation } from "../valuation/valuation";
import { methodText } from "../valuation/method";
import { type Chart, CHARTS } from "./charts";
import { type Period, exerciceOf } from "../period/period";
import { type Entry, type EntryLine, closingEntries } from "./entries";
import { methodNote } from "./methodNote";

/** The 86/87 table, the closing entries and the note of one exercice. */
export interface AccountingSummary {
  /** N: the exercice closing in N. */
  year: number;
  period: Period;
  chart: Chart;
  closingDay: number;
  /** Rate basis and coefficient, as the entry label and the note name them. */
  method: string;
  /** 864 debit and 875 (or 870) credit, equal amounts. */
  lines: EntryLine[];
  byCategory: ValuedTally[];
  byProject: ValuedTally[];
  entries: Entry[];
  /** French paragraph the annexe can quote. */
  note: string;
}

/** The accounts of an exercice (a year N: exercice N with the settings' closing day). */
export function buildAccounting(valuation: Valuation, exercice: number | Period): AccountingSummary {
  const period = typeof exercice === "number" ? exerciceOf(exercice, valuation.settings.closingDate) : exercice;
  const chart = CHARTS[valuation.settings.chart];
  const day = period.closingDay;
  const method = methodText(valuation);
  const label = `Valorisation du bénévolat ${period.short}`;
  return {
    year: period.year,
    period,
    chart,
    closingDay: day,
    method,
    lines: [
      { account: chart.volunteerUse, label, debitCents: valuation.cents, creditCents: 0 },
      { account: chart.volunteerResource, label, debitCents: 0, creditCents: valuation.cents },
    ],
    byCategory: valuation.byCategory,
    byProject: valuation.byProject,
    entries: closingEntries(valuation, chart, period, method),
    note: methodNote(valuation, chart, period, method),
  };
}

/** What BENEVOLAT_COMPTES spills: Compte, Libellé, Débit, Crédit in euros. */
export function accountsTable(summary: AccountingSummary): (string | number)[][] {
  return [
    ["Compte", "Libellé", "Débit", "Crédit"],
    ...summary.lines.map((l) => [l.account.number, l.account.label, l.debitCents ? l.debitCents / 100 : "", l.creditCents ? l.creditCents / 100 : ""]),
  ];
}
