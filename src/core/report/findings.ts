// Every finding of a journal as one list of lines, in the order a treasurer works through them:
// errors (rows left out), rows to check, possible duplicates, the alias table's groupings and
// problems, then rows waiting for moderation. The CLI, the JSON, the Anomalies sheet, the custom
// function and the sidebar all show these lines.
import type { PossibleDuplicate } from "../journal/possibleDuplicates";
import type { FindingKind, Journal } from "../journal/types";
import { frenchHours } from "../values/hours";

export type FindingType = FindingKind | "doublon" | "alias";

export const FINDING_LABELS: Record<FindingType, string> = {
  erreur: "Erreur",
  verifier: "À vérifier",
  doublon: "Doublon possible",
  alias: "Table des alias",
  attente: "En attente de modération",
};

export interface FindingLine {
  type: FindingType;
  /** Sheet row in the journal (in the alias table for type "alias" problems; 0 when none). */
  row: number;
  column: string;
  problem: string;
}

/** "« Helene Durand » (12 h, 3 actions, ligne 14) et « Hélène Durand » (98 h, …) : …" */
export function describeDuplicate(d: PossibleDuplicate): string {
  const names = d.names.map((n) => `« ${n.name} » (${frenchHours(n.durationMs)} h, ${n.actions} action${n.actions > 1 ? "s" : ""}, ligne ${n.firstRow})`);
  const what = d.field === "volunteer" ? "personne" : "association";
  return `${names.join(" et ")} : ${d.explanation}. Une seule ${what} ? Regroupez-les dans la table des alias ; sinon rien à faire.`;
}

export function findingLines(journal: Journal): FindingLine[] {
  const of = (kind: FindingKind) =>
    journal.anomalies.filter((a) => a.kind === kind).map((a): FindingLine => ({ type: kind, row: a.row, column: a.column, problem: a.problem }));
  return [
    ...of("erreur"),
    ...of("verifier"),
    ...journal.possibleDuplicates.map((d): FindingLine => ({ type: "doublon", row: d.names[0]!.firstRow, column: d.column, problem: describeDuplicate(d) })),
    ...journal.aliasIssues.map((i): FindingLine => ({ type: "alias", row: 0, column: i.column, problem: `Table des alias, ligne ${i.row} : ${i.problem}` })),
    ...journal.aliasMerges.map((m): FindingLine => ({ type: "alias", row: m.row, column: m.column, problem: `« ${m.spelling} » compté sous « ${m.retained} » (table des alias)` })),
    ...of("attente"),
  ];
}

/** How many rows are left out of the totals (errors and pending), and how many counted rows are to check. */
export function findingCounts(journal: Journal): { leftOut: number; toCheck: number; pending: number; errors: number; duplicates: number } {
  const count = (kind: FindingKind) => journal.anomalies.filter((a) => a.kind === kind).length;
  const errors = count("erreur");
  const pending = count("attente");
  return { leftOut: errors + pending, toCheck: count("verifier"), pending, errors, duplicates: journal.possibleDuplicates.length };
}
