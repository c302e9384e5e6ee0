import { FINDING_LABELS, type FindingType } from "../report/findings";
import type { YearReport } from "../report/yearReport";
import type { Block } from "./model";
import { countText } from "./yearReportFigures";

const FINDINGS_SHOWN = 200;

/** What each kind of finding means for the figures. */
const EFFECT: Record<FindingType, string> = {
  erreur: "écartées des totaux",
  verifier: "comptées, à vérifier",
  doublon: "noms proches, peut-être une même personne",
  alias: "regroupées ou non lues par la table des alias",
  attente: "écartées des totaux (en attente de modération)",
};

/** The journal's findings: a count by kind, then each one with its row, column and reason (the first `limit`). */
export function findingsBlocks(r: YearReport, limit = FINDINGS_SHOWN): Block[] {
  const lines = r.findings;
  const blocks: Block[] = [
    { kind: "title", text: "Constats sur le journal" },
    {
      kind: "text",
      text: "Constats du journal entier, toutes associations et années confondues : les mêmes dans le rapport de chaque association. " +
        "Chaque ligne écartée ou devinée est citée avec sa ligne et sa colonne dans le journal.",
    },
  ];
  if (lines.length === 0) return [...blocks, { kind: "text", text: "Aucun constat : toutes les lignes du journal sont comptées telles qu'écrites." }];
  const types = (Object.keys(FINDING_LABELS) as FindingType[]).filter((t) => lines.some((f) => f.type === t));
  blocks.push({
    kind: "table",
    columns: [{ label: "Type", width: 2 }, { label: "Effet", width: 4 }, { label: "Nombre", align: "right" }],
    rows: types.map((t) => [FINDING_LABELS[t], EFFECT[t], countText(lines.filter((f) => f.type === t).length)]),
    total: ["Total", "", countText(lines.length)],
  });
  const shown = lines.slice(0, limit);
  blocks.push({
    kind: "table",
    columns: [{ label: "Type", width: 2.1 }, { label: "Ligne", align: "right", width: 0.6 }, { label: "Colonne", width: 2.1 }, { label: "Problème", width: 7 }],
    rows: shown.map((f) => [FINDING_LABELS[f.type], f.row ? String(f.row) : "", f.column, f.problem]),
  });
  const rest = lines.length - shown.length;
  if (rest > 0) blocks.push({ kind: "text", text: `… et ${countText(rest)} autre${rest > 1 ? "s" : ""}, voir la feuille Anomalies.`, style: "bold" });
  return blocks;
}
