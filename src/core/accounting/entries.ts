import { BLANK_LABELS, type Valuation } from "../valuation/valuation";
import type { Period } from "../period/period";
import { type Account, type Chart, ENTRY_JOURNAL, PIECE_PREFIX } from "./charts";

export interface EntryLine {
  account: Account;
  label: string;
  debitCents: number;
  creditCents: number;
}

export interface Entry {
  /** Sequential from 1. */
  num: number;
  journal: { code: string; label: string };
  day: number;
  pieceRef: string;
  pieceDay: number;
  label: string;
  lines: EntryLine[];
}

export const NO_PROJECT = BLANK_LABELS.project;

/** "Valorisation du bénévolat 2024 (SMIC horaire brut à la date de chaque action)"; "2024-2025" for an exercice across two years. */
export function valuationEntryLabel(period: Period, method: string): string {
  return `Valorisation du bénévolat ${period.short} (${method})`;
}

/**
 * The closing entries: debit 864 / credit 875 (or 870) for the valued amount, one line pair per
 * project when the journal uses projects (the valuation's project lines, which add up to the
 * total); then, when the volunteers gave up their mileage, debit 6251 / credit 75412, one pair
 * per volunteer (each pair is the amount of one receipt).
 */
export function closingEntries(valuation: Valuation, chart: Chart, period: Period, method: string): Entry[] {
  const entries: Entry[] = [];
  const day = period.closingDay;
  const year = period.short;
  const base = valuationEntryLabel(period, method);
  if (valuation.cents > 0) {
    const usesProjects = valuation.byProject.some((p) => p.key !== "" && p.cents > 0);
    const parts = usesProjects
      ? valuation.byProject.map((p) => ({ label: `${base} - ${p.label || NO_PROJECT}`, cents: p.cents }))
      : [{ label: base, cents: valuation.cents }];
    const lines: EntryLine[] = [];
    for (const { label, cents } of parts) {
      if (cents === 0) continue;
      lines.push({ account: chart.volunteerUse, label, debitCents: cents, creditCents: 0 });
      lines.push({ account: chart.volunteerResource, label, debitCents: 0, creditCents: cents });
    }
    entries.push({ num: entries.length + 1, journal: ENTRY_JOURNAL, day, pieceRef: `${PIECE_PREFIX.valuation}${year}`, pieceDay: day, label: base, lines });
  }
  const mileage = valuation.mileage;
  if (mileage.waived && mileage.cents > 0) {
    const label = `Abandon de frais kilométriques ${year}`;
    const lines: EntryLine[] = [];
    for (const v of mileage.byVolunteer) {
      if (v.cents === 0) continue;
      const lineLabel = `${label} - ${v.volunteer}`;
      lines.push({ account: chart.mileageCharge, label: lineLabel, debitCents: v.cents, creditCents: 0 });
      lines.push({ account: chart.mileageResource, label: lineLabel, debitCents: 0, creditCents: v.cents });
    }
    entries.push({ num: entries.length + 1, journal: ENTRY_JOURNAL, day, pieceRef: `${PIECE_PREFIX.mileage}${year}`, pieceDay: day, label, lines });
  }
  return entries;
}
