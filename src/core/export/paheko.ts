import type { Entry } from "../accounting/entries";
import { frenchDate } from "../values/calendar";
import { frenchCsv, money } from "./csv";
import { entriesFileStem } from "./entriesFile";

/*
 * The closing entries in Paheko's « Complet » import layout (github.com/paheko/paheko, commit
 * 51fc59bc: src/include/lib/Paheko/Accounting/Export.php COLUMNS_FULL for the headers, Import.php for
 * how they are read). Paheko matches a column by its header, case aside; it reads UTF-8 (a BOM is
 * skipped, CSV.php), finds the ";" separator on the first line, dates as JJ/MM/AAAA and amounts as
 * 142,02. « Simplifié » has one debit and one credit account a row: Paheko files our entries, which
 * use no bank account, as « avancées », which that layout is not meant for.
 *
 * No « Numéro d'écriture » column: Paheko would take it for the number of an entry to update. Without
 * it, consecutive rows with the same « Numéro pièce comptable » make one entry, as in the A47 file.
 * No « Type » either (an empty one is refused; Paheko works it out from the accounts), no « Projet
 * analytique » (it must exist in Paheko: the project is in the line's label).
 */
const HEADERS = ["Numéro pièce comptable", "Date", "Libellé", "Numéro compte", "Libellé compte", "Débit", "Crédit", "Libellé ligne"];

/** The entries as a CSV Paheko imports (Comptabilité > Exercices > Importer, type « Complet »). */
export function pahekoCsv(entries: readonly Entry[]): string {
  const rows = entries.flatMap((e) =>
    e.lines.map((l) => [
      e.pieceRef, frenchDate(e.day), e.label, l.account.number, l.account.label,
      l.debitCents ? money(l.debitCents) : "", l.creditCents ? money(l.creditCents) : "", l.label,
    ]),
  );
  return frenchCsv([HEADERS, ...rows]);
}

/** "ecritures-benevolat-paheko-<SIREN>-<AAAAMMJJ>.csv" (no SIREN: "ecritures-benevolat-paheko-<AAAAMMJJ>.csv"). */
export function pahekoFileName(closingDay: number, siren?: string): string {
  return `${entriesFileStem(closingDay, siren, "paheko")}.csv`;
}
