import { frenchAmount } from "../money/cents";
import { roundEtp } from "../valuation/etp";
import { rateTableNote } from "../valuation/method";
import type { Valuation } from "../valuation/valuation";
import type { Period } from "../period/period";
import { dayFromParts, yearOfDay } from "../values/calendar";
import type { Account, Chart } from "./charts";
import { groupThousands } from "../text/thousands";

/** "2 890,25": thousands spaced (narrow no-break space), up to two decimals. */
const hoursText = (value: number) => {
  const [int, frac] = String(Math.round(value * 100) / 100).split(".");
  return `${groupThousands(int!)}${frac ? `,${frac}` : ""}`;
};

const account = (a: Account) => `${a.number} « ${a.label} »`;

/** « , dont 39 km sans nom de bénévole, non valorisés »: no one can give up costs without a name. */
function unnamedKm(m: Valuation["mileage"]): string {
  const metres = m.byVolunteer.reduce((sum, l) => sum + (l.anonymous ? l.distanceM : 0), 0);
  return metres > 0 && m.mode !== "aucun" ? `, dont ${hoursText(metres / 1000)} km sans nom de bénévole, non valorisés` : "";
}

/**
 * A short paragraph for the annexe: basis, coefficient, rate-table rows not applied, hours, ETP,
 * accounts and chart. Under CRC 99-01 it says that the chart no longer applies to exercices opened
 * from 1 January 2020 (docs/regles/valorisation-comptes.md), naming this one when it opened on or after that day.
 */
export function methodNote(v: Valuation, chart: Chart, period: Period, method: string): string {
  const s = v.settings;
  const parts = [
    `Le bénévolat ${period.exercice ? `de l'${period.name} (${period.dates})` : `de la ${period.name}`} est valorisé au ${method} : ` +
      `${hoursText(v.hours)} heures, soit ${String(roundEtp(v.etp)).replace(".", ",")} ETP (base ${s.etpBase} heures par an), ` +
      `pour ${frenchAmount(v.cents)}.`,
    `Ce montant figure au pied du compte de résultat en contributions volontaires en nature, au débit du compte ` +
      `${account(chart.volunteerUse)} et au crédit du compte ${account(chart.volunteerResource)} (${chart.title}), sans effet sur le résultat.`,
    ...(chart.id === "CRC 99-01"
      ? [`Le règlement CRC 99-01 ne s'applique plus aux exercices ouverts à compter du 1er janvier 2020` +
          `${period.from >= dayFromParts(2020, 1, 1)! ? ", dont celui-ci" : ""} : le règlement ANC 2018-06 s'impose à ces exercices.`]
      : []),
    `Les heures sont celles du journal des actions de bénévolat, hors actions en attente de modération et lignes incomplètes ; ` +
      `le montant est la somme exacte des heures multipliées par leur taux, arrondie une seule fois au centime.`,
    ...rateTableNote(v),
  ];
  if (v.unvalued.actions > 0) {
    parts.push(`${v.unvalued.actions} action(s) ne sont pas valorisées : ${v.unvalued.reason}.`);
  } else if (v.unvalued.durationMs > 0) {
    // only later days of actions begun before the period: hours, no action of the period
    parts.push(`${hoursText(v.unvalued.durationMs / 3_600_000)} heures ne sont pas valorisées : ${v.unvalued.reason}.`);
  }
  const m = v.mileage;
  if (m.mode !== "aucun" && m.cents > 0) {
    parts.push(
      `Les frais kilométriques des bénévoles (${hoursText(m.km)} km${unnamedKm(m)}, ${m.method}) représentent ${frenchAmount(m.cents)}` +
        (m.waived
          ? `, abandonnés par les bénévoles et comptabilisés au débit du compte ${account(chart.mileageCharge)} et au crédit du compte ${account(chart.mileageResource)}` +
            // without art. 200, the mileage notes that follow say why there is no receipt
            (m.receipts ? ` ; ils ouvrent droit, pour chaque donateur nommé, à un reçu fiscal (Cerfa 11580) et à une réduction d'impôt de ${m.reductionRateText}.` : ".")
          : `, distincts de la valorisation du bénévolat.`),
    );
    if (m.mode === "bareme" && yearOfDay(period.from) !== yearOfDay(period.closingDay)) {
      parts.push("Le barème kilométrique étant annuel, les kilomètres de chaque année civile de l'exercice sont valorisés au barème de cette année, sur la distance parcourue pendant l'exercice.");
    }
  }
  // a year before every known scale: its kilometres are not valued
  parts.push(...m.notes.map((n) => n[0]!.toUpperCase() + n.slice(1)));
  return parts.join(" ");
}
