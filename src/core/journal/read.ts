import { MS_PER_HOUR, frenchDate, yearOfDay } from "../values/calendar";
import { readBoolean } from "../values/booleans";
import { dayOfInstant, readDay } from "../values/dates";
import { durationOfInstant, readDurationMs } from "../values/durations";
import { frenchHours } from "../values/hours";
import { DayMemo } from "../values/dayMemo";
import { readNumber } from "../values/numbers";
import { ActionTableWriter, type Dictionary, LABEL_COLUMNS, type LabelColumn, labelDictionaries, labelLists } from "./actionTable";
import { cellText, isBlank, quoteCell } from "./cells";
import { type ColumnMap, mapColumns, requireColumns } from "./columns";
import { NameReader, type VolunteerName } from "./names";
import type { Anomaly, Grid, Journal, RejectedRow, WallClock } from "./types";
import { IdMemo, UNKNOWN } from "./textMemo";
import { type CachedWallClock, type ZoneOffsets, cachedWallClock } from "./wallClock";

export interface ReadOptions {
  wallClock: WallClock;
  /** Sheet row number of the header row (1 when the journal starts at A1). */
  firstRow?: number;
  /** Rows the file reader could not hand over as cells: each is an error finding, and is not read. */
  rejectedRows?: readonly RejectedRow[];
}

const MAX_MS_PER_DAY = 24 * MS_PER_HOUR;

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
  const reader = new RowReader(columns, cachedWallClock(options.wallClock), { out, people, labels, anomalies, years });
  const firstRow = options.firstRow ?? 1;
  const rejected = new Map((options.rejectedRows ?? []).map((r) => [r.index, r]));
  // A rejected row cut to the headers' width may be blank, and so beyond the end of the data.
  let last = end;
  for (const i of rejected.keys()) last = Math.max(last, i + 1);
  for (let i = 1; i < last; i++) {
    const r = rejected.size ? rejected.get(i) : undefined;
    if (r) anomalies.push({ row: firstRow + i, column: r.column, problem: r.problem, kind: "erreur" });
    else reader.read(grid[i] ?? [], firstRow + i);
  }
  reader.release();
  lastReader = reader;
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
class LabelReader {
  private readonly ids = new IdMemo();
  private readonly blank: number;

  constructor(private readonly index: number, private readonly dictionary: Dictionary) {
    this.blank = dictionary.id("");
  }

  /** Kept small (a memo hit), so the row reader's loop inlines it. */
  read(row: readonly unknown[]): number {
    if (this.index < 0) return this.blank;
    const raw = row[this.index];
    if (typeof raw === "string") {
      const id = this.ids.get(raw);
      if (id !== UNKNOWN) return id;
    }
    return this.readNew(raw);
  }

  private readNew(raw: unknown): number {
    const id = this.dictionary.id(cellText(raw));
    if (typeof raw === "string") this.ids.set(raw, id);
    return id;
  }
}

/**
 * The last reader, emptied. Optimised code is tied to the hidden classes of the objects it ran
 * on, and the engine drops it once no object of those classes is left: keeping one reader keeps
 * a journal read after a garbage collection as fast as the one before (measured on 10,000 rows:
 * 14 ms for the first read after a collection, 51 ms without this).
 */
let lastReader: RowReader | undefined;

interface RowSink {
  out: ActionTableWriter;
  people: VolunteerName[];
  labels: Record<LabelColumn, Dictionary>;
  anomalies: Anomaly[];
  /** Years of the actions read. */
  years: Set<number>;
}

const SPENT_WRITER = new ActionTableWriter(0);

/**
 * Reads each data row into the writer, or into the anomalies with its reason (an empty row is
 * skipped). The common cell types (Date, number, false, "") are tested first: this runs once per
 * row of journals of a million rows. A class, not a closure made per journal: the engine keeps its
 * optimised code from one journal to the next.
 */
class RowReader {
  private readonly iDate: number;
  private readonly iEnd: number;
  private readonly iDecimal: number;
  private readonly iDuration: number;
  private readonly iDistance: number;
  private readonly iPending: number;
  private readonly names: NameReader;
  /** One per label column, in LABEL_COLUMNS order, read in a loop: one call site, inlined once. */
  private readonly labels: LabelReader[];
  private readonly labelIds = new Int32Array(LABEL_COLUMNS.length);
  /** The years of the actions, noted once per distinct day. */
  private readonly years: DayMemo;
  /** The clock's cached offsets: the Date cells of this realm are read through them directly. */
  private readonly zone: ZoneOffsets;

  constructor(private readonly columns: ColumnMap, private readonly wallClock: CachedWallClock, private sink: RowSink) {
    this.zone = wallClock.zone;
    const col = (field: keyof ColumnMap) => columns[field]?.index ?? -1;
    [this.iDate, this.iEnd, this.iDecimal, this.iDuration, this.iDistance, this.iPending] = [
      col("date"), col("endDate"), col("decimalHours"), col("duration"), col("distance"), col("pending"),
    ];
    this.names = new NameReader(columns, sink.people);
    // No closure here may capture `sink`: the closures of a function share one context, and the
    // reader kept after the read would keep the journal's columns alive through it.
    this.years = new DayMemo((day) => {
      const year = yearOfDay(day);
      this.sink.years.add(year);
      return year;
    });
    const dictionaries = sink.labels;
    this.labels = LABEL_COLUMNS.map((c) => new LabelReader(col(c), dictionaries[c]));
  }

  read(row: readonly unknown[], sheetRow: number): void {
    const { iDate, iEnd, iDecimal, iDuration, iDistance, iPending, wallClock } = this;
    const dateCell = row[iDate];
    const decimalCell = iDecimal >= 0 ? row[iDecimal] : "";
    const useDecimal = iDuration < 0 || typeof decimalCell === "number" || (iDecimal >= 0 && decimalCell !== "" && !isBlank(decimalCell));
    const durationField = useDecimal ? "decimalHours" : "duration";
    const durationCell = useDecimal ? decimalCell : row[iDuration];
    if (typeof dateCell !== "object" && isBlank(dateCell) && isBlank(durationCell) && rowIsEmpty(row)) return;

    if (iPending >= 0) {
      const cell = row[iPending];
      if (cell !== false && cell !== "") {
        const pending = readBoolean(cell);
        if (pending === undefined) return this.anomaly(sheetRow, "pending", `Valeur illisible ${quoteCell(cell)} : attendu Oui ou Non`);
        if (pending) return this.anomaly(sheetRow, "pending", "Action en attente de modération : non comptée tant qu'elle n'est pas validée", true);
      }
    }
    // the common cell types skip the general tests: the loop then has room to inline what it calls
    const isDateCell = dateCell instanceof Date;
    if (!isDateCell && isBlank(dateCell)) return this.anomaly(sheetRow, "date", "Date manquante");
    const day = isDateCell ? this.dayOf(dateCell) : readDay(dateCell, wallClock);
    if (day === undefined) return this.anomaly(sheetRow, "date", `Date illisible ${quoteCell(dateCell)} : attendu JJ/MM/AAAA ou AAAA-MM-JJ`);
    let endDay = day;
    if (iEnd >= 0 && row[iEnd] !== "" && !isBlank(row[iEnd])) {
      const end = readDay(row[iEnd], wallClock);
      if (end === undefined) return this.anomaly(sheetRow, "endDate", `Date de fin illisible ${quoteCell(row[iEnd])}`);
      if (end < day) return this.anomaly(sheetRow, "endDate", `La date de fin (${frenchDate(end)}) précède la date de l'action (${frenchDate(day)})`);
      endDay = end;
    }
    let durationMs: number | undefined;
    if (typeof durationCell === "number" && Number.isFinite(durationCell)) durationMs = Math.round(durationCell * MS_PER_HOUR);
    else {
      const isDateDuration = durationCell instanceof Date;
      if (!isDateDuration && isBlank(durationCell)) return this.anomaly(sheetRow, durationField, "Durée manquante");
      durationMs = isDateDuration ? this.durationOf(durationCell) : readDurationMs(durationCell, wallClock);
      if (durationMs === undefined) return this.anomaly(sheetRow, durationField, `Durée illisible ${quoteCell(durationCell)} : attendu par exemple 2,5 ou 2:30 ou 2h30`);
    }
    if (durationMs < 0) return this.anomaly(sheetRow, durationField, `Durée négative ${quoteCell(durationCell)}`);
    let distanceM = 0;
    if (iDistance >= 0) {
      const cell = row[iDistance];
      const km = typeof cell === "number" && Number.isFinite(cell) ? cell : cell === "" ? 0 : readNumber(cell, 0);
      if (km === undefined) return this.anomaly(sheetRow, "distance", `Distance illisible ${quoteCell(cell)} : attendu un nombre de km`);
      if (km < 0) return this.anomaly(sheetRow, "distance", `Distance négative ${quoteCell(cell)}`);
      distanceM = Math.round(km * 1000);
    }
    if (durationMs === 0 && distanceM === 0) return this.anomaly(sheetRow, durationField, "Durée nulle sans distance : rien à compter");
    const days = endDay - day + 1;
    if (durationMs > days * MAX_MS_PER_DAY) {
      return this.anomaly(sheetRow, durationField, `Durée de ${frenchHours(durationMs)} h supérieure à 24 h par jour de l'action (${days} jour${days > 1 ? "s" : ""})`);
    }
    this.years.get(day);
    const ids = this.labelIds;
    for (let k = 0; k < ids.length; k++) ids[k] = this.labels[k]!.read(row);
    this.sink.out.write(day, this.names.idOf(row), endDay - day, durationMs, distanceM, ids[0]!, ids[1]!, ids[2]!, ids[3]!, ids[4]!);
  }

  // Dates of this realm, the common case, read through the zone's cache in a few lines the loop inlines
  private dayOf(date: Date): number | undefined {
    const ms = date.getTime();
    return ms === ms ? dayOfInstant(ms, this.zone.offsetAt(ms)) : undefined;
  }

  private durationOf(date: Date): number | undefined {
    const ms = date.getTime();
    return ms === ms ? durationOfInstant(ms, this.zone.offsetAt(ms)) : undefined;
  }

  /** Lets go of the journal read: its columns and anomalies (the name and label memos keep its few people and texts). */
  release(): void {
    this.sink = { out: SPENT_WRITER, people: [], labels: this.sink.labels, anomalies: [], years: new Set() };
  }

  private anomaly(sheetRow: number, field: keyof ColumnMap, problem: string, pending = false): void {
    this.sink.anomalies.push({ row: sheetRow, column: this.columns[field]?.header ?? "", problem, kind: pending ? "attente" : "erreur" });
  }
}
