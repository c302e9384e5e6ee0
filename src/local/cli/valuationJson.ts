import type { AccountingSummary } from "../../core/accounting/summary";
import type { YearReport } from "../../core/report/yearReport";
import { rateTableWarnings } from "../../core/valuation/method";
import type { ValuedTally } from "../../core/valuation/valuation";
import { isoDate } from "../../core/values/calendar";

const euros = (cents: number) => cents / 100;
const round2 = (n: number) => Math.round(n * 100) / 100;
const tally = (t: ValuedTally) => ({ libelle: t.label, heures: round2(t.hours), etp: round2(t.etp), montant: euros(t.cents) });

/** The valuation part of the JSON report; amounts in euros (exact to the cent). */
export function valuationJson(r: YearReport) {
  const v = r.valuation;
  const m = v.mileage;
  return {
    methode: r.method,
    coefficient: v.coefficient,
    baseEtp: v.settings.etpBase,
    heures: round2(v.hours),
    etp: round2(v.etp),
    montant: euros(v.cents),
    taux: v.rates.map((u) => ({ source: u.source, libelle: u.label, eurosParHeure: u.eurosPerHour, heures: round2(u.hours), montant: euros(u.cents) })),
    parCategorie: v.byCategory.map(tally),
    parProjet: v.byProject.map(tally),
    parBenevole: v.byVolunteer.map((t) => ({ benevole: t.label, cle: t.key, heures: round2(t.hours), montant: euros(t.cents) })),
    /** Rate-table rows that no valued action matched: their rate was applied to no hour. */
    tauxSansCorrespondance: v.unmatchedRates.map((u) => ({ libelle: u.label, suggestion: u.suggestion ?? null })),
    /** Labels of the rate table's column that no row matched: valued at the fallback rate. */
    libellesSansTaux: v.unratedLabels.map((u) => ({ libelle: u.label, heures: round2(u.hours), actions: u.actions })),
    /** French warnings on the rate table, as the text report prints them. */
    avertissements: rateTableWarnings(v),
    nonValorise: { actions: v.unvalued.actions, heures: round2(v.unvalued.durationMs / 3_600_000), raison: v.unvalued.reason },
    kilometres: {
      mode: m.mode,
      methode: m.method,
      km: m.km,
      montant: euros(m.cents),
      reductionImpot: euros(m.reductionCents),
      tauxReduction: m.reductionRateText,
      abandon: m.waived,
      remarques: m.notes,
      parBenevole: m.byVolunteer.map((l) => ({
        benevole: l.volunteer, cle: l.key, km: l.km, montant: euros(l.cents), reductionImpot: euros(l.reductionCents),
        ...(l.source ? { vehicule: l.vehicle, sourceVehicule: l.source } : {}),
      })),
    },
  };
}

/** The accounting part of the JSON report: accounts, entries, method note. */
export function accountingJson(a: AccountingSummary) {
  const line = (l: (typeof a.lines)[number]) => ({ compte: l.account.number, libelleCompte: l.account.label, libelle: l.label, debit: euros(l.debitCents), credit: euros(l.creditCents) });
  return {
    plan: a.chart.id,
    cloture: isoDate(a.closingDay),
    comptes: a.lines.map(line),
    ecritures: a.entries.map((e) => ({
      numero: e.num, journal: e.journal.code, piece: e.pieceRef, date: isoDate(e.day), libelle: e.label, lignes: e.lines.map(line),
    })),
    note: a.note,
  };
}
