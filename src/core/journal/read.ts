import { MS_PER_HOUR, frenchDate, yearOfDay } from "../values/calendar";
import { readBoolean } from "../values/booleans";
import { readDay } from "../values/dates";
import { readDurationMs } from "../values/durations";
import { frenchHours } from "../values/hours";
import { readNumber } from "../values/numbers";
import { cellText, isBlank, quoteCell } from "./cells";
import { type ColumnMap, mapColumns, requireColumns } from "./columns";
import { nameReader } from "./names";
import type { Action, Anomaly, Grid, Journal, WallClock } from "./types";
import { cachedWallClock } from "./wallClock";

export interface ReadOptions {
  wallClock: WallClock;
  /** Sheet row number of the header row (1 when the journal starts at A1). */
  firstRow?: number;
}

const MAX_MS_PER_DAY = 24 * MS_PER_HOUR;

/** Reads a journal range (headers in its first row) into counted actions and rows left out. */
export function readJournal(grid: Grid, options: ReadOptions): Journal {
  const headers = grid[0] ?? [];
  const columns = mapColumns(headers);
  requireColumns(columns, headers);
  const rowReader = actionReader(columns, cachedWallClock(options.wallClock));
  const firstRow = options.firstRow ?? 1;
  const actions: Action[] = [];
  const anomalies: Anomaly[] = [];
  const years = new Set<number>();
  const end = endOfData(grid);
  for (let i = 1; i < end; i++) {
    const result = rowReader(grid[i]!, firstRow + i);
    if (result === undefined) continue;
    if ("problem" in result) anomalies.push(result);
    else {
      actions.push(result);
      years.add(result.year);
    }
  }
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

/** Most distinct texts a label column remembers (titles may all differ). */
const MAX_REMEMBERED_LABELS = 10_000;

/**
 * cellText of one label column (category, project, association...), remembered: a journal repeats
 * a few labels on every row, and a lookup costs less than cellText's scan for spaces.
 */
function labelReader(index: number): (row: readonly unknown[]) => string {
  if (index < 0) return () => "";
  const labels = new Map<string, string>();
  return (row) => {
    const raw = row[index];
    if (typeof raw !== "string") return cellText(raw);
    let label = labels.get(raw);
    if (label === undefined) {
      label = cellText(raw);
      if (labels.size < MAX_REMEMBERED_LABELS) labels.set(raw, label);
    }
    return label;
  };
}

/** Reads one data row: an action, an anomaly, or undefined for an empty row. */
function actionReader(columns: ColumnMap, wallClock: WallClock) {
  const readName = nameReader(columns);
  const col = (field: keyof ColumnMap) => columns[field]?.index ?? -1;
  const header = (field: keyof ColumnMap) => columns[field]?.header ?? "";
  const [iDate, iEnd, iDecimal, iDuration, iDistance, iPending] = [
    col("date"), col("endDate"), col("decimalHours"), col("duration"), col("distance"), col("pending"),
  ];
  const [iCategory, iProject, iLevel, iAssociation, iRole, iTitle] = [
    col("category"), col("project"), col("level"), col("association"), col("role"), col("title"),
  ];
  const [category, project, level, association, role, title] = [iCategory, iProject, iLevel, iAssociation, iRole, iTitle].map(labelReader);
  // A journal spans a few hundred days: the year of each day is computed once.
  const years = new Map<number, number>();
  const yearOf = (day: number): number => {
    let year = years.get(day);
    if (year === undefined) years.set(day, (year = yearOfDay(day)));
    return year;
  };

  const anomaly = (sheetRow: number, field: keyof ColumnMap, problem: string, pending = false): Anomaly => ({
    row: sheetRow, column: header(field), problem, pending,
  });

  return (row: readonly unknown[], sheetRow: number): Action | Anomaly | undefined => {
    const dateCell = row[iDate];
    const useDecimal = iDuration < 0 || (iDecimal >= 0 && !isBlank(row[iDecimal]));
    const durationField = useDecimal ? "decimalHours" : "duration";
    const durationCell = row[useDecimal ? iDecimal : iDuration];
    if (isBlank(dateCell) && isBlank(durationCell) && rowIsEmpty(row)) return undefined;

    if (iPending >= 0) {
      const pending = readBoolean(row[iPending]);
      if (pending === undefined) return anomaly(sheetRow, "pending", `Valeur illisible ${quoteCell(row[iPending])} : attendu Oui ou Non`);
      if (pending) return anomaly(sheetRow, "pending", "Action en attente de modération : non comptée tant qu'elle n'est pas validée", true);
    }
    if (isBlank(dateCell)) return anomaly(sheetRow, "date", "Date manquante");
    const day = readDay(dateCell, wallClock);
    if (day === undefined) return anomaly(sheetRow, "date", `Date illisible ${quoteCell(dateCell)} : attendu JJ/MM/AAAA ou AAAA-MM-JJ`);
    let endDay = day;
    if (iEnd >= 0 && !isBlank(row[iEnd])) {
      const end = readDay(row[iEnd], wallClock);
      if (end === undefined) return anomaly(sheetRow, "endDate", `Date de fin illisible ${quoteCell(row[iEnd])}`);
      if (end < day) return anomaly(sheetRow, "endDate", `La date de fin (${frenchDate(end)}) précède la date de l'action (${frenchDate(day)})`);
      endDay = end;
    }
    if (isBlank(durationCell)) return anomaly(sheetRow, durationField, "Durée manquante");
    const durationMs = readDurationMs(durationCell, wallClock);
    if (durationMs === undefined) return anomaly(sheetRow, durationField, `Durée illisible ${quoteCell(durationCell)} : attendu par exemple 2,5 ou 2:30 ou 2h30`);
    if (durationMs < 0) return anomaly(sheetRow, durationField, `Durée négative ${quoteCell(durationCell)}`);
    let distanceM = 0;
    if (iDistance >= 0) {
      const km = readNumber(row[iDistance], 0);
      if (km === undefined) return anomaly(sheetRow, "distance", `Distance illisible ${quoteCell(row[iDistance])} : attendu un nombre de km`);
      if (km < 0) return anomaly(sheetRow, "distance", `Distance négative ${quoteCell(row[iDistance])}`);
      distanceM = Math.round(km * 1000);
    }
    if (durationMs === 0 && distanceM === 0) return anomaly(sheetRow, durationField, "Durée nulle sans distance : rien à compter");
    const days = endDay - day + 1;
    if (durationMs > days * MAX_MS_PER_DAY) {
      return anomaly(sheetRow, durationField, `Durée de ${frenchHours(durationMs)} h supérieure à 24 h par jour de l'action (${days} jour${days > 1 ? "s" : ""})`);
    }
    const name = readName(row);
    return {
      row: sheetRow,
      volunteerKey: name.key,
      volunteer: name.display,
      anonymous: name.key === "",
      day,
      endDay,
      year: yearOf(day),
      durationMs,
      distanceM,
      category: category(row),
      project: project(row),
      level: level(row),
      association: association(row),
      role: role(row),
      title: title(row),
    };
  };
}

