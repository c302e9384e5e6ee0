import { frenchDateOfIso } from "../../core/values/calendar";
import { cecText } from "./cec";
import { columnsText } from "./columns";
import { valuationText } from "./valuationText";
import { frenchNumber, textTable } from "./print";
import type { AssociationJson, ReportJson } from "./report";

const FORMAT_LABELS = { csv: "CSV", xlsx: "classeur Excel", json: "JSON" } as const;

const money = (euros: number) => `${frenchNumber(euros)} €`;

const plural = (n: number, word: string, many = `${word}s`) => `${frenchNumber(n, 0)} ${n > 1 ? many : word}`;

/** The days the totals across associations cover: the calendar year of the CEC, or the period asked for. */
function acrossLabel(r: ReportJson): string {
  const all = r.toutesAssociations;
  if (!all) return `en ${r.annee ?? "—"}`;
  const year = all.du.slice(0, 4);
  return all.du === `${year}-01-01` && all.au === `${year}-12-31`
    ? `en ${year} (année civile)`
    : `du ${frenchDateOfIso(all.du)} au ${frenchDateOfIso(all.au)}`;
}

function heading(r: ReportJson): string[] {
  const count = (type: string) => r.anomalies.filter((a) => a.type === type).length;
  const pending = count("attente");
  const leftOut = count("erreur") + pending;
  const lines = [
    `Journal : ${r.fichier} (${FORMAT_LABELS[r.format]}${r.encodage ? `, ${r.encodage}` : ""}, ${plural(r.lignes, "ligne")})`,
    ...columnsText(r.colonnes),
    r.annee === null
      ? "Année : aucune (aucune action comptée dans le journal)"
      : `Année : ${r.annee}${r.annees.length ? ` (années présentes : ${r.annees.join(", ")})` : ""}`,
    `Actions comptées : ${frenchNumber(r.toutesAssociations?.actions ?? 0, 0)} ${acrossLabel(r)}, ${frenchNumber(r.actionsComptees, 0)} toutes années`,
    `Lignes écartées : ${frenchNumber(leftOut, 0)}${pending ? ` (dont ${frenchNumber(pending, 0)} en attente de modération)` : ""}`,
    `Lignes comptées à vérifier : ${frenchNumber(count("verifier"), 0)}`,
  ];
  if (r.doublonsPossibles.length) lines.push(`Doublons possibles : ${frenchNumber(r.doublonsPossibles.length, 0)}`);
  const all = r.toutesAssociations;
  if (all) {
    lines.push(`Associations : ${r.associations.map((a) => a.association.titre).join(", ")}${r.tableDesAssociations ? ` (table des associations : ${r.tableDesAssociations.fichier})` : ""}`);
    lines.push(
      `Total ${acrossLabel(r)}${all.associations > 1 ? `, toutes associations (heures et personnes seulement)` : ""} : ` +
        `${plural(all.benevoles, "bénévole")}, ${frenchNumber(all.heures)} h, ${frenchNumber(all.distanceKm)} km`,
    );
  }
  return lines;
}

/** The amount columns of the volunteers' table: valuation, and mileage when it is valued (the total row shows the totals). */
function amountColumns(r: AssociationJson): { headers: string[]; of: (key: string) => string[]; total: string[] } {
  const v = r.valorisation;
  const valued = new Map(v.parBenevole.map((b) => [b.cle, b.montant]));
  const km = v.kilometres;
  if (km.mode === "aucun") return { headers: ["Valorisation"], of: (key) => [money(valued.get(key) ?? 0)], total: [money(v.montant)] };
  const mileage = new Map(km.parBenevole.map((b) => [b.cle, b.montant]));
  return {
    headers: ["Valorisation", "Frais km"],
    of: (key) => [money(valued.get(key) ?? 0), money(mileage.get(key) ?? 0)],
    total: [money(v.montant), money(km.montant)],
  };
}

function volunteersTable(r: AssociationJson): string {
  const amounts = amountColumns(r);
  const rows = r.benevoles.map((b) => [
    b.benevole, frenchNumber(b.heures), frenchNumber(b.actions, 0), frenchNumber(b.distanceKm), ...amounts.of(b.cle),
    frenchDateOfIso(b.premiereAction), frenchDateOfIso(b.derniereAction), b.categories[0] ?? "",
  ]);
  rows.push(["Total", frenchNumber(r.total.heures), frenchNumber(r.total.actions, 0), frenchNumber(r.total.distanceKm), ...amounts.total, "", "", ""]);
  return textTable(
    ["Bénévole", "Heures", "Actions", "Km", ...amounts.headers, "Première", "Dernière", "Catégorie principale"],
    rows,
    ["left", "right", "right", "right", ...amounts.headers.map(() => "right" as const), "left", "left", "left"],
  );
}

function findingsTable(r: ReportJson, type: string): string {
  const rows = r.anomalies.filter((a) => a.type === type).map((a) => [String(a.ligne), a.colonne, a.probleme]);
  // the reason is never cut: it says what to fix
  return textTable(["Ligne", "Colonne", "Problème"], rows, ["right", "left", "left"], Infinity);
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

function duplicatesList(r: ReportJson): string {
  return r.doublonsPossibles
    .map((d) => {
      const names = d.noms.map((n) => `« ${n.nom} » (${frenchNumber(n.heures)} h, ${plural(n.actions, "action")}, ligne ${n.premiereLigne})`);
      return `- ${names.join(" et ")} : ${d.explication}.`;
    })
    .join("\n");
}

function aliasList(r: ReportJson): string {
  const lines = [
    ...r.alias.regroupements.map((m) => `- ligne ${m.ligne} : « ${m.nom} » compté sous « ${m.retenu} »`),
    ...r.alias.problemes.map((p) => `- table des alias, ligne ${p.ligne} : ${p.probleme}`),
  ];
  return lines.join("\n");
}

/** Every finding, errors first: rows left out, rows counted but to check, possible duplicates, aliases, pending rows. */
function findingsSection(r: ReportJson): string {
  const count = (type: string) => r.anomalies.filter((a) => a.type === type).length;
  const [errors, toCheck, pending] = [count("erreur"), count("verifier"), count("attente")];
  if (!r.anomalies.length && !r.doublonsPossibles.length && !r.alias.regroupements.length && !r.alias.problemes.length) {
    return "Aucune anomalie : toutes les lignes du journal sont comptées, aucune n'est à vérifier.";
  }
  const parts: string[] = [];
  if (errors) parts.push(`Erreurs : lignes écartées des totaux, à corriger dans le journal (${frenchNumber(errors, 0)}) :\n\n${findingsTable(r, "erreur")}`);
  if (toCheck) parts.push(`À vérifier : lignes comptées, mais qui semblent fausses (${frenchNumber(toCheck, 0)}) :\n\n${findingsTable(r, "verifier")}`);
  if (r.doublonsPossibles.length) {
    parts.push(
      `Doublons possibles, jamais regroupés sans votre accord (${frenchNumber(r.doublonsPossibles.length, 0)}) : ` +
        `une même personne ? Ajoutez une ligne à la table des alias (--alias).\n${duplicatesList(r)}`,
    );
  }
  if (r.alias.regroupements.length || r.alias.problemes.length) parts.push(`Table des alias${r.alias.fichier ? ` (${r.alias.fichier})` : ""} :\n${aliasList(r)}`);
  if (pending) parts.push(`En attente de modération, non comptées tant qu'elles ne sont pas validées (${frenchNumber(pending, 0)}), lignes :\n${pendingLines(r)}`);
  return parts.join("\n\n");
}

/** One association's section: its title and period, totals per volunteer, valuation and accounts, notes. */
function associationSection(a: AssociationJson): string {
  const dates = a.periode.type === "exercice" ? ` (du ${frenchDateOfIso(a.periode.du)} au ${frenchDateOfIso(a.periode.au)})` : "";
  const title = `${a.association.titre}${a.association.siren ? `, SIREN ${a.association.siren}` : ""} – ${a.periode.libelle}${dates}`;
  const rule = "=".repeat(Math.min(title.length, 100));
  const parts = [`${rule}\n${title}\n${rule}`];
  parts.push(a.benevoles.length ? `Totaux par bénévole (${a.periode.libelle})\n\n${volunteersTable(a)}` : `Aucune action comptée (${a.periode.libelle}).`);
  if (a.valorisation.heures > 0) parts.push(valuationText(a));
  if (a.notes.length) parts.push(a.notes.map((n) => `Note : ${n}`).join("\n"));
  return parts.join("\n\n");
}

/** The French text report: heading, one section per association, the CEC across them, then the findings. */
export function renderText(r: ReportJson): string {
  const parts = [heading(r).join("\n")];
  for (const a of r.associations) parts.push(associationSection(a));
  if (r.cec && r.cec.benevoles.length) parts.push(cecText(r.cec, r.roles !== null));
  parts.push(findingsSection(r));
  return `${parts.join("\n\n")}\n`;
}
