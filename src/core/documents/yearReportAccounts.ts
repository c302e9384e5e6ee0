import type { EntryLine } from "../accounting/entries";
import type { YearReport } from "../report/yearReport";
import { rateTableWarnings } from "../valuation/method";
import type { Block } from "./model";
import { amountText } from "./yearReportFigures";

/** Why a section has no 86/87 table: a free period, or the actions with no association (as the report's notes say). */
function noAccountsReason(r: YearReport): string {
  if (!r.period.exercice) {
    return `Période libre (${r.period.dates}) : pas de comptes 86 et 87 ni d'écritures, les comptes portent sur un exercice. ` +
      "Relancez le rapport sur l'exercice (--annee) pour les obtenir.";
  }
  return "Actions sans association : elles ne sont dans les livres d'aucune association du journal, donc sans comptes 86 et 87 ni écritures. " +
    "Indiquez l'association de ces lignes dans le journal pour les compter avec elle.";
}

/** The 86/87 table with its total, the closing entries, then the method note for the annexe. */
export function accountsBlocks(r: YearReport): Block[] {
  const a = r.accounting;
  if (!a) {
    return [
      { kind: "title", text: "Comptes 86 et 87" },
      { kind: "text", text: noAccountsReason(r), style: "bold" },
      { kind: "heading", text: "Méthode de valorisation" },
      { kind: "text", text: `Heures valorisées au ${r.method}.` },
      ...rateTableWarnings(r.valuation).map((text): Block => ({ kind: "text", text })),
    ];
  }
  const money = (cents: number) => (cents ? amountText(cents) : "");
  const sum = (pick: (l: EntryLine) => number) => a.lines.reduce((s, l) => s + pick(l), 0);
  const blocks: Block[] = [
    { kind: "title", text: `Comptes 86 et 87 (${a.chart.title})` },
    { kind: "text", text: `Contributions volontaires en nature de l'${a.period.name} (${a.period.dates}), au pied du compte de résultat, sans effet sur le résultat.` },
    {
      kind: "table",
      columns: [{ label: "Compte", width: 1 }, { label: "Libellé", width: 5 }, { label: "Débit", align: "right", width: 1.5 }, { label: "Crédit", align: "right", width: 1.5 }],
      rows: a.lines.map((l) => [l.account.number, l.account.label, money(l.debitCents), money(l.creditCents)]),
      total: ["Total", "", amountText(sum((l) => l.debitCents)), amountText(sum((l) => l.creditCents))],
    },
  ];
  if (a.entries.length > 0) {
    blocks.push(
      { kind: "heading", text: "Écritures de clôture" },
      {
        kind: "table",
        columns: [{ label: "Écriture", width: 1.6 }, { label: "Compte", width: 0.8 }, { label: "Libellé", width: 5 }, { label: "Débit", align: "right", width: 1.4 }, { label: "Crédit", align: "right", width: 1.4 }],
        rows: a.entries.flatMap((e) => e.lines.map((l) => [`${e.num} (${e.journal.code} ${e.pieceRef})`, l.account.number, l.label || l.account.label, money(l.debitCents), money(l.creditCents)])),
        total: ["Total", "", "", amountText(a.entries.reduce((s, e) => s + e.lines.reduce((t, l) => t + l.debitCents, 0), 0)), amountText(a.entries.reduce((s, e) => s + e.lines.reduce((t, l) => t + l.creditCents, 0), 0))],
      },
    );
  }
  blocks.push({ kind: "heading", text: "Note de méthode (annexe)" }, { kind: "text", text: a.note });
  return blocks;
}
