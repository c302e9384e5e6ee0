import type { ValuedTally, Valuation } from "../valuation/valuation";
import { methodText } from "../valuation/method";
import { type Chart, CHARTS } from "./charts";
import { closingDay } from "./closing";
import { type Entry, type EntryLine, closingEntries } from "./entries";
import { methodNote } from "./methodNote";

/** The 86/87 table, the closing entries and the note of one year. */
export interface AccountingSummary {
  year: number;
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

export function buildAccounting(valuation: Valuation, year: number): AccountingSummary {
  const chart = CHARTS[valuation.settings.chart];
  const day = closingDay(valuation.settings, year);
  const method = methodText(valuation);
  const label = `Valorisation du bénévolat ${year}`;
  return {
    year,
    chart,
    closingDay: day,
    method,
    lines: [
      { account: chart.volunteerUse, label, debitCents: valuation.cents, creditCents: 0 },
      { account: chart.volunteerResource, label, debitCents: 0, creditCents: valuation.cents },
    ],
    byCategory: valuation.byCategory,
    byProject: valuation.byProject,
    entries: closingEntries(valuation, chart, year, day, method),
    note: methodNote(valuation, chart, year, method, day),
  };
}

/** What BENEVOLAT_COMPTES spills: Compte, Libellé, Débit, Crédit in euros. */
export function accountsTable(summary: AccountingSummary): (string | number)[][] {
  return [
    ["Compte", "Libellé", "Débit", "Crédit"],
    ...summary.lines.map((l) => [l.account.number, l.account.label, l.debitCents ? l.debitCents / 100 : "", l.creditCents ? l.creditCents / 100 : ""]),
  ];
}
