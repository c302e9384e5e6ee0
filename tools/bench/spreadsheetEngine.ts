// The way treasurers total hours today: one SUMIFS per volunteer, here computed by a real
// spreadsheet engine (HyperFormula, GPL v3) on the same generated journal.

import { HyperFormula } from "hyperformula";
import type { GeneratedJournal } from "./generate";
import { REPORT_YEAR } from "./generate";

export interface SumifsRun {
  rows: number;
  volunteers: number;
  /** Building the workbook (values and one formula per volunteer) and computing it. */
  ms: number;
  /** Hours per volunteer (index as in GeneratedJournal.volunteers). */
  hours: number[];
}

/**
 * Sheet: A name, B hours (a number), C year ("" for a row pending moderation or unreadable, as a
 * treasurer's helper column =IF(pending; ""; YEAR(date)) gives); D the volunteer list,
 * E `=SUMIFS(B; A; name; C; year)` per volunteer.
 */
export function sumifsSheet(journal: GeneratedJournal): (string | number)[][] {
  const facts = journal.facts;
  if (!facts) throw new Error("sumifsSheet: generate the journal with withFacts");
  const n = facts.hours.length;
  const last = n + 1;
  const rows: (string | number)[][] = new Array(Math.max(n, journal.volunteers.length) + 1);
  rows[0] = ["Bénévole", "Heures", "Année", "Liste", "Total"];
  for (let i = 0; i < rows.length - 1; i++) {
    const vi = i < n ? facts.volunteer[i]! : -1;
    const row: (string | number)[] =
      i < n ? [vi >= 0 ? journal.volunteers[vi]! : "", facts.hours[i]!, facts.counted[i] ? facts.year[i]! : ""] : ["", "", ""];
    if (i < journal.volunteers.length) {
      row.push(journal.volunteers[i]!, `=SUMIFS($B$2:$B$${last},$A$2:$A$${last},D${i + 2},$C$2:$C$${last},${REPORT_YEAR})`);
    }
    rows[i + 1] = row;
  }
  return rows;
}

/**
 * Most journal rows the engine accepts as shipped: its default sheet has 40,000 rows (one for the
 * headers). Beyond, buildFromArray throws "Sheet size limit exceeded".
 */
export const ENGINE_MAX_JOURNAL_ROWS = (HyperFormula.defaultConfig.maxRows as number) - 1;

export function runSumifs(journal: GeneratedJournal): SumifsRun {
  const sheet = sumifsSheet(journal);
  const t0 = performance.now();
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const hours: number[] = [];
  for (let i = 0; i < journal.volunteers.length; i++) {
    hours.push(Number(hf.getCellValue({ sheet: 0, row: i + 1, col: 4 })));
  }
  const ms = performance.now() - t0;
  hf.destroy();
  return { rows: journal.facts!.hours.length, volunteers: journal.volunteers.length, ms, hours };
}
