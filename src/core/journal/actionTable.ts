import { yearOfDay } from "../values/calendar";
import { CHUNK_ROWS, type Column, ColumnWriter } from "./column";
import { ANONYMOUS, type VolunteerName } from "./names";
import type { Action } from "./types";

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
  /** Days the action lasts after `day` (0 for a one-day action). */
  readonly extraDays: Column;
  /** Whole milliseconds and whole metres: sums stay exact. */
  readonly durationMs: Column;
  readonly distanceM: Column;
}

type Writers = Record<Exclude<keyof ActionTable, "length" | "dictionaries" | "day">, ColumnWriter>;

/**
 * Columns being written, for `capacity` actions at most: action n's day goes to day[n], its
 * other fields to row n % CHUNK_ROWS of each writer's chunk, copied over by `endRow`.
 */
export class ActionTableWriter {
  readonly day: Int32Array;
  readonly columns: Writers;
  private length = 0;

  constructor(capacity: number) {
    this.day = new Int32Array(capacity);
    const w = () => new ColumnWriter(capacity);
    this.columns = {
      volunteer: w(), extraDays: w(), durationMs: w(), distanceM: w(),
      category: w(), project: w(), level: w(), association: w(), role: w(),
    };
  }

  /** Index of the next action: its day goes to day[next]. */
  get next(): number {
    return this.length;
  }

  /** Row of the next action in the writers' chunks. */
  get chunkRow(): number {
    return this.length % CHUNK_ROWS;
  }

  /** The action at `next` is written. */
  endRow(): void {
    this.length++;
    if (this.length % CHUNK_ROWS === 0) this.flush(CHUNK_ROWS);
  }

  /** The actions written (views, not copies). */
  finish(dictionaries: ActionDictionaries): ActionTable {
    this.flush(this.length % CHUNK_ROWS);
    const c = this.columns;
    const length = this.length;
    // one object literal: every table has the same shape, so the loops reading its columns stay fast
    return {
      length,
      dictionaries,
      volunteer: c.volunteer.finish(),
      day: this.day.length === length ? this.day : this.day.subarray(0, length),
      extraDays: c.extraDays.finish(),
      durationMs: c.durationMs.finish(),
      distanceM: c.distanceM.finish(),
      category: c.category.finish(),
      project: c.project.finish(),
      level: c.level.finish(),
      association: c.association.finish(),
      role: c.role.finish(),
    };
  }

  private flush(rows: number): void {
    for (const writer of Object.values(this.columns)) writer.flush(rows);
  }
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

/** Action i as an object (for display and tests; the sums never build these). */
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

/** A table from action objects (a hand-built list; `year` is derived from `day`). */
export function tableOfActions(actions: readonly Omit<Action, "year">[]): ActionTable {
  const out = new ActionTableWriter(actions.length);
  const c = out.columns;
  const people: VolunteerName[] = [{ key: "", display: ANONYMOUS, id: 0 }];
  const personIds = new Map<string, number>([["", 0]]);
  const labels = labelDictionaries();
  actions.forEach((a) => {
    const key = a.anonymous ? "" : a.volunteerKey;
    let id = personIds.get(key);
    if (id === undefined) {
      id = people.length;
      people.push({ key, display: a.volunteer, id });
      personIds.set(key, id);
    }
    const k = out.chunkRow;
    c.volunteer.chunk[k] = id;
    out.day[out.next] = a.day;
    c.extraDays.chunk[k] = a.endDay - a.day;
    c.durationMs.chunk[k] = a.durationMs;
    c.distanceM.chunk[k] = a.distanceM;
    for (const l of LABEL_COLUMNS) c[l].chunk[k] = labels[l].id(a[l]);
    out.endRow();
  });
  return out.finish({ people, labels: labelLists(labels) });
}

/** One empty dictionary per label column. */
export function labelDictionaries(): Record<LabelColumn, Dictionary> {
  return Object.fromEntries(LABEL_COLUMNS.map((l) => [l, new Dictionary()])) as Record<LabelColumn, Dictionary>;
}

/** The texts of each label column, by id. */
export function labelLists(dictionaries: Record<LabelColumn, Dictionary>): Record<LabelColumn, readonly string[]> {
  return Object.fromEntries(LABEL_COLUMNS.map((l) => [l, dictionaries[l].list])) as Record<LabelColumn, string[]>;
}
