import type { ColumnMap, Field } from "./columns";
import type { RowFindings } from "./rowRules";
import type { Anomaly, FindingKind } from "./types";

/** Errors first, then rows to check, then rows waiting for moderation. */
const KIND_ORDER: Record<FindingKind, number> = { erreur: 0, verifier: 1, attente: 2 };

/** The findings of a journal as it is read: each names the row, the column as headed in the journal, and a French reason. */
export class FindingList implements RowFindings {
  /** Sheet row of the row being judged. */
  row = 0;
  private readonly list: Anomaly[] = [];

  constructor(private readonly columns: ColumnMap) {}

  error(field: Field, problem: string): false {
    this.addOfRow(field, "erreur", problem);
    return false;
  }

  pending(field: Field, problem: string): false {
    this.addOfRow(field, "attente", problem);
    return false;
  }

  check(field: Field, problem: string): void {
    this.addOfRow(field, "verifier", problem);
  }

  addRaw(row: number, column: string, kind: FindingKind, problem: string): void {
    this.list.push({ row, column, problem, kind });
  }

  /** Errors first, then rows to check, then pending rows; by row within each kind. */
  sorted(): Anomaly[] {
    return this.list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.row - b.row);
  }

  /** A finding of the row being judged, in the column of `field` as headed in the journal. */
  private addOfRow(field: Field, kind: FindingKind, problem: string): void {
    this.addRaw(this.row, this.columns[field]?.header ?? "", kind, problem);
  }
}
