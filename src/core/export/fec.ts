import type { Entry } from "../accounting/entries";
import { plainAmount } from "../money/cents";
import { isoDate } from "../values/calendar";

/** The 18 fields of LPF art. A47 A-1, in order, as the first line names them. */
export const FEC_FIELDS = [
  "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
  "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
] as const;

const SEPARATOR = "\t";
/** CRLF: accepted by the DGFiP's checker (Test Compta Demat) and by every accounting import we know. */
const EOL = "\r\n";

/** YYYYMMDD */
export function fecDate(day: number): string {
  return isoDate(day).replace(/-/g, "");
}

/** A field may not hold the separator or a line break. */
function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ").trim();
}

/**
 * The FEC of the entries: UTF-8 without BOM, tab separated, CRLF, dates YYYYMMDD, amounts with a
 * decimal comma and no thousands separator, both Debit and Credit written on every line.
 * ValidDate is the closing date; no lettering, no auxiliary account, no foreign currency.
 */
export function fecContent(entries: readonly Entry[], validDay: number): string {
  const lines: string[] = [FEC_FIELDS.join(SEPARATOR)];
  for (const e of entries) {
    for (const l of e.lines) {
      const record: Record<(typeof FEC_FIELDS)[number], string> = {
        JournalCode: e.journal.code,
        JournalLib: e.journal.label,
        EcritureNum: String(e.num),
        EcritureDate: fecDate(e.day),
        CompteNum: l.account.number,
        CompteLib: l.account.label,
        CompAuxNum: "",
        CompAuxLib: "",
        PieceRef: e.pieceRef,
        PieceDate: fecDate(e.pieceDay),
        EcritureLib: l.label,
        Debit: plainAmount(l.debitCents),
        Credit: plainAmount(l.creditCents),
        EcritureLet: "",
        DateLet: "",
        ValidDate: fecDate(validDay),
        Montantdevise: "",
        Idevise: "",
      };
      lines.push(FEC_FIELDS.map((f) => field(record[f])).join(SEPARATOR));
    }
  }
  return lines.join(EOL) + EOL;
}

/** "<SIREN>FEC<YYYYMMDD>.txt"; "FEC<YYYYMMDD>.txt" when the SIREN is not known yet. */
export function fecFileName(closingDay: number, siren?: string): string {
  return `${siren ?? ""}FEC${fecDate(closingDay)}.txt`;
}
