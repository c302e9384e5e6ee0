import type { Entry } from "../accounting/entries";
import { plainAmount } from "../money/cents";
import { isoDate } from "../values/calendar";
import { fileText } from "./fileText";

/*
 * The closing entries as a file for the association's accounting software to import, in the layout
 * of LPF art. A47 A-1 (the FEC's). It is not the FEC: that is the whole ledger of the exercice,
 * produced by the accounting software and named SirenFECAAAAMMJJ (docs/regles/ecritures-fec.md).
 */

/** The 18 fields of LPF art. A47 A-1, in order, as the first line names them. */
export const A47_FIELDS = [
  "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
  "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
] as const;

const SEPARATOR = "\t";
/** CRLF: accepted by the DGFiP's checker (Test Compta Demat) and by every accounting import we know. */
const EOL = "\r\n";

/** YYYYMMDD */
export function compactDate(day: number): string {
  return isoDate(day).replace(/-/g, "");
}

/** A field may not hold the separator, a line break or a control character (fileText). */
function field(text: string): string {
  return fileText(text).trim();
}

/**
 * The text of the entries import file: tab separated, CRLF, dates YYYYMMDD, amounts with a decimal
 * comma and no thousands separator, both Debit and Credit written on every line. ValidDate is the
 * closing date; no lettering, no auxiliary account, no foreign currency. It is written in ISO 8859-15
 * (latin9Bytes), a character set A47 A-1 lists (UTF-8 is not one of them).
 */
export function entriesImportContent(entries: readonly Entry[], validDay: number): string {
  const lines: string[] = [A47_FIELDS.join(SEPARATOR)];
  for (const e of entries) {
    for (const l of e.lines) {
      const record: Record<(typeof A47_FIELDS)[number], string> = {
        JournalCode: e.journal.code,
        JournalLib: e.journal.label,
        EcritureNum: String(e.num),
        EcritureDate: compactDate(e.day),
        CompteNum: l.account.number,
        CompteLib: l.account.label,
        CompAuxNum: "",
        CompAuxLib: "",
        PieceRef: e.pieceRef,
        PieceDate: compactDate(e.pieceDay),
        EcritureLib: l.label,
        Debit: plainAmount(l.debitCents),
        Credit: plainAmount(l.creditCents),
        EcritureLet: "",
        DateLet: "",
        ValidDate: compactDate(validDay),
        Montantdevise: "",
        Idevise: "",
      };
      lines.push(A47_FIELDS.map((f) => field(record[f])).join(SEPARATOR));
    }
  }
  return lines.join(EOL) + EOL;
}

/** "ecritures-benevolat[-<kind>][-<SIREN>]-<AAAAMMJJ>": the entries files of one closing. */
export function entriesFileStem(closingDay: number, siren?: string, kind?: string): string {
  return ["ecritures-benevolat", kind, siren, compactDate(closingDay)].filter(Boolean).join("-");
}

/** "ecritures-benevolat-<SIREN>-<AAAAMMJJ>.txt"; "ecritures-benevolat-<AAAAMMJJ>.txt" without a SIREN. */
export function entriesFileName(closingDay: number, siren?: string): string {
  return `${entriesFileStem(closingDay, siren)}.txt`;
}
