import type { ActionSelection } from "../journal/store";
import { type Period, monthsOf } from "../period/period";

export interface MonthHours {
  /** "juillet 2024" */
  label: string;
  durationMs: number;
}

/** Hours of each month the period touches (every month listed, empty ones too). */
export function hoursByMonth({ table, indexes }: ActionSelection, period: Period): MonthHours[] {
  const months = monthsOf(period);
  const ms = new Float64Array(months.length);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const day = table.day[i]!;
    if (day < period.from || day >= period.until) continue;
    let m = 0;
    while (day >= months[m]!.until) m++;
    ms[m]! += table.durationMs[i]!;
  }
  return months.map((month, m) => ({ label: month.label, durationMs: ms[m]! }));
}
