import { MS_PER_HOUR, frenchDate, yearOfDay } from "../values/calendar";
import { readBoolean } from "../values/booleans";
import { readDay } from "../values/dates";
import { readDurationMs } from "../values/durations";
import { frenchHours } from "../values/hours";
import { readNumber } from "../values/numbers";
import { ActionTableWriter, type Dictionary, LABEL_COLUMNS, type LabelColumn, labelDictionaries, labelLists } from "./actionTable";
import { cellText, isBlank, quoteCell } from "./cells";
import { type ColumnMap, mapColumns, requireColumns } from "./columns";
import { type VolunteerName, nameReader } from "./names";
import type { Anomaly, Grid, Journal, WallClock } from "./types";
import { TextMemo } from "./textMemo";
import { cachedWallClock } from "./wallClock";

export interface ReadOptions {
  wallClock: WallClock;
  /** Sheet row number of the header row (1 when the journal starts at A1). */
  firstRow?: number;
}

const MAX_MS_PER_DAY = 24 * MS_PER_HOUR;
const DAY_SLOTS = 1024;

/** Reads a journal range (headers in its first row) into counted actions and rows left out. */
export function readJournal(grid: Grid, options: ReadOptions): Journal {
  const headers = grid[0] ?? [];
  const columns = mapColumns(headers);
  requireColumns(columns, headers);
  const end = endOfData(grid);
  const out = new ActionTableWriter(Math.max(end - 1, 0));
  const people: VolunteerName[] = [];
  const labels = labelDictionaries();
  const anomalies: Anomaly[] = [];
  const years = new Set<number>();
  const readRow = rowReader(columns, cachedWallClock(options.wallClock), { out, people, labels, anomalies, years });
  const firstRow = options.firstRow ?? 1;
  for (let i = 1; i < end; i++) if (readRow(grid[i]!, firstRow + i)) out.endRow();
  const actions = out.finish({ people, labels: labelLists(labels) });
  return { actions, anomalies, years: [...years].sort((a, b) => b - a) };
}

function rowIsEmpty(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * Index after the last row holding a value. A whole-column range (Journal!A:O) ends with every
 * empty row of the sheet: one tight loop from the end skips them faster than the row reader would.
 */
function endOfData(grid: Grid): number {
  let end = grid.length;
  while (end > 1 && rowIsEmpty(grid[end - 1]!)) end--;
  return end;
}

/**
 * Id of a label cell (category, project, association...) in its column's dictionary. A journal
 * repeats a few labels on every row: the id of each raw text is remembered.
 */
function labelReader(index: number, dictionary: Dictionary): (row: readonly unknown[]) => number {
  const blank = dictionary.id("");
  if (index < 0) return () => blank;
  const ids = new TextMemo<number>();
  return (row) => {
    const raw = row[index];
    if (typeof raw !== "string") return dictionary.id(cellText(raw));
    let id = ids.get(raw);
    if (id === undefined) ids.set(raw, (id = dictionary.id(cellText(raw))));
    return id;
  };
}

interface RowSink {
  out: ActionTableWriter;
  people: VolunteerName[];
  labels: Record<LabelColumn, Dictionary>;
  anomalies: Anomaly[];
  /** Years of the actions read. */
  years: Set<number>;
}

/**
 * Reads one data row into the writer's next action and returns true, or returns false for an
 * empty row or an anomaly (pushed with its reason). The common cell types (Date, number, false,
 * "") are tested first: this runs once per row of journals of a million rows.
 */
function rowReader(columns: ColumnMap, wallClock: WallClock, sink: RowSink) {
  const { anomalies } = sink;
  const writer = sink.out;
  const { day: dayColumn, columns: w } = writer;
  const [volunteerOut, extraDaysOut, durationOut, distanceOut, categoryOut, projectOut, levelOut, associationOut, roleOut] = [
    w.volunteer, w.extraDays, w.durationMs, w.distanceM, w.category, w.project, w.level, w.association, w.role,
  ].map((c) => c.chunk);
  // the years of the actions: a journal spans a few hundred distinct days, direct-mapped here
  const seenDays = new Float64Array(DAY_SLOTS).fill(NaN);
  const noteYear = (day: number): void => {
    const slot = day & (DAY_SLOTS - 1);
    if (seenDays[slot] === day) return;
    seenDays[slot] = day;
    sink.years.add(yearOfDay(day));
  };
  const readName = nameReader(columns, sink.people);
  const col = (field: keyof ColumnMap) => columns[field]?.index ?? -1;
  const header = (field: keyof ColumnMap) => columns[field]?.header ?? "";
  const [iDate, iEnd, iDecimal, iDuration, iDistance, iPending] = [
    col("date"), col("endDate"), col("decimalHours"), col("duration"), col("distance"), col("pending"),
  ];
  const [category, project, level, association, role] = LABEL_COLUMNS.map((c) => labelReader(col(c), sink.labels[c]));

  const anomaly = (sheetRow: number, field: keyof ColumnMap, problem: string, pending = false): false => {
    anomalies.push({ row: sheetRow, column: header(field), problem, pending });
    return false;
  };

  return (row: readonly unknown[], sheetRow: number): boolean => {
    const dateCell = row[iDate];
    const decimalCell = iDecimal >= 0 ? row[iDecimal] : "";
    const useDecimal = iDuration < 0 || typeof decimalCell === "number" || (iDecimal >= 0 && !isBlank(decimalCell));
    const durationField = useDecimal ? "decimalHours" : "duration";
    const durationCell = useDecimal ? decimalCell : row[iDuration];
    if (typeof dateCell !== "object" && isBlank(dateCell) && isBlank(durationCell) && rowIsEmpty(row)) return false;

    if (iPending >= 0) {
      const cell = row[iPending];
      if (cell !== false && cell !== "") {
        const pending = readBoolean(cell);
        if (pending === undefined) return anomaly(sheetRow, "pending", `Valeur illisible ${quoteCell(cell)} : attendu Oui ou Non`);
        if (pending) return anomaly(sheetRow, "pending", "Action en attente de modération : non comptée tant qu'elle n'est pas validée", true);
      }
    }
    if (isBlank(dateCell)) return anomaly(sheetRow, "date", "Date manquante");
    const day = readDay(dateCell, wallClock);
    if (day === undefined) return anomaly(sheetRow, "date", `Date illisible ${quoteCell(dateCell)} : attendu JJ/MM/AAAA ou AAAA-MM-JJ`);
    let endDay = day;
    if (iEnd >= 0 && row[iEnd] !== "" && !isBlank(row[iEnd])) {
      const end = readDay(row[iEnd], wallClock);
      if (end === undefined) return anomaly(sheetRow, "endDate", `Date de fin illisible ${quoteCell(row[iEnd])}`);
      if (end < day) return anomaly(sheetRow, "endDate", `La date de fin (${frenchDate(end)}) précède la date de l'action (${frenchDate(day)})`);
      endDay = end;
    }
    let durationMs: number | undefined;
    if (typeof durationCell === "number" && Number.isFinite(durationCell)) durationMs = Math.round(durationCell * MS_PER_HOUR);
    else {
      if (isBlank(durationCell)) return anomaly(sheetRow, durationField, "Durée manquante");
      durationMs = readDurationMs(durationCell, wallClock);
      if (durationMs === undefined) return anomaly(sheetRow, durationField, `Durée illisible ${quoteCell(durationCell)} : attendu par exemple 2,5 ou 2:30 ou 2h30`);
    }
    if (durationMs < 0) return anomaly(sheetRow, durationField, `Durée négative ${quoteCell(durationCell)}`);
    let distanceM = 0;
    if (iDistance >= 0) {
      const cell = row[iDistance];
      const km = typeof cell === "number" && Number.isFinite(cell) ? cell : cell === "" ? 0 : readNumber(cell, 0);
      if (km === undefined) return anomaly(sheetRow, "distance", `Distance illisible ${quoteCell(cell)} : attendu un nombre de km`);
      if (km < 0) return anomaly(sheetRow, "distance", `Distance négative ${quoteCell(cell)}`);
      distanceM = Math.round(km * 1000);
    }
    if (durationMs === 0 && distanceM === 0) return anomaly(sheetRow, durationField, "Durée nulle sans distance : rien à compter");
    const days = endDay - day + 1;
    if (durationMs > days * MAX_MS_PER_DAY) {
      return anomaly(sheetRow, durationField, `Durée de ${frenchHours(durationMs)} h supérieure à 24 h par jour de l'action (${days} jour${days > 1 ? "s" : ""})`);
    }
    noteYear(day);
    const k = writer.chunkRow;
    dayColumn[writer.next] = day;
    volunteerOut![k] = readName(row).id;
    extraDaysOut![k] = endDay - day;
    durationOut![k] = durationMs;
    distanceOut![k] = distanceM;
    categoryOut![k] = category!(row);
    projectOut![k] = project!(row);
    levelOut![k] = level!(row);
    associationOut![k] = association!(row);
    roleOut![k] = role!(row);
    return true;
  };
}
