import type { YearReport } from "../report/yearReport";
import { rateTableWarnings } from "../valuation/method";
import { BLANK_LABELS, type ValuedTally } from "../valuation/valuation";
import { frenchDate } from "../values/calendar";
import type { Block } from "./model";
import { amountText, countText, etpText, hoursText, kmText, rateText } from "./yearReportFigures";

/** Who made the report and from what: the journal as the Synthèse names it, the day it was made. */
export interface YearReportContext {
  /** The journal: "benevalo-export.csv (2207 lignes lues)". */
  source: string;
  /** The day the report is made. */
  day: number;
  /** Findings listed in full before « … et N autres » (200 when absent). */
  findingsLimit?: number;
}

/** The cover: the association's identity, the period, the journal, what the report holds. */
export function coverBlocks(r: YearReport, context: YearReportContext): Block[] {
  const profile = r.association.profile;
  const siren = r.valuation.settings.siren ?? profile?.siren ?? "";
  const identity: [string, string][] = [["Association", r.association.title]];
  if (siren) identity.push(["SIREN", siren]);
  if (profile?.rna) identity.push(["RNA", profile.rna]);
  if (profile?.address) identity.push(["Adresse", profile.address]);
  identity.push(
    [r.period.exercice ? "Exercice" : "Période", `${r.period.name} (${r.period.dates})`],
    ["Journal", context.source],
    ["Établi le", frenchDate(context.day)],
  );
  return [
    { kind: "title", text: `Rapport annuel du bénévolat — ${r.association.title}` },
    { kind: "subtitle", text: `${capitalized(r.period.name)} (${r.period.dates}), pour l'assemblée générale et le commissaire aux comptes` },
    { kind: "fields", rows: identity },
    { kind: "heading", text: "Contenu" },
    {
      kind: "text",
      text: "1. Synthèse : bénévoles, actions, heures, ETP et valorisation.\n2. Comptes 86 et 87 et note de méthode pour l'annexe.\n" +
        "3. Compte d'engagement citoyen (CEC) : statut de chaque bénévole.\n4. Constats sur le journal : lignes écartées, à vérifier, regroupées.",
    },
    ...r.notes.map((text): Block => ({ kind: "text", text, style: "bold" })),
  ];
}

/** Totals and valuation: the Synthèse's figures, labelled as it labels them. */
export function summaryBlocks(r: YearReport): Block[] {
  const v = r.valuation;
  const blocks: Block[] = [
    { kind: "title", text: "Synthèse" },
    { kind: "heading", text: `Totaux (${r.period.name})` },
    {
      kind: "fields",
      rows: [
        ["Bénévoles nommés", countText(r.totals.volunteers)],
        ["Actions comptées", countText(r.totals.actions)],
        ["Heures", hoursText(r.totals.durationMs)],
        [`ETP (base ${v.settings.etpBase} h par an)`, etpText(r.totals.etp)],
        ["Distance (km)", kmText(r.totals.distanceM)],
      ],
    },
    { kind: "heading", text: "Valorisation" },
    { kind: "fields", rows: [["Méthode", r.method], ["Montant valorisé", amountText(v.cents)]] },
    ...rateTableWarnings(v).map((text): Block => ({ kind: "text", text, style: "small" })),
  ];
  // the rate lines share the total's cents (largest remainder): with the unvalued line at 0, they add up to it
  const rates = v.rates.map((u) => [u.label, hoursText(u.durationMs), rateText(u.eurosPerHour), amountText(u.cents)]);
  if (v.unvalued.actions > 0 || v.unvalued.durationMs > 0) rates.push([`Non valorisé (${v.unvalued.reason})`, hoursText(v.unvalued.durationMs), "", amountText(0)]);
  blocks.push({
    kind: "table",
    columns: [{ label: "Taux appliqué", width: 5 }, { label: "Heures", align: "right" }, { label: "Taux horaire", align: "right" }, { label: "Montant", align: "right" }],
    rows: rates,
    total: ["Montant valorisé", "", "", amountText(v.cents)],
  });
  blocks.push(...tallyTable("Catégorie", v.byCategory, BLANK_LABELS.category, v.cents), ...tallyTable("Projet", v.byProject, BLANK_LABELS.project, v.cents));
  const m = v.mileage;
  if (m.mode !== "aucun") {
    blocks.push({
      kind: "fields",
      rows: [[`Frais kilométriques (${m.method})`, `${amountText(m.cents)}${m.waived ? ", abandonnés par les bénévoles" : ""}, distincts de la valorisation du bénévolat`]],
    });
  }
  return blocks;
}

/** Hours and amount by category or project; the amounts are shares of the total's cents and add up to it. */
function tallyTable(label: string, tallies: readonly ValuedTally[], blank: string, totalCents: number): Block[] {
  const lines = tallies.filter((t) => t.durationMs > 0 || t.cents !== 0);
  if (lines.length === 0 || (lines.length === 1 && !lines[0]!.label)) return [];
  return [{
    kind: "table",
    columns: [{ label, width: 5 }, { label: "Heures", align: "right" }, { label: "ETP", align: "right" }, { label: "Montant", align: "right" }],
    rows: lines.map((t) => [t.label || blank, hoursText(t.durationMs), etpText(t.etp), amountText(t.cents)]),
    total: ["Montant valorisé", "", "", amountText(totalCents)],
  }];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
