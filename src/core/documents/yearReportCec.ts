import { STATUS_LABELS } from "../cec/assess";
import type { YearReport } from "../report/yearReport";
import { frenchDateOfIso } from "../values/calendar";
import type { Block } from "./model";
import { amountText, countText, frenchNumber } from "./yearReportFigures";

const NOTES_SHOWN = 30;

/** The CEC status of each volunteer of the association, one line each: name, status, hours, rights, reason. */
export function cecBlocks(r: YearReport): Block[] {
  const cec = r.cec;
  const own = r.cecVolunteers;
  const blocks: Block[] = [
    { kind: "title", text: `Compte d'engagement citoyen (CEC) ${cec.year}` },
    {
      kind: "text",
      text: `Bénévoles de l'association en ${cec.year}. Le statut compte les heures de chaque bénévole dans toutes les associations du journal ` +
        `(${frenchNumber(cec.rule.totalHours, 0)} heures dont ${frenchNumber(cec.rule.oneAssociationHours, 0)} dans une même association ; ` +
        `${amountText(cec.rule.rightsEur * 100)} par an, ${amountText(cec.rule.capEur * 100)} au plus).`,
    },
    {
      kind: "fields",
      rows: [
        ["À déclarer par les bénévoles au plus tard le", frenchDateOfIso(cec.declareBy)],
        ["À valider par l'association au plus tard le", frenchDateOfIso(cec.validateBy)],
      ],
    },
  ];
  if (own.length === 0) {
    blocks.push({ kind: "text", text: `Aucun bénévole nommé de l'association n'a d'heures en ${cec.year}.` });
  } else {
    blocks.push(
      {
        kind: "table",
        columns: [{ label: "Statut", width: 3 }, { label: "Bénévoles", align: "right" }],
        rows: Object.values(STATUS_LABELS).map((label) => [label, countText(own.filter((c) => c.statusLabel === label).length)]),
        total: ["Total", countText(own.length)],
      },
      {
        kind: "table",
        columns: [
          { label: "Bénévole", width: 2.2 }, { label: "Statut", width: 1.6 }, { label: "Heures retenues", align: "right", width: 1.1 },
          { label: "Association principale", width: 2.2 }, { label: "Droits de l'année", align: "right", width: 1.1 }, { label: "Motif", width: 5 },
        ],
        rows: own.map((v) => [
          v.volunteer, v.statusLabel, frenchNumber(v.qualifyingHours, 2), v.mainAssociation,
          amountText(Math.round(v.rightsEur * 100)), v.reason,
        ]),
      },
    );
  }
  const notes = cec.notes.slice(0, NOTES_SHOWN).map((text): Block => ({ kind: "text", text, style: "small" }));
  if (cec.notes.length > NOTES_SHOWN) notes.push({ kind: "text", text: `… et ${countText(cec.notes.length - NOTES_SHOWN)} autres notes, voir la feuille CEC.`, style: "small" });
  // the CEC is assessed across the journal's associations: its notes are the whole journal's
  if (notes.length) blocks.push({ kind: "heading", text: "Notes sur le CEC (journal entier, toutes associations)" }, ...notes);
  return blocks;
}
