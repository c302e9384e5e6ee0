// The rules of one journal row: is it an error (left out), pending moderation (left out), or
// counted, and is anything about it to check? Read top to bottom, in the order the rules apply.
// The row reader (read.ts) has already turned the cells into values; this file decides.
import { MS_PER_HOUR, frenchDate, yearOfDay } from "../values/calendar";
import { frenchHours } from "../values/hours";
import { MAX_ACTION_DAYS, MAX_HOURS_PER_ACTION, MAX_KM_PER_ACTION } from "../values/limits";
import { quoteCell } from "./cells";
import type { Field } from "./columns";
import type { WallClock } from "./types";
import { groupThousands } from "../text/thousands";

/** A numeric value that was empty in the journal. */
export const BLANK = Number.NEGATIVE_INFINITY;
/** A numeric value whose cell could not be read is NaN. */
export const unreadable = (value: number): boolean => value !== value;

/** Dates before this day are typing mistakes: no association values volunteer time from before 1990. */
export const FIRST_DAY = 7305; // 1990-01-01
/** A date later than this many days after today is a typing mistake (actions are logged after the fact). */
export const FUTURE_DAYS = 365;
/** Longer than this, a duration is a typing mistake: refused (values/limits.ts). */
const MAX_ACTION_MS = MAX_HOURS_PER_ACTION * MS_PER_HOUR;
/** Farther than this, a distance is a typing mistake: refused (values/limits.ts). */
const MAX_ACTION_M = MAX_KM_PER_ACTION * 1000;
/** Hours in one day above which a counted action is listed to check. */
const LONG_DAY_MS = 12 * MS_PER_HOUR;
const FULL_DAY_MS = 24 * MS_PER_HOUR;
/** Two duration columns that differ by more than this are listed to check. */
const DISAGREEMENT_MS = 60_000;

/**
 * The values read from one row. Numbers are NaN when their cell is unreadable and BLANK when it is
 * empty; each `…Cell` is the cell as written, for the messages. One object is reused for every row.
 */
export class RowValues {
  sheetRow = 0;
  /** The spreadsheet's wall clock, to quote date and time cells as the sheet shows them. */
  clock: WallClock = (d) => d.getTime();
  /** A used cell holding a spreadsheet error (#N/A, #REF!…): its field and the code. */
  errorField: Field | "" = "";
  errorCode = "";
  /** 0: counted, 1: waiting for moderation, NaN: unreadable flag. */
  pending = 0;
  pendingCell: unknown = "";
  day = BLANK;
  dateCell: unknown = "";
  /** The date was typed with a two-digit year, read through the pivot (see values/dates.ts). */
  twoDigitYear = false;
  endDay = BLANK;
  endCell: unknown = "";
  /** Decimal hours column ("Durée (en heures)", "Heures"), in ms. */
  hoursMs = BLANK;
  hoursCell: unknown = "";
  /** Clock duration column ("Durée": "2:30:00", "1 day, 2:00:00", a Sheets duration), in ms. */
  clockMs = BLANK;
  clockCell: unknown = "";
  /** Start and end times ("Heure de début", "Heure de fin"), ms since midnight. */
  startMs = BLANK;
  startCell: unknown = "";
  endTimeMs = BLANK;
  endTimeCell: unknown = "";
  distanceM = BLANK;
  distanceCell: unknown = "";
}

/** What the rules decided for a counted row. */
export interface CountedRow {
  day: number;
  endDay: number;
  durationMs: number;
  distanceM: number;
}

/** Where the rules write the findings of the row being judged (one long-lived object: no allocation per row). */
export interface RowFindings {
  /** Records an error; the row is left out (returns false, for `return say.error(…)`). */
  error(field: Field, problem: string): false;
  /** Records that the row waits for moderation; it is left out. */
  pending(field: Field, problem: string): false;
  /** Records something to check on a counted row. */
  check(field: Field, problem: string): void;
}

/**
 * Applies the rules to one row. Returns false when the row is left out (an error or pending
 * moderation, its finding recorded), else fills `out` and returns true (findings to check, if
 * any, recorded too).
 */
export function judgeRow(v: RowValues, today: number, out: CountedRow, say: RowFindings): boolean {
  // 1. Cells the spreadsheet itself could not compute.
  if (v.errorField) return say.error(v.errorField, `Cellule en erreur (${v.errorCode}) : ligne écartée`);

  // 2. Moderation.
  if (unreadable(v.pending)) return say.error("pending", `Valeur illisible ${quoteCell(v.pendingCell, v.clock)} : attendu Oui ou Non`);
  if (v.pending === 1) return say.pending("pending", "Action en attente de modération : non comptée tant qu'elle n'est pas validée");

  // 3. The date: present, readable, plausible.
  if (v.day === BLANK) return say.error("date", "Date manquante");
  if (unreadable(v.day)) return say.error("date", `Date illisible ${quoteCell(v.dateCell, v.clock)} : attendu JJ/MM/AAAA ou AAAA-MM-JJ`);
  if (v.day < FIRST_DAY) return say.error("date", `Date ${frenchDate(v.day)} antérieure à 1990 : faute de frappe probable`);
  if (v.day > today + FUTURE_DAYS) return say.error("date", tooFar("Date", v.day));
  let endDay = v.day;
  if (v.endDay !== BLANK) {
    if (unreadable(v.endDay)) return say.error("endDate", `Date de fin illisible ${quoteCell(v.endCell, v.clock)}`);
    if (v.endDay < v.day) return say.error("endDate", `La date de fin (${frenchDate(v.endDay)}) précède la date de l'action (${frenchDate(v.day)})`);
    if (v.endDay > today + FUTURE_DAYS) return say.error("endDate", tooFar("Date de fin", v.endDay));
    if (v.endDay - v.day + 1 > MAX_ACTION_DAYS) {
      return say.error("endDate", `Action du ${frenchDate(v.day)} au ${frenchDate(v.endDay)} : plus d'un an, date de fin probablement erronée ; saisissez une action longue en lignes d'un an au plus`);
    }
    endDay = v.endDay;
  }

  // 4. The duration: decimal hours, else the clock duration, else end time minus start time.
  const duration = chooseDuration(v, say);
  if (typeof duration === "string") return say.error(durationField(v), duration);

  // 5. The distance.
  let distanceM = 0;
  if (v.distanceM !== BLANK) {
    if (unreadable(v.distanceM) || v.distanceM < 0 || v.distanceM > MAX_ACTION_M) return say.error("distance", distanceProblem(v));
    distanceM = v.distanceM;
  }
  if (duration === 0 && distanceM === 0) return say.error(durationField(v), "Durée nulle sans distance : rien à compter");

  // Counted from here on; what follows is only to check.
  if (v.twoDigitYear) say.check("date", `Année à deux chiffres ${quoteCell(v.dateCell, v.clock)} lue ${yearOfDay(v.day)} : vérifiez l'année`);
  const days = endDay - v.day + 1;
  const overFullDays = duration > days * FULL_DAY_MS;
  if (overFullDays || duration > days * LONG_DAY_MS) {
    const kept = overFullDays ? " : comptée telle quelle, comme le fait Bénévalibre" : "";
    say.check(durationField(v), `Durée de ${frenchHours(duration)} h, plus de ${overFullDays ? 24 : 12} h par jour de l'action (${dayCount(days)})${kept}`);
  }
  out.day = v.day;
  out.endDay = endDay;
  out.durationMs = duration;
  out.distanceM = distanceM;
  return true;
}

/** Why a distance is refused: unreadable, negative, or more than an action can cover. */
function distanceProblem(v: RowValues): string {
  const cell = quoteCell(v.distanceCell, v.clock);
  if (unreadable(v.distanceM)) return `Distance illisible ${cell} : attendu un nombre de km`;
  if (v.distanceM < 0) return `Distance négative ${cell}`;
  return `Distance ${cell} : plus de ${groupThousands(MAX_KM_PER_ACTION)} km (le tour de la Terre) pour une action, faute de frappe probable`;
}

/** « Date 03/05/2062 à plus d'un an dans le futur… ». */
const tooFar = (what: string, day: number) => `${what} ${frenchDate(day)} à plus d'un an dans le futur : faute de frappe probable`;

const dayCount = (days: number) => `${days} jour${days > 1 ? "s" : ""}`;

/** The column the duration was taken from, for the findings. */
function durationField(v: RowValues): Field {
  if (v.hoursMs !== BLANK && !unreadable(v.hoursMs)) return "decimalHours";
  if (v.clockMs !== BLANK && !unreadable(v.clockMs)) return "duration";
  if (v.hoursMs !== BLANK) return "decimalHours";
  if (v.clockMs !== BLANK) return "duration";
  if (v.startMs !== BLANK || v.endTimeMs !== BLANK) return v.startMs === BLANK || unreadable(v.startMs) ? "startTime" : "endTime";
  return "decimalHours";
}

/**
 * The duration of the row in ms, or the French reason it has none. Decimal hours win; the clock
 * duration is used when they are empty or unreadable; two readable columns that disagree are to check.
 */
function chooseDuration(v: RowValues, say: RowFindings): number | string {
  const hours = readableOrUndefined(v.hoursMs);
  const clock = readableOrUndefined(v.clockMs);
  let ms: number | undefined;
  if (hours !== undefined) {
    ms = hours;
    if (clock !== undefined && Math.abs(clock - hours) > DISAGREEMENT_MS) {
      say.check("duration", `Durées en désaccord : ${quoteCell(v.hoursCell, v.clock)} h et ${quoteCell(v.clockCell, v.clock)} : les heures en décimal sont retenues`);
    }
  } else if (clock !== undefined) {
    ms = clock;
    if (unreadable(v.hoursMs)) say.check("decimalHours", `Heures illisibles ${quoteCell(v.hoursCell, v.clock)} : la durée ${quoteCell(v.clockCell, v.clock)} est retenue`);
  } else if (v.startMs !== BLANK || v.endTimeMs !== BLANK) {
    return timesDuration(v, say);
  }
  if (ms !== undefined && readableOrUndefined(v.startMs) !== undefined && readableOrUndefined(v.endTimeMs) !== undefined) {
    const times = v.endTimeMs >= v.startMs ? v.endTimeMs - v.startMs : v.endTimeMs + FULL_DAY_MS - v.startMs;
    if (Math.abs(times - ms) > DISAGREEMENT_MS) {
      say.check("endTime", `Heures ${quoteCell(v.startCell, v.clock)} à ${quoteCell(v.endTimeCell, v.clock)} en désaccord avec la durée de ${frenchHours(ms)} h : la durée est retenue`);
    }
  }
  if (ms === undefined) {
    const unreadableHours = unreadable(v.hoursMs);
    if (!unreadableHours && !unreadable(v.clockMs)) return "Durée manquante";
    return `Durée illisible ${quoteCell(unreadableHours ? v.hoursCell : v.clockCell, v.clock)} : attendu par exemple 2,5 ou 2:30 ou 2h30`;
  }
  if (ms < 0) return `Durée négative ${durationCell(v, hours)}`;
  if (ms > MAX_ACTION_MS) return `Durée ${durationCell(v, hours)} : plus que les ${groupThousands(MAX_HOURS_PER_ACTION)} h d'une année entière pour une action, faute de frappe probable`;
  return ms;
}

/** Duration from a start and an end time; an end before the start is taken to cross midnight. */
function timesDuration(v: RowValues, say: RowFindings): number | string {
  if (v.startMs === BLANK) return "Heure de début manquante";
  if (v.endTimeMs === BLANK) return "Heure de fin manquante";
  if (unreadable(v.startMs)) return `Heure de début illisible ${quoteCell(v.startCell, v.clock)} : attendu par exemple 14:30`;
  if (unreadable(v.endTimeMs)) return `Heure de fin illisible ${quoteCell(v.endTimeCell, v.clock)} : attendu par exemple 17:00`;
  if (v.endTimeMs >= v.startMs) return v.endTimeMs - v.startMs;
  say.check("endTime", `Heure de fin ${quoteCell(v.endTimeCell, v.clock)} avant l'heure de début ${quoteCell(v.startCell, v.clock)} : action comptée jusqu'au lendemain`);
  return v.endTimeMs + FULL_DAY_MS - v.startMs;
}

/**
 * The duration cell read, quoted: decimal hours when they were read (a CSV's "-1.5" shown as the number
 * it was read as, -1,5, as the same cell of an XLSX is), else the clock duration.
 */
const durationCell = (v: RowValues, hours: number | undefined) => {
  const cell = hours !== undefined ? v.hoursCell : v.clockCell;
  return quoteCell(typeof cell === "string" && /^-?\d+\.\d+$/.test(cell.trim()) ? Number(cell) : cell, v.clock);
};

function readableOrUndefined(ms: number): number | undefined {
  return ms === BLANK || unreadable(ms) ? undefined : ms;
}
