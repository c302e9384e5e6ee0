import type { ChartId } from "../settings/valuation";

export interface Account {
  number: string;
  label: string;
}

export interface Chart {
  id: ChartId;
  /** How the note names it. */
  title: string;
  /** 86: uses of in-kind contributions. */
  volunteerUse: Account;
  /** 87: in-kind contributions received. */
  volunteerResource: Account;
  /** Mileage a volunteer gives up: a real charge and resource of the year (docs/regles/frais-kilometriques.md). */
  mileageCharge: Account;
  mileageResource: Account;
}

/** The same in both charts. */
const VOLUNTEER_USE: Account = { number: "864", label: "Personnel bénévole" };

/**
 * Account numbers and labels per chart: paheko's charts src/include/data/charts/fr_pca_2018.csv and
 * fr_pca_1999.csv (github.com/paheko/paheko, commit 51fc59bc). Mileage given up (docs/regles/frais-kilometriques.md):
 * PCA 2018 has 6251 and 75412; CRC 99-01 has neither, only 625 and 754 « Collectes ».
 */
export const CHARTS: Record<ChartId, Chart> = {
  "ANC 2018-06": {
    id: "ANC 2018-06",
    title: "règlement ANC 2018-06",
    volunteerUse: VOLUNTEER_USE,
    volunteerResource: { number: "875", label: "Bénévolat" },
    mileageCharge: { number: "6251", label: "Voyages et déplacements" },
    mileageResource: { number: "75412", label: "Abandons de frais par les bénévoles" },
  },
  "CRC 99-01": {
    id: "CRC 99-01",
    title: "règlement CRC 99-01",
    volunteerUse: VOLUNTEER_USE,
    volunteerResource: { number: "870", label: "Bénévolat" },
    mileageCharge: { number: "625", label: "Déplacements, missions et réceptions" },
    mileageResource: { number: "754", label: "Collectes" },
  },
};

/** Journal and piece references of the entries Valorise writes. */
export const ENTRY_JOURNAL = { code: "OD", label: "Opérations diverses" } as const;
export const PIECE_PREFIX = { valuation: "VAL", mileage: "ABF" } as const;
