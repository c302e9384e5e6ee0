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
  /** Mileage a volunteer gives up: a real charge and resource of the year (REFERENCE.md §4). */
  mileageCharge: Account;
  mileageResource: Account;
}

const MILEAGE_CHARGE: Account = { number: "6251", label: "Voyages et déplacements" };
// The PCA 2018 resource account; CRC 99-01 had no dedicated one and most charts carried it over.
const MILEAGE_RESOURCE: Account = { number: "75412", label: "Abandons de frais par les bénévoles" };

/** Account numbers and labels per chart (REFERENCE.md §2, paheko fr_pca_2018.csv and fr_pca_1999.csv). */
export const CHARTS: Record<ChartId, Chart> = {
  "ANC 2018-06": {
    id: "ANC 2018-06",
    title: "règlement ANC 2018-06",
    volunteerUse: { number: "864", label: "Personnel bénévole" },
    volunteerResource: { number: "875", label: "Bénévolat" },
    mileageCharge: MILEAGE_CHARGE,
    mileageResource: MILEAGE_RESOURCE,
  },
  "CRC 99-01": {
    id: "CRC 99-01",
    title: "règlement CRC 99-01",
    volunteerUse: { number: "864", label: "Personnel bénévole" },
    volunteerResource: { number: "870", label: "Bénévolat" },
    mileageCharge: MILEAGE_CHARGE,
    mileageResource: MILEAGE_RESOURCE,
  },
};

/** Journal and piece references of the entries Valorise writes. */
export const ENTRY_JOURNAL = { code: "OD", label: "Opérations diverses" } as const;
export const PIECE_PREFIX = { valuation: "VAL", mileage: "ABF" } as const;
