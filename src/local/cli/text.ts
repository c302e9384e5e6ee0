import { frenchDateOfIso } from "../../core/values/calendar";
import { cecText } from "./cec";
import { columnsText } from "./columns";
import { valuationText } from "./valuationText";
import { frenchNumber, textTable } from "./print";
import type { ReportJson } from "./report";

const FORMAT_LABELS = { csv: "CSV", xlsx: "classeur Excel", json: "JSON" } as const;

const plural = (n: number, word: string, many = `${word}s`) => `${frenchNumber(n, 0)} ${n > 1 ? many : word}`;

function heading(r: ReportJson): string[] {
  const pending = r.anomalies.filter((a) => a.enAttente).length;
  const lines = [
    `Journal : ${r.fichier} (${FORMAT_LABELS[r.format]}, ${plural(r.lignes, "ligne")})`,
    ...columnsText(r.colonnes),
    r.annee === null
      ? "Année : aucune (aucune action comptée dans le journal)"
      : `Année : ${r.annee}${r.annees.length ? ` (années présentes : ${r.annees.join(", ")})` : ""}`,
    `Actions comptées : ${frenchNumber(r.total.actions, 0)} en ${r.annee ?? "—"}, ${frenchNumber(r.actionsComptees, 0)} toutes années`,
    `Lignes écartées : ${frenchNumber(r.anomalies.length, 0)}${pending ? ` (dont ${frenchNumber(pending, 0)} en attente de modération)` : ""}`,
  ];
  if (r.annee !== null) {
    lines.push(
      `Total ${r.annee} : ${plural(r.total.benevoles, "bénévole")}, ${frenchNumber(r.total.heures)} h, ${frenchNumber(r.total.distanceKm)} km`,
    );
  }
  return lines;
}

function volunteersTable(r: ReportJson): string {
  const rows = r.benevoles.map((b) => [
    b.benevole, frenchNumber(b.heures), frenchNumber(b.actions, 0), frenchNumber(b.distanceKm),
    frenchDateOfIso(b.premiereAction), frenchDateOfIso(b.derniereAction), b.categories[0] ?? "",
  ]);
  rows.push(["Total", frenchNumber(r.total.heures), frenchNumber(r.total.actions, 0), frenchNumber(r.total.distanceKm), "", "", ""]);
  return textTable(
    ["Bénévole", "Heures", "Actions", "Km", "Première", "Dernière", "Catégorie principale"],
    rows,
    ["left", "right", "right", "right", "left", "left", "left"],
  );
}

function anomaliesTable(r: ReportJson): string {
  const rows = r.anomalies.filter((a) => !a.enAttente).map((a) => [String(a.ligne), a.colonne, a.probleme]);
  return textTable(["Ligne", "Colonne", "Problème"], rows, ["right", "left", "left"], 120);
}

/** Rows waiting for moderation, listed by number: they are not errors in the data. */
function pendingLines(r: ReportJson): string {
  const lines = r.anomalies.filter((a) => a.enAttente).map((a) => a.ligne);
  const words: string[] = [];
  let current = "";
  for (const n of lines.map(String)) {
    const next = current ? `${current}, ${n}` : n;
    if (next.length > 96) {
      words.push(`${current},`);
      current = n;
    } else current = next;
  }
  if (current) words.push(current);
  return words.map((w) => `  ${w}`).join("\n");
}

function anomaliesSection(r: ReportJson): string {
  if (!r.anomalies.length) return "Aucune ligne écartée : toutes les lignes du journal sont comptées.";
  const pending = r.anomalies.filter((a) => a.enAttente).length;
  const errors = r.anomalies.length - pending;
  const parts = [`Lignes écartées des totaux, toutes années (${frenchNumber(r.anomalies.length, 0)})`];
  if (errors) parts.push(`${errors > 1 ? "Erreurs" : "Erreur"} à corriger dans le journal (${frenchNumber(errors, 0)}) :\n\n${anomaliesTable(r)}`);
  if (pending) parts.push(`En attente de modération, non comptées tant qu'elles ne sont pas validées (${frenchNumber(pending, 0)}), lignes :\n${pendingLines(r)}`);
  return parts.join("\n\n");
}

/** The French text report: heading, totals per volunteer for the year, rows left out. */
export function renderText(r: ReportJson): string {
  const parts = [heading(r).join("\n")];
  if (r.annee !== null) {
    parts.push(
      r.benevoles.length
        ? `Totaux par bénévole en ${r.annee}\n\n${volunteersTable(r)}`
        : `Aucune action comptée en ${r.annee}.`,
    );
  }
  if (r.cec && r.cec.benevoles.length) parts.push(cecText(r.cec, r.roles !== null));
  if (r.valorisation && r.valorisation.heures > 0) parts.push(valuationText(r));
  parts.push(anomaliesSection(r));
  return `${parts.join("\n\n")}\n`;
}
