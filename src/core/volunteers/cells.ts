import { cellText } from "../journal/cells";
import type { VehicleKind } from "../valuation/mileageScale";
import { yesOrNo } from "../associations/cells";
import type { CellRead } from "../associations/namedRows";
import { FISCAL_HORSEPOWER } from "../values/limits";
import { cleanText } from "../text/identity";
import { headerKey } from "../text/normalize";

/*
 * The readers of the volunteers table's cells, one per column after « Bénévole », in the order of
 * VOLUNTEER_HEADERS (readNamedRows' CellRead): the field is left unset when one calls `bad`.
 */

/** The words of each vehicle kind of the scale: a « scooter » may be a moped or a motorbike, so it is not guessed. */
const VEHICLE_WORDS: Record<string, VehicleKind> = {
  voiture: "voiture", automobile: "voiture", auto: "voiture",
  moto: "moto", motocyclette: "moto",
  cyclomoteur: "cyclomoteur", cyclo: "cyclomoteur",
};

export const VOLUNTEER_CELL_READERS: CellRead[] = [
  // Adresse
  (cell) => cleanText(cellText(cell)) || undefined,
  // Véhicule
  (cell, bad) => VEHICLE_WORDS[headerKey(cellText(cell))] ?? bad("n'est ni voiture, ni moto, ni cyclomoteur"),
  // CV: a whole number of fiscal horsepower, "5" or "5 CV".
  (cell, bad) => {
    const m = /^(\d{1,2})(?:\s*cv)?$/i.exec(cellText(cell).trim());
    const cv = typeof cell === "number" ? cell : m ? Number(m[1]) : NaN;
    return Number.isInteger(cv) && cv >= FISCAL_HORSEPOWER[0] && cv <= FISCAL_HORSEPOWER[1]
      ? cv
      : bad(`n'est pas une puissance fiscale (un nombre entier de CV, de ${FISCAL_HORSEPOWER[0]} à ${FISCAL_HORSEPOWER[1]})`);
  },
  // Électrique
  yesOrNo,
  // Agent public
  yesOrNo,
];
