import type { Grid, WallClock } from "../journal/types";
import { identityKey } from "../text/identity";
import type { VehicleKind } from "../valuation/mileageScale";
import { UserError } from "../userError";
import { VOLUNTEER_CELL_READERS } from "./cells";
import { type TableIssue, readNamedRows } from "../associations/namedRows";

/** A volunteer's own vehicle, as the kilometric scale classes it. */
export interface Vehicle {
  kind: VehicleKind;
  /** Fiscal horsepower (CV); 0 for a cyclomoteur, which the scale does not class by it. */
  cv: number;
  electric: boolean;
}

/** One volunteer as the treasurer describes them. */
export interface VolunteerRecord {
  row: number;
  name: string;
  /** identityKey of the name. */
  key: string;
  address?: string;
  /** Unset when the row gives none (or a bad one): the association's vehicle settings then apply. */
  vehicle?: Vehicle;
  publicAgent?: boolean;
}

export type VolunteerIssue = TableIssue;

export interface VolunteerTable {
  rows: VolunteerRecord[];
  issues: VolunteerIssue[];
  /** identityKey of a name → its row. */
  byKey: ReadonlyMap<string, VolunteerRecord>;
}

/** The headers as Valorise writes them, in this order (the add-on's sheet, the docs). */
export const VOLUNTEER_HEADERS = ["Bénévole", "Adresse", "Véhicule", "CV", "Électrique", "Agent public"] as const;

/**
 * The words that name each column, in the order of VOLUNTEER_HEADERS, tried on the header without
 * accents nor case: « Adresse du bénévole » is an address, « Puissance fiscale du véhicule » the CV,
 * « Véhicule électrique » the electric flag, so the volunteer's name is tried last and the vehicle
 * after CV and Électrique.
 */
const HEADER_WORDS = [
  /benevole|\bnom\b|prenom|personne|volontaire/, /adresse|domicile/, /vehicule|voiture|moyen de transport/,
  /\bcv\b|puissance|chevaux/, /electri/, /agent|fonctionnaire|fonction publique/,
];
const TRY_ORDER = [4, 5, 3, 1, 2, 0];

export class VolunteerTableError extends UserError {}

/**
 * Reads a volunteers table: headers in the first row (only « Bénévole » is required), one volunteer a
 * row. A bad cell is reported and left unset, the rest of its row kept; a row without a name, or
 * naming a volunteer already listed (identity rule), is reported and ignored.
 * firstRow: the sheet row of the headers.
 */
export function readVolunteerTable(grid: Grid, options: { firstRow?: number; wallClock?: WallClock } = {}): VolunteerTable {
  return readNamedRows(grid, {
    title: "Table des bénévoles", headers: VOLUNTEER_HEADERS, words: HEADER_WORDS, order: TRY_ORDER,
    missingName: "Nom du bénévole manquant", error: VolunteerTableError, readers: VOLUNTEER_CELL_READERS,
  }, ({ row, name, values, given, issue }) => {
    const [, address, kind, cv, electric, publicAgent] = values as [unknown, string?, VehicleKind?, number?, boolean?, boolean?];
    const record: VolunteerRecord = { row, name, key: identityKey(name) };
    if (address) record.address = address;
    if (publicAgent !== undefined) record.publicAgent = publicAgent;
    const vehicle = vehicleOf(kind, cv, electric, given, issue);
    if (vehicle) record.vehicle = vehicle;
    return record;
  }, { firstRow: options.firstRow, wallClock: options.wallClock ?? ((d: Date) => d.getTime()) });
}

const SETTINGS_APPLY = "le véhicule des réglages s'applique";

/** The row's vehicle, when its kind (and, but for a cyclomoteur, its CV) is known; else why not, when the row says something of it. given[f]: cell f not blank. */
function vehicleOf(
  kind: VehicleKind | undefined, cv: number | undefined, electric: boolean | undefined, given: boolean[], issue: (field: number, problem: string) => void,
): Vehicle | undefined {
  if (!kind) {
    // a bad Véhicule cell is already reported; a blank one beside a CV or Électrique is said here
    if (!given[2] && (given[3] || given[4])) issue(2, `Véhicule non indiqué (voiture, moto ou cyclomoteur) : ${SETTINGS_APPLY}.`);
    return undefined;
  }
  if (kind === "cyclomoteur") return { kind, cv: 0, electric: electric ?? false };
  if (cv === undefined) return void issue(3, `Puissance fiscale (CV) ${given[3] ? "illisible" : "manquante"} pour une ${kind} : ${SETTINGS_APPLY}.`);
  return { kind, cv, electric: electric ?? false };
}
