import type { FindingsSummary } from "../contract/sidebar";
import { el } from "./dom";

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;
}

/** What the reading found, counted, and the possible duplicates with each spelling's hours. */
export function findingsNodes(f: FindingsSummary): HTMLElement[] {
  if (!f.errors && !f.toCheck && !f.pending && !f.duplicates) return [el("p", { className: "muted", text: "Aucune anomalie relevée." })];
  const counts = [
    plural(f.errors, "ligne écartée (erreur)", "lignes écartées (erreurs)"),
    plural(f.toCheck, "ligne à vérifier", "lignes à vérifier"),
    plural(f.pending, "action en attente de modération", "actions en attente de modération"),
    plural(f.duplicates, "doublon possible", "doublons possibles"),
  ];
  const nodes: HTMLElement[] = [el("p", { className: "findings", text: `${counts.join(", ")}.` })];
  if (f.details.length) {
    nodes.push(el("ul", { className: "duplicates", attrs: { "aria-label": "Doublons possibles" } }, f.details.map((d) => el("li", { text: d }))));
  }
  return nodes;
}
