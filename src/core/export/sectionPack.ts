import type { Entry } from "../accounting/entries";
import type { ExportSection, ExportTable } from "./section";

/*
 * An ExportSection as the add-on's server sends it to the sidebar page: arrays in a fixed order
 * instead of objects, as documentPack.ts does and for the same reason (the Apps Script bundle
 * shortens the entries' field names, scripts/build.mjs OWN_MEMBERS; the page's bundle does not).
 * The tables' cells travel whole: a number, a text, { cents } or { day }, keys that cross JSON
 * elsewhere too. The command line goes the same way, so every file test runs through this packing.
 */
type PackedTable = [headers: ExportTable["headers"], rows: ExportTable["rows"], formats: ExportTable["formats"]];
type PackedLine = [account: string, accountLabel: string, label: string, debitCents: number, creditCents: number];
type PackedEntry = [num: number, journal: string, journalLabel: string, day: number, pieceRef: string, pieceDay: number, label: string, lines: PackedLine[]];
export type PackedExportSection = [
  name: string, title: string, short: string, siren: string, volunteers: PackedTable,
  accounting: [table: PackedTable, closingDay: number, entries: PackedEntry[]] | null,
];

const table = (t: ExportTable): PackedTable => [t.headers, t.rows, t.formats];

/** The server's side. */
export function packExportSection(s: ExportSection): PackedExportSection {
  const a = s.accounting;
  return [s.association.name, s.association.title, s.period.short, s.siren, table(s.volunteers), a && [table(a.table), a.closingDay, a.entries.map((e) => [
    e.num, e.journal.code, e.journal.label, e.day, e.pieceRef, e.pieceDay, e.label,
    e.lines.map((l) => [l.account.number, l.account.label, l.label, l.debitCents, l.creditCents]),
  ])]];
}

const unpackTable = ([headers, rows, formats]: PackedTable): ExportTable => ({ headers, rows, formats });

/** The page's side (and the command line's). */
export function unpackExportSection([name, title, short, siren, volunteers, accounting]: PackedExportSection): ExportSection {
  return {
    association: { name, title },
    period: { short },
    siren,
    volunteers: unpackTable(volunteers),
    accounting: accounting && {
      table: unpackTable(accounting[0]),
      closingDay: accounting[1],
      entries: accounting[2].map(([num, code, journalLabel, day, pieceRef, pieceDay, label, lines]): Entry => ({
        num, journal: { code, label: journalLabel }, day, pieceRef, pieceDay, label,
        lines: lines.map(([number, accountLabel, lineLabel, debitCents, creditCents]) => ({
          account: { number, label: accountLabel }, label: lineLabel, debitCents, creditCents,
        })),
      })),
    },
  };
}
