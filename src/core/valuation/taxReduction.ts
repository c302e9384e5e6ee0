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
}

export const TAX_REDUCTIONS: readonly TaxReduction[] = [
  { fromYear: 2005, rate: "0.66", incomeCeiling: "0.20", basis: "CGI art. 200" },
];

export function taxReductionFor(year: number): TaxReduction {
  let found = TAX_REDUCTIONS[0]!;
  for (const r of TAX_REDUCTIONS) if (r.fromYear <= year) found = r;
  return found;
}
