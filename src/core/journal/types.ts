import type { AliasIssue } from "../aliases/table";
import type { ActionTable } from "./store";
import type { AliasMerge, JournalKeys } from "./identities";
import type { PossibleDuplicate } from "./possibleDuplicates";

/** A cell as Sheets hands it to a script, or as a file reader produces it. */
export type Cell = unknown;
/** A range as a 2D array, row by row, first row holding the headers. */
export type Grid = readonly (readonly Cell[])[];

/**
 * Reads an instant handed over by Sheets as the wall-clock time of the spreadsheet's time zone,
 * returned as milliseconds since 1970-01-01 00:00 of that wall clock (as if it were UTC).
 */
export type WallClock = (instant: Date) => number;

/** One readable, counted action of the journal, as an object (the journal keeps them in an ActionTable). */
export interface Action {
  /** Grouping key: name trimmed, inner spaces folded, lower case. "" for anonymous rows. */
  volunteerKey: string;
  /** Display name ("Anonyme" for rows with no name). */
  volunteer: string;
  anonymous: boolean;
  /** Calendar date of the start, as days since 1970-01-01 in the spreadsheet's wall clock. */
  day: number;
  /** Calendar date of the end (same as day for a one-day action, and for a piece of one spread over its days). */
  endDay: number;
  year: number;
  /** Duration in whole milliseconds (exact sums). */
  durationMs: number;
  /** Distance in whole metres (exact sums). */
  distanceM: number;
  category: string;
  project: string;
  level: string;
  association: string;
  role: string;
  /** False on a piece of an action spread over its days (spread.ts) other than its first: the action counts once. */
  startsAction: boolean;
}

/**
 * What a finding says of its row:
 * - "erreur": the row cannot be read; it is left out of every figure;
 * - "verifier": the row is counted but looks wrong (or a guess was made): the treasurer checks it;
 * - "attente": the action waits for moderation; it is left out until validated.
 */
export type FindingKind = "erreur" | "verifier" | "attente";

/** A row of the journal that is left out, or counted but to check, with the reason. */
export interface Anomaly {
  row: number;
  /** Header of the column at fault, as written in the journal. */
  column: string;
  /** French reason. */
  problem: string;
  kind: FindingKind;
}

/**
 * A row a file reader could not hand over as cells (a CSV line with more fields than headers):
 * the journal lists it as an error and leaves it out.
 */
export interface RejectedRow {
  /** Index of the row in the grid (1 is the first row under the headers). */
  index: number;
  /** Header of the column at fault ("" for the whole row). */
  column: string;
  problem: string;
}

export interface Journal {
  /**
   * The counted actions, each action of several days spread over its days (one row per day, see
   * store/spread.ts): count actions with `actionCount`, not `actions.length`.
   */
  actions: ActionTable;
  /** Findings, errors first, then rows to check, then rows pending moderation; by row within each kind. */
  anomalies: Anomaly[];
  /** Years that have counted hours or distance (an action of several days reaches the years of its days), newest first. */
  years: number[];
  /** Spellings the alias table grouped. */
  aliasMerges: AliasMerge[];
  /** Alias-table rows that could not be used, or that match nothing in the journal. */
  aliasIssues: AliasIssue[];
  /** Names that may be one person or association typed two ways: listed, never merged. */
  possibleDuplicates: PossibleDuplicate[];
  /** How a name typed by a user finds its group in this journal (identity rule and alias table). */
  keys: JournalKeys;
}
