import { entriesFileName, entriesImportContent } from "./entriesFile";
import { pahekoCsv, pahekoFileName } from "./paheko";
import type { ExportSection } from "./section";
import { sheetCsv } from "./sheetCsv";
import { slug } from "../text/slug";
import { BLANK_LABELS } from "../valuation/valuation";

export interface ExportFile {
  name: string;
  content: string;
  /** The entries import file is written in ISO 8859-15 (latin9Bytes), every other file in UTF-8. */
  charset?: "ISO-8859-15";
}

/** A file of one association's set: its name carries the association's ("benevoles-2025-club-sportif.csv"). */
export function sectionFileName(section: Pick<ExportSection, "association">, name: string): string {
  // the actions with no association beside named ones are named so; a journal's only, nameless, association is not
  const { name: association, title } = section.association;
  const part = slug(association || (title === BLANK_LABELS.association ? title : ""));
  if (!part) return name;
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}-${part}${name.slice(dot)}`;
}

/**
 * The files of a yearly report's section (exportSection): per-volunteer totals and the accounting
 * table as French CSV; then, when there is something to enter, the closing entries twice: in the
 * A47 A-1 layout for any accounting software (ISO 8859-15), and in Paheko's CSV import layout (UTF-8).
 */
export function reportTextFiles(section: ExportSection): ExportFile[] {
  const short = section.period.short;
  const files: ExportFile[] = [{ name: `benevoles-${short}.csv`, content: sheetCsv(section.volunteers) }];
  const a = section.accounting;
  if (a) files.push({ name: `comptabilite-${short}.csv`, content: sheetCsv(a.table) });
  const siren = section.siren;
  if (a && a.entries.length > 0) {
    files.push(
      { name: entriesFileName(a.closingDay, siren), content: entriesImportContent(a.entries, a.closingDay), charset: "ISO-8859-15" },
      { name: pahekoFileName(a.closingDay, siren), content: pahekoCsv(a.entries) },
    );
  }
  return files.map((f) => ({ ...f, name: sectionFileName(section, f.name) }));
}
