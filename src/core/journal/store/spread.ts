import { type ActionTable, LABEL_COLUMNS, type LabelColumn, tableObject } from "./actionTable";
import type { Column } from "./column";

/**
 * The table with every action of several days spread evenly over its days: one row (a piece) per
 * day, so that each calendar year, accounting year, month and SMIC period gets the hours of its
 * own days. Pieces keep the action's volunteer, labels, title and sheet row; the milliseconds are
 * split in whole milliseconds (the remainder's extra milliseconds go to the first days: the pieces
 * add up to the action exactly); the distance stays whole on the first piece, since a trip is
 * made, and given up for a receipt, once, in the period the action starts. `starts` marks the
 * first piece: the action still counts once, on its start day. A piece that would hold nothing
 * (an action of fewer milliseconds than days, or of none) is not made. Rows keep journal order.
 *
 * A table without an action of several days is returned as is (no copy: the common case).
 *
 * `consume`: the table is the caller's own (a journal's, as read), written over when its columns'
 * memory has room for the pieces (it has a row for every data row, counted or not): a million-row
 * journal is then not copied, nor a collection of the heap set off. It must not be used afterwards.
 */
export function spreadOverDays(table: ActionTable, consume = false): ActionTable {
  const pieces = pieceCount(table);
  if (pieces < 0) return table;
  const columns = [...LABEL_COLUMNS.map((c) => table[c]), table.volunteer, table.title, table.day, table.row, table.extraDays, table.durationMs, table.distanceM];
  if (consume && columns.every((c) => c.buffer.byteLength - c.byteOffset >= pieces * c.BYTES_PER_ELEMENT)) {
    return spread(table, pieces, (c) => new (c.constructor as new (b: ArrayBufferLike, at: number, n: number) => typeof c)(c.buffer, c.byteOffset, pieces), false);
  }
  return spread(table, pieces, (c) => new (c.constructor as new (n: number) => typeof c)(pieces), true);
}

/** Rows once spread; -1 when no action lasts several days. */
function pieceCount({ extraDays, durationMs, length }: ActionTable): number {
  let pieces = 0;
  let multiDay = false;
  for (let i = 0; i < length; i++) {
    if (extraDays[i] !== 0) {
      multiDay = true;
      pieces += Math.min(extraDays[i]!, Math.max(0, durationMs[i]! - 1));
    }
  }
  return multiDay ? length + pieces : -1;
}

/**
 * Writes the pieces into the columns `column` gives for each of the table's (new ones, filled
 * from the table when `copy`; else the table's own, made longer): rows move towards the end, from
 * the last action of several days back to the first, each action's pieces written where it was.
 * Moving back to front reads every row before anything is written over it.
 */
function spread(table: ActionTable, pieces: number, column: <C extends Column>(c: C) => C, copy: boolean): ActionTable {
  const { extraDays, durationMs, length } = table;
  const labels = Object.fromEntries(LABEL_COLUMNS.map((c) => [c, column(table[c])])) as Record<LabelColumn, Column>;
  const out = {
    ...labels, volunteer: column(table.volunteer), title: column(table.title), day: column(table.day), row: column(table.row),
    extraDays: column(extraDays), durationMs: column(durationMs), distanceM: column(table.distanceM), starts: new Uint8Array(pieces),
  };
  // the columns a piece takes from its action as they are (the first `kept`), then the others
  const sources: Column[] = [table.volunteer, table.title, table.row, ...LABEL_COLUMNS.map((c) => table[c]), table.day, durationMs, table.distanceM];
  const targets: Column[] = [out.volunteer, out.title, out.row, ...LABEL_COLUMNS.map((c) => labels[c]), out.day, out.durationMs, out.distanceM];
  const kept = sources.length - 3;
  if (copy) for (let c = 0; c < sources.length; c++) targets[c]!.set(sources[c]!);
  out.starts.fill(1);
  let end = length;
  let o = pieces;
  for (let i = length - 1; i >= 0; i--) {
    const extra = extraDays[i]!;
    if (extra === 0) continue;
    // the one-day rows after this action, moved along in one move per column
    o -= end - i - 1;
    if (o !== i + 1) for (let c = 0; c < targets.length; c++) targets[c]!.copyWithin(o, i + 1, end);
    const days = extra + 1;
    const total = durationMs[i]!;
    const base = Math.floor(total / days);
    const remainder = total - base * days;
    // the shares only decrease: past the first day, a day whose share is 0 gets no piece
    const count = base > 0 ? days : Math.max(1, remainder);
    const day = table.day[i]!;
    const distance = table.distanceM[i]!;
    o -= count;
    for (let c = 0; c < kept; c++) targets[c]!.fill(sources[c]![i]!, o, o + count);
    for (let d = 0; d < count; d++) {
      out.day[o + d] = day + d;
      out.durationMs[o + d] = d < remainder ? base + 1 : base;
      out.distanceM[o + d] = d === 0 ? distance : 0;
      out.starts[o + d] = d === 0 ? 1 : 0;
    }
    end = i;
  }
  out.extraDays.fill(0);
  return tableObject(pieces, table.dictionaries, out);
}
