import { inForce } from "../values/inForce";
import { frenchAmount, toCents } from "../money/cents";
import { decimal, frenchDecimal } from "../money/decimal";
import { add, mul, ratio } from "../money/ratio";

/**
 * Income-tax reduction a donation (here: costs a volunteer gives up) brings, CGI art. 200:
 * a share of the amount, within a ceiling of taxable income. Dated by income year.
 */
export interface TaxReduction {
  fromYear: number;
  /** Share of the donation, decimal string. */
  rate: string;
  /** Ceiling, share of taxable income, decimal string. */
  incomeCeiling: string;
  basis: string;
  /**
   * Gifts to organisations giving free meals, care or housing to people in difficulty (CGI art. 200
   * 1 ter): this rate up to a yearly limit of gifts, the common rate above it.
   */
  inDifficulty?: { rate: string; limitCents: number };
}

/**
 * Oldest first. The 75 % rate's limit was a small yearly-indexed amount before 2020 (552 € planned
 * for 2020): Valorise does not hold those, so before 2020 income every gift is at 66 %. Then:
 * 1,000 € for 2020 gifts (loi 2020-473 of 25 April 2020, LFR 2, art. 14), extended year after year,
 * made permanent in CGI art. 200 1 ter by loi 2025-127 (loi de finances pour 2025, art. 6;
 * docs/regles/frais-kilometriques.md). The PLF 2026 (art. 9) proposes 2,000 € for gifts from 14/10/2025: not law here.
 */
export const TAX_REDUCTIONS: readonly TaxReduction[] = [
  { fromYear: 2005, rate: "0.66", incomeCeiling: "0.20", basis: "CGI art. 200" },
  {
    fromYear: 2020, rate: "0.66", incomeCeiling: "0.20", basis: "CGI art. 200",
    // CGI art. 200 1 ter (loi 2020-473 art. 14; loi 2025-127 art. 6)
    inDifficulty: { rate: "0.75", limitCents: 100_000 },
  },
];

export function taxReductionFor(year: number): TaxReduction {
  return inForce(TAX_REDUCTIONS, year) ?? TAX_REDUCTIONS[0]!;
}

/**
 * The reduction a gift of `cents` made in `year` brings, rounded once to the cent: for an
 * association helping people in difficulty, the higher rate up to its limit and the common rate
 * above; else the common rate.
 */
export function reductionCents(cents: number, year: number, inDifficulty: boolean): number {
  const r = taxReductionFor(year);
  const special = inDifficulty ? r.inDifficulty : undefined;
  if (!special) return toCents(mul(ratio(cents), decimal(r.rate)));
  const under = Math.min(cents, special.limitCents);
  return toCents(add(mul(ratio(under), decimal(special.rate)), mul(ratio(cents - under), decimal(r.rate))));
}

/** The rate as the method note says it: « 66 % », or « 75 % jusqu'à 1 000 €, 66 % au-delà ». */
export function reductionRateText(year: number, inDifficulty: boolean): string {
  const r = taxReductionFor(year);
  const pct = (rate: string) => `${frenchDecimal(mul(decimal(rate), ratio(100)))} %`;
  const special = inDifficulty ? r.inDifficulty : undefined;
  if (!special) return pct(r.rate);
  return `${pct(special.rate)} jusqu'à ${frenchAmount(special.limitCents)}, ${pct(r.rate)} au-delà`;
}
