import { yearOfDay } from "../../values/calendar";
import { type Column, WIDTHS, widened, widthOf } from "./column";
import { ANONYMOUS, type VolunteerName } from "../names";
import type { Action } from "../types";

/** The label columns an action carries, each read into its own dictionary. */
export const LABEL_COLUMNS = ["category", "project", "level", "association", "role"] as const;
export type LabelColumn = (typeof LABEL_COLUMNS)[number];

/** What the actions of one journal share: the people and the distinct labels of each column. */
export interface ActionDictionaries {
  /** Index 0 is the anonymous volunteer (key ""). */
  readonly people: readonly VolunteerName[];
  readonly labels: Readonly<Record<LabelColumn, readonly string[]>>;
}

/**
 * Counted actions, one typed array per field (row i of each array is action i). A million
 * actions are a few typed arrays rather than a million objects: reading, grouping and summing
 * them allocates almost nothing. Volunteers and labels are ids into the shared dictionaries.
 */
export interface ActionTable extends Readonly<Record<LabelColumn, Column>> {
  readonly length: number;
  readonly dictionaries: ActionDictionaries;
  /** Id in dictionaries.people. */
  readonly volunteer: Column;
  /** Days since 1970-01-01 on the spreadsheet's wall clock. */
  readonly day: Int32Array;
  /** Sheet row of the action in the journal (the header row being the first row read). */
  readonly row: Int32Array;
  /** Id of the action's title among the journal's titles; 0 when it has none (see dayChecks.ts). */
  readonly title: Column;
  /** Days the action lasts after `day` (0 for a one-day action). */
  readonly extraDays: Column;
  /** Whole milliseconds and whole metres: sums stay exact. */
  readonly durationMs: Column;
  readonly distanceM: Column;
  /**
   * 1 where a row starts an action, 0 where it continues one: once spread over its days
   * (spread.ts), an action of several days is one row per day, and counts once, on its first day.
   * Undefined when every row is a whole action. Whatever counts actions adds starts[i], not 1.
   */
  readonly starts?: Uint8Array;
}

/**
 * Columns being written, for `capacity` actions at most, each as narrow as its values allow: a
 * million ids of a few dozen labels take 1 MB, not 4 or 8. Memory is what a journal of a million
 * rows costs most: writing it, and the garbage collections its allocation sets off. Label ids and
 * extra days start at one byte, volunteer ids at two, milliseconds and metres at four; a column is
 * widened, keeping what it holds, the first time a value does not fit (a 30-day action of 700 h
 * needs doubles for its milliseconds). The five label columns share one width.
 */
export class ActionTableWriter {
  private day: Int32Array;
  private row: Int32Array;
  private title: Column;
  private volunteer: Column;
  private extraDays: Column;
  private durationMs: Column;
  private distanceM: Column;
  private category: Column;
  private project: Column;
  private level: Column;
  private association: Column;
  private role: Column;
  // the largest value each column holds at its width
  private maxVolunteer: number;
  private maxExtraDays: number;
  private maxDuration: number;
  private maxDistance: number;
  private maxLabel: number;
  private maxTitle: number;
  private length = 0;

  /** `capacity`: the actions to make room for; the columns double when one more comes (a journal read as a stream). */
  constructor(private capacity: number) {
    this.day = new Int32Array(capacity);
    this.row = new Int32Array(capacity);
    // widths are indexes in WIDTHS: 0 one byte, 1 two, 2 four
    [this.volunteer, this.maxVolunteer] = this.column(1);
    [this.extraDays, this.maxExtraDays] = this.column(0);
    [this.durationMs, this.maxDuration] = this.column(2);
    [this.distanceM, this.maxDistance] = this.column(2);
    [this.category, this.maxLabel] = this.column(0);
    [this.project] = this.column(0);
    [this.level] = this.column(0);
    [this.association] = this.column(0);
    [this.role] = this.column(0);
    [this.title, this.maxTitle] = this.column(1);
  }

  /** Appends an action (every value a non-negative whole number; ids index the dictionaries). */
  write(
    day: number, volunteer: number, extraDays: number, durationMs: number, distanceM: number,
    category: number, project: number, level: number, association: number, role: number, row: number, title: number,
  ): void {
    const label = Math.max(category, project, level, association, role);
    if (volunteer > this.maxVolunteer || extraDays > this.maxExtraDays || durationMs > this.maxDuration ||
      distanceM > this.maxDistance || label > this.maxLabel || title > this.maxTitle || this.length === this.capacity) {
      this.widen(volunteer, extraDays, durationMs, distanceM, label, title);
    }
    const n = this.length++;
    this.day[n] = day;
    this.row[n] = row;
    this.title[n] = title;
    this.volunteer[n] = volunteer;
    this.extraDays[n] = extraDays;
    this.durationMs[n] = durationMs;
    this.distanceM[n] = distanceM;
    this.category[n] = category;
    this.project[n] = project;
    this.level[n] = level;
    this.association[n] = association;
    this.role[n] = role;
  }

  /** The actions written (views, not copies). */
  finish(dictionaries: ActionDictionaries): ActionTable {
    const length = this.length;
    const cut = <C extends Column>(c: C): C => (c.length === length ? c : (c.subarray(0, length) as C));
    return tableObject(length, dictionaries, {
      volunteer: cut(this.volunteer), day: cut(this.day), row: cut(this.row), title: cut(this.title), extraDays: cut(this.extraDays),
      durationMs: cut(this.durationMs), distanceM: cut(this.distanceM), category: cut(this.category),
      project: cut(this.project), level: cut(this.level), association: cut(this.association), role: cut(this.role),
    });
  }

  /** An empty column at a width (index in WIDTHS), with the largest value it holds. */
  private column(width: number): [Column, number] {
    return [WIDTHS[width]!.make(this.capacity), WIDTHS[width]!.max];
  }

  /** Widens the columns whose new value does not fit; doubles them all when full. */
  private widen(volunteer: number, extraDays: number, durationMs: number, distanceM: number, label: number, title: number): void {
    if (this.length === this.capacity) {
      const capacity = (this.capacity = Math.max(1024, this.capacity * 2));
      // every column: the writer's only typed arrays
      const self = this as unknown as Record<string, unknown>;
      for (const key in self) {
        const column = self[key];
        if (ArrayBuffer.isView(column)) {
          const copy = new (column.constructor as new (n: number) => Column)(capacity);
          copy.set(column as Column);
          self[key] = copy;
        }
      }
    }
    // Columns passed, not named: the add-on's build shortens these property names (scripts/build.mjs).
    const wider = (column: Column, value: number, max: number): [Column, number] => {
      if (value <= max) return [column, max];
      const width = widthOf(value);
      return [widened(column, width, this.capacity, this.length), WIDTHS[width]!.max];
    };
    [this.volunteer, this.maxVolunteer] = wider(this.volunteer, volunteer, this.maxVolunteer);
    [this.extraDays, this.maxExtraDays] = wider(this.extraDays, extraDays, this.maxExtraDays);
    [this.durationMs, this.maxDuration] = wider(this.durationMs, durationMs, this.maxDuration);
    [this.distanceM, this.maxDistance] = wider(this.distanceM, distanceM, this.maxDistance);
    [this.title, this.maxTitle] = wider(this.title, title, this.maxTitle);
    const maxLabel = this.maxLabel;
    for (const c of LABEL_COLUMNS) [this[c], this.maxLabel] = wider(this[c], label, maxLabel);
  }
}

export type TableColumns = Omit<ActionTable, "length" | "dictionaries">;

/** One object literal for every table: they all share one shape, so the loops reading their columns stay fast. */
export function tableObject(length: number, dictionaries: ActionDictionaries, c: TableColumns): ActionTable {
  return {
    length,
    dictionaries,
    volunteer: c.volunteer,
    day: c.day,
    row: c.row,
    title: c.title,
    extraDays: c.extraDays,
    durationMs: c.durationMs,
    distanceM: c.distanceM,
    category: c.category,
    project: c.project,
    level: c.level,
    association: c.association,
    role: c.role,
    starts: c.starts,
  };
}

/** The same columns with other dictionaries (once the spellings of a journal are grouped). */
export function withDictionaries(table: ActionTable, dictionaries: ActionDictionaries): ActionTable {
  return tableObject(table.length, dictionaries, table);
}

/** Some actions of a table: the indexes of the chosen ones, in journal order. */
export interface ActionSelection {
  readonly table: ActionTable;
  readonly indexes: Int32Array;
}

/** A whole table, or some of its actions. */
export type Actions = ActionTable | ActionSelection;

const wholeTables = new WeakMap<ActionTable, ActionSelection>();

/** The table behind `actions`. */
export function tableOf(actions: Actions): ActionTable {
  return "table" in actions ? actions.table : actions;
}

/** The selection behind `actions` (for a table: all its actions, the same object each time). */
export function selection(actions: Actions): ActionSelection {
  if ("table" in actions) return actions;
  let whole = wholeTables.get(actions);
  if (!whole) {
    const indexes = new Int32Array(actions.length);
    for (let i = 0; i < indexes.length; i++) indexes[i] = i;
    wholeTables.set(actions, (whole = { table: actions, indexes }));
  }
  return whole;
}

/** The actions of the days from `fromDay` to `untilDay` excluded. */
export function selectDays(table: ActionTable, fromDay: number, untilDay: number): ActionSelection {
  const day = table.day;
  // branch-free (1 inside, 0 outside): a journal not in date order would mispredict every other row
  let count = 0;
  for (let i = 0; i < day.length; i++) count += 1 ^ (((day[i]! - fromDay) | (untilDay - 1 - day[i]!)) >>> 31);
  const indexes = new Int32Array(count + 1);
  let n = 0;
  for (let i = 0; i < day.length; i++) {
    indexes[n] = i;
    n += 1 ^ (((day[i]! - fromDay) | (untilDay - 1 - day[i]!)) >>> 31);
  }
  return { table, indexes: indexes.subarray(0, count) };
}

/** The actions among these that pass the test (given an action's index in the table). */
export function selectWhere(actions: Actions, test: (i: number) => boolean): ActionSelection {
  const { table, indexes } = selection(actions);
  return { table, indexes: indexes.filter(test) };
}

/** How many actions these rows are: the pieces of an action spread over its days count once. */
export function actionCount(actions: Actions): number {
  const indexes = "table" in actions ? actions.indexes : undefined;
  const starts = tableOf(actions).starts;
  const n = indexes ? indexes.length : (actions as ActionTable).length;
  if (!starts) return n;
  let count = 0;
  for (let k = 0; k < n; k++) count += starts[indexes ? indexes[k]! : k]!;
  return count;
}

/**
 * Row i as an object (for display and tests; the sums never build these). A piece of an action
 * spread over its days (spread.ts) is its own day: `day` and `endDay` are that day, `durationMs`
 * and `distanceM` its share; `startsAction` is false on every piece but the first.
 */
export function actionAt(table: ActionTable, i: number): Action {
  const person = table.dictionaries.people[table.volunteer[i]!]!;
  const label = (column: LabelColumn) => table.dictionaries.labels[column][table[column][i]!]!;
  return {
    volunteerKey: person.key,
    volunteer: person.display,
    anonymous: person.key === "",
    day: table.day[i]!,
    endDay: table.day[i]! + table.extraDays[i]!,
    year: yearOfDay(table.day[i]!),
    durationMs: table.durationMs[i]!,
    distanceM: table.distanceM[i]!,
    category: label("category"),
    project: label("project"),
    level: label("level"),
    association: label("association"),
    role: label("role"),
    startsAction: table.starts ? table.starts[i] === 1 : true,
  };
}

export function actionList(actions: Actions): Action[] {
  const { table, indexes } = selection(actions);
  return Array.from(indexes, (i) => actionAt(table, i));
}

/** Interns texts: the same text always gets the same id (its index in `list`). */
export class Dictionary {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}

/** An action as `tableOfActions` takes it: `startsAction` true when omitted. */
export type ActionInput = Omit<Action, "year" | "startsAction"> & { startsAction?: boolean };

/**
 * A table from action objects (a hand-built list, or actionList's output; `year` is derived from
 * `day`). A list holding pieces (`startsAction` false) gives a table with `starts`.
 */
export function tableOfActions(actions: readonly ActionInput[]): ActionTable {
  const out = new ActionTableWriter(actions.length);
  const people: VolunteerName[] = [{ key: "", display: ANONYMOUS, id: 0 }];
  const personIds = new Map<string, number>([["", 0]]);
  const labels = labelDictionaries();
  actions.forEach((a, i) => {
    const key = a.anonymous ? "" : a.volunteerKey;
    let id = personIds.get(key);
    if (id === undefined) {
      id = people.length;
      people.push({ key, display: a.volunteer, id });
      personIds.set(key, id);
    }
    const [category, project, level, association, role] = LABEL_COLUMNS.map((l) => labels[l].id(a[l]));
    out.write(a.day, id, a.endDay - a.day, a.durationMs, a.distanceM, category!, project!, level!, association!, role!, i + 2, 0);
  });
  const table = out.finish({ people, labels: labelLists(labels) });
  if (actions.every((a) => a.startsAction !== false)) return table;
  return tableObject(table.length, table.dictionaries, { ...table, starts: Uint8Array.from(actions, (a) => (a.startsAction === false ? 0 : 1)) });
}

/** One empty dictionary per label column. */
export function labelDictionaries(): Record<LabelColumn, Dictionary> {
  return Object.fromEntries(LABEL_COLUMNS.map((l) => [l, new Dictionary()])) as Record<LabelColumn, Dictionary>;
}

/** The texts of each label column, by id. */
export function labelLists(dictionaries: Record<LabelColumn, Dictionary>): Record<LabelColumn, readonly string[]> {
  return Object.fromEntries(LABEL_COLUMNS.map((l) => [l, dictionaries[l].list])) as Record<LabelColumn, string[]>;
}
