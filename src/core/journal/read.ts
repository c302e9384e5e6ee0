import { MS_PER_DAY, MS_PER_HOUR, frenchDate, today as todayDay, yearOfDay } from "../values/calendar";
import { frenchHours } from "../values/hours";
import { readBoolean } from "../values/booleans";
import { isCellError } from "../values/cellErrors";
import { dayOfInstant, hasTwoDigitYear, readDay } from "../values/dates";
import { durationOfInstant, readDurationMs } from "../values/durations";
import { type ActionTable, ActionTableWriter, cachedWallClock, type CachedWallClock, DayMemo, Dictionary, IdMemo, LABEL_COLUMNS, type LabelColumn, labelDictionaries, labelLists, spreadOverDays, UNKNOWN, type ZoneOffsets } from "./store";
import { readNumber } from "../values/numbers";
import type { AliasTable } from "../aliases/table";
import { identityKey } from "../text/identity";
import { cellText, isBlank } from "./cells";
import { type ColumnMap, type Field, mapColumns, requireColumns } from "./columns";
import { FindingList } from "./findings";
import { resolveIdentities } from "./identities";
import { checkVolunteerDays } from "./dayChecks";
import { groupByVolunteerDay } from "./volunteerDays";
import { ERROR_NAME_ID, NameReader, type VolunteerName } from "./names";
import { BLANK, type CountedRow, RowValues, judgeRow } from "./rowRules";
import type { Grid, Journal, RejectedRow, WallClock } from "./types";

export interface ReadOptions {
  wallClock: WallClock;
  /** Sheet row number of the header row (1 when the journal starts at A1). */
  firstRow?: number;
  /** Today, as days since 1970-01-01: a date more than a year later is an error. Default: the system clock's day. */
  today?: number;
  /** Rows a file reader could not hand over as cells: each is an error, not read. */
  rejectedRows?: readonly RejectedRow[];
  /** The treasurer's alias table: spellings to group under a retained name. */
  aliases?: AliasTable;
}

/**
 * Reads a journal range (headers in its first row) into counted actions and findings: rows left
 * out with their reason, rows counted but to check. The rules of a row are in rowRules.ts; the
 * grouping of spellings in identities.ts; identical rows and long days in dayChecks.ts. These look
 * at the actions as written; the journal then holds them spread over their days (store/spread.ts).
 */
export function readJournal(grid: Grid, options: ReadOptions): Journal {
  const end = endOfData(grid);
  const firstRow = options.firstRow ?? 1;
  const read = startRead(grid[0] ?? [], options, Math.max(end - 1, 0));
  const rejected = new Map((options.rejectedRows ?? []).map((r) => [r.index, r]));
  for (let i = 1; i < end; i++) {
    const refused = rejected.size ? rejected.get(i) : undefined;
    if (refused) read.findings.addRaw(firstRow + i, refused.column, "erreur", refused.problem);
    else read.reader.read(grid[i]!, firstRow + i);
  }
  return finishRead(read, options);
}

/** A journal read row by row, as a file is streamed (the command line): the rules of readJournal, rows handed one at a time. */
export interface JournalReader {
  /** A data row at its sheet row (rows come in order; empty rows are skipped). */
  row(cells: readonly unknown[], sheetRow: number): void;
  /** A row the file reader could not hand over as cells: an error, not read. */
  reject(sheetRow: number, column: string, problem: string): void;
  /** The journal of the rows handed. */
  finish(): Journal;
}

/** Reads a journal whose rows come one at a time; `headers` as readJournal takes its first row (withColumns applies). */
export function journalReader(headers: readonly unknown[], options: Omit<ReadOptions, "firstRow" | "rejectedRows">): JournalReader {
  // the table grows as rows come (a stream has no known length)
  const read = startRead(headers, options, 0);
  return {
    row: (cells, sheetRow) => read.reader.read(cells, sheetRow),
    reject: (sheetRow, column, problem) => read.findings.addRaw(sheetRow, column, "erreur", problem),
    finish: () => finishRead(read, options),
  };
}

interface ReadState extends RowSink {
  columns: ColumnMap;
  reader: RowReader;
}

function startRead(headers: readonly unknown[], options: ReadOptions, capacity: number): ReadState {
  const columns = mapColumns(headers);
  requireColumns(columns, headers);
  const read = { out: new ActionTableWriter(capacity), people: [], labels: labelDictionaries(), findings: new FindingList(columns), years: new Set<number>(), columns } as Omit<ReadState, "reader"> as ReadState;
  read.reader = new RowReader(columns, cachedWallClock(options.wallClock), options.today ?? todayDay(), read);
  return read;
}

function finishRead({ columns, reader, out, people, labels, findings, years }: ReadState, options: ReadOptions): Journal {
  reader.release();
  const spellings = out.finish({ people, labels: labelLists(labels) });
  const { actions, merges, aliasMerges, aliasIssues, possibleDuplicates, keys } = resolveIdentities(spellings, columns, options.aliases);
  for (const m of merges) findings.addRaw(m.row, m.column, "verifier", m.problem);
  const days = groupByVolunteerDay(actions);
  const { identical, longDays } = days ? checkVolunteerDays(actions, days) : { identical: [], longDays: [] };
  if (columns.title) {
    for (const d of identical) {
      findings.addRaw(d.row, columns.title.header, "verifier", `Ligne identique à la ligne ${d.sameAs} (même bénévole, date, durée et titre) : comptée deux fois ?`);
    }
  }
  for (const d of longDays) {
    const who = actions.dictionaries.people[d.volunteer]!.display;
    findings.addRaw(d.rows[0]!, durationHeader(columns), "verifier",
      `« ${who} » : ${frenchHours(d.durationMs)} h le ${frenchDate(d.day)} sur ${d.rows.length} lignes (${rowList(d.rows)}), plus de 24 h dans la journée : comptées telles quelles, comme le fait Bénévalibre`);
  }
  // the table as read is the reader's own: spread over its memory, not copied
  const spread = spreadOverDays(actions, true);
  if (spread !== actions) addYears(spread, years);
  return {
    actions: spread,
    anomalies: findings.sorted(),
    years: [...years].sort((a, b) => b - a),
    aliasMerges,
    aliasIssues,
    possibleDuplicates,
    keys,
  };
}

/** Adds the years the rows of a spread table reach (an action of 30/12 to 02/01 reaches two). */
function addYears(table: ActionTable, years: Set<number>): void {
  const memo = new DayMemo((day) => {
    years.add(yearOfDay(day));
    return 0;
  });
  for (let i = 0; i < table.length; i++) memo.get(table.day[i]!);
}

/** "2, 4, 5", or the first rows and how many more: a busy day can span dozens of rows. */
function rowList(rows: readonly number[]): string {
  return rows.length <= 5 ? rows.join(", ") : `${rows.slice(0, 4).join(", ")} et ${rows.length - 4} autres`;
}

/** The header of the column the durations come from, for findings about a day's hours. */
function durationHeader(columns: ColumnMap): string {
  return (columns.decimalHours ?? columns.duration ?? columns.endTime)?.header ?? "";
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

/** Label id of a cell holding a spreadsheet error: the row is an error. */
const ERROR_LABEL = -2;

/**
 * Id of a label cell (category, project, association...) in its column's dictionary of spellings.
 * A journal repeats a few labels on every row: the id of each raw text is remembered.
 */
class LabelReader {
  private readonly ids = new IdMemo();
  private readonly blank: number;

  /** `textOf` gives the text interned for a cell's text: the spelling as typed, trimmed, by default. */
  constructor(private readonly index: number, private readonly dictionary: Dictionary, private readonly textOf = (text: string) => text.trim()) {
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
    const id = isCellError(raw) ? ERROR_LABEL : this.dictionary.id(this.textOf(typeof raw === "string" ? raw : cellText(raw)));
    if (typeof raw === "string") this.ids.set(raw, id);
    return id;
  }
}

interface RowSink {
  out: ActionTableWriter;
  people: VolunteerName[];
  labels: Record<LabelColumn, Dictionary>;
  findings: FindingList;
  /** Years of the actions read. */
  years: Set<number>;
}

const SPENT_WRITER = new ActionTableWriter(0);
const SPENT_FINDINGS = new FindingList({});
/** Duration texts read so far ("2:30:00" repeats on every row of a CSV export), up to this many. */
const MAX_REMEMBERED_DURATIONS = 4096;

/**
 * Turns the cells of each data row into values (RowValues), asks the rules (rowRules.ts) whether
 * the row counts, and writes it. The common cell types (Date, number, false, "") are tested first:
 * this runs once per row of journals of a million rows. A class, not a closure made per journal:
 * the engine keeps its optimised code from one journal to the next.
 */
class RowReader {
  private readonly iDate: number;
  private readonly iEnd: number;
  private readonly iHours: number;
  private readonly iClock: number;
  private readonly iStart: number;
  private readonly iEndTime: number;
  private readonly iDistance: number;
  private readonly iPending: number;
  private readonly names: NameReader;
  /** One per label column, in LABEL_COLUMNS order, read in a loop: one call site, inlined once. */
  private readonly labels: LabelReader[];
  private readonly labelIds = new Int32Array(LABEL_COLUMNS.length);
  /** Titles as ids by the identity rule (0: no title), for the search for identical rows. */
  private readonly titles: LabelReader;
  private readonly values = new RowValues();
  private readonly counted: CountedRow = { day: 0, endDay: 0, durationMs: 0, distanceM: 0 };
  private readonly durations = new Map<string, number>();
  /** The years of the actions, noted once per distinct day. */
  private readonly years: DayMemo;
  /** The clock's cached offsets: the Date cells of this realm are read through them directly. */
  private readonly zone: ZoneOffsets;

  constructor(private readonly columns: ColumnMap, private readonly wallClock: CachedWallClock, private readonly today: number, private sink: RowSink) {
    this.zone = wallClock.zone;
    const col = (field: Field) => columns[field]?.index ?? -1;
    [this.iDate, this.iEnd, this.iHours, this.iClock, this.iStart, this.iEndTime, this.iDistance, this.iPending] = [
      col("date"), col("endDate"), col("decimalHours"), col("duration"), col("startTime"), col("endTime"), col("distance"), col("pending"),
    ];
    this.names = new NameReader(columns, sink.people);
    this.values.clock = wallClock;
    this.years = new DayMemo((day) => {
      const year = yearOfDay(day);
      this.sink.years.add(year);
      return year;
    });
    const dictionaries = sink.labels;
    this.labels = LABEL_COLUMNS.map((c) => new LabelReader(col(c), dictionaries[c]));
    this.titles = new LabelReader(col("title"), new Dictionary(), identityKey);
  }

  read(row: readonly unknown[], sheetRow: number): void {
    const v = this.values;
    v.sheetRow = sheetRow;
    v.errorField = "";
    const dateCell = row[this.iDate];
    v.dateCell = dateCell;
    v.day = dateCell instanceof Date ? this.dayOf(dateCell) : this.dayOfCell(dateCell, "date");
    v.twoDigitYear = typeof dateCell === "string" && hasTwoDigitYear(dateCell);
    v.hoursMs = this.iHours < 0 ? BLANK : this.durationOfCell((v.hoursCell = row[this.iHours]), "decimalHours");
    v.clockMs = this.iClock < 0 ? BLANK : this.durationOfCell((v.clockCell = row[this.iClock]), "duration");
    if (v.day === BLANK && v.hoursMs === BLANK && v.clockMs === BLANK && rowIsEmpty(row)) return;
    v.pending = this.iPending < 0 ? 0 : this.pendingOf((v.pendingCell = row[this.iPending]));
    v.endDay = this.iEnd < 0 ? BLANK : this.dayOfCell((v.endCell = row[this.iEnd]), "endDate");
    v.startMs = this.iStart < 0 ? BLANK : this.timeOfCell((v.startCell = row[this.iStart]), "startTime");
    v.endTimeMs = this.iEndTime < 0 ? BLANK : this.timeOfCell((v.endTimeCell = row[this.iEndTime]), "endTime");
    v.distanceM = this.iDistance < 0 ? BLANK : this.distanceOfCell((v.distanceCell = row[this.iDistance]));
    const ids = this.labelIds;
    for (let k = 0; k < ids.length; k++) {
      ids[k] = this.labels[k]!.read(row);
      if (ids[k]! < 0) this.cellError(LABEL_COLUMNS[k]!, row);
    }
    const person = this.names.idOf(row);
    if (person === ERROR_NAME_ID) this.nameError(row);

    const findings = this.sink.findings;
    findings.row = sheetRow;
    const c = this.counted;
    if (!judgeRow(v, this.today, c, findings)) return;
    this.years.get(c.day);
    this.sink.out.write(c.day, person, c.endDay - c.day, Math.round(c.durationMs), Math.round(c.distanceM), ids[0]!, ids[1]!, ids[2]!, ids[3]!, ids[4]!, sheetRow, Math.max(0, this.titles.read(row)));
  }

  // Dates of this realm, the common case, read through the zone's cache in a few lines the loop inlines
  private dayOf(date: Date): number {
    const ms = date.getTime();
    return ms === ms ? dayOfInstant(ms, this.zone.offsetAt(ms)) : NaN;
  }

  /** Day of a date cell: BLANK when empty, NaN when unreadable. */
  private dayOfCell(cell: unknown, field: Field): number {
    if (cell instanceof Date) return this.dayOf(cell);
    if (cell === "" || isBlank(cell)) return BLANK;
    if (isCellError(cell)) return this.markError(field, cell);
    return readDay(cell, this.wallClock) ?? NaN;
  }

  /** Duration of a cell in ms: hours as a number or text, a clock text, or a Sheets duration. */
  private durationOfCell(cell: unknown, field: Field): number {
    if (typeof cell === "number") return Number.isFinite(cell) ? cell * MS_PER_HOUR : NaN;
    if (cell instanceof Date) {
      const ms = cell.getTime();
      return ms === ms ? durationOfInstant(ms, this.zone.offsetAt(ms)) : NaN;
    }
    if (cell === "" || isBlank(cell)) return BLANK;
    if (isCellError(cell)) return this.markError(field, cell);
    if (typeof cell !== "string") return readDurationMs(cell, this.wallClock) ?? NaN;
    let ms = this.durations.get(cell);
    if (ms === undefined) {
      ms = readDurationMs(cell, this.wallClock) ?? NaN;
      if (this.durations.size < MAX_REMEMBERED_DURATIONS) this.durations.set(cell, ms);
    }
    return ms;
  }

  /** Time of day of a cell, in ms since midnight ("14:30", "14h30", a Sheets time or date-time). */
  private timeOfCell(cell: unknown, field: Field): number {
    const ms = this.durationOfCell(cell, field);
    if (cell instanceof Date) return ms === ms ? ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY : ms;
    return ms >= MS_PER_DAY ? NaN : ms;
  }

  private distanceOfCell(cell: unknown): number {
    if (typeof cell === "number") return Number.isFinite(cell) ? cell * 1000 : NaN;
    if (cell === "" || isBlank(cell)) return BLANK;
    if (isCellError(cell)) return this.markError("distance", cell);
    const km = readNumber(cell, 0);
    return km === undefined ? NaN : km * 1000;
  }

  /** 0 counted, 1 pending, NaN unreadable. */
  private pendingOf(cell: unknown): number {
    if (cell === false || cell === "") return 0;
    if (isCellError(cell)) return this.markError("pending", cell);
    const pending = readBoolean(cell);
    return pending === undefined ? NaN : pending ? 1 : 0;
  }

  /**
   * Lets go of the journal: the engine may keep the last reader alive a while after the read
   * (test/core/journal/read.memory.test.ts fails now and then without this), so it drops what it wrote to.
   */
  release(): void {
    this.sink = { out: SPENT_WRITER, people: [], labels: this.sink.labels, findings: SPENT_FINDINGS, years: new Set() };
  }

  private markError(field: Field, code: string): number {
    if (!this.values.errorField) {
      this.values.errorField = field;
      this.values.errorCode = code.trim();
    }
    return NaN;
  }

  private cellError(field: Field, row: readonly unknown[]): void {
    const index = this.columns[field]?.index;
    this.markError(field, String(index === undefined ? "#N/A" : row[index]));
  }

  private nameError(row: readonly unknown[]): void {
    for (const field of ["volunteer", "firstName", "lastName", "pseudo", "email"] as const) {
      const index = this.columns[field]?.index;
      if (index !== undefined && isCellError(row[index])) return void this.markError(field, row[index]);
    }
  }
}
