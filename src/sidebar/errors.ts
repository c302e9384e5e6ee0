import type { FieldErrors } from "../core/settings";
import { fieldMessage } from "../core/settings/messages";
import { markRateRow } from "./rateTable";

const ROW_ERROR = /^valuation\.rateTable\.rows\.(\d+)\.(label|eurosPerHour)$/;

export function clearErrors(): void {
  for (const p of Array.from(document.querySelectorAll<HTMLElement>("[data-error]"))) p.textContent = "";
  for (const n of Array.from(document.querySelectorAll(".invalid"))) n.classList.remove("invalid");
}

/**
 * Puts each message next to its field, opens its section and focuses the first one. Returns messages
 * with no field. The server leaves a field's fixed message empty: it is written here (messages.ts).
 */
export function showErrors(errors: FieldErrors): string[] {
  clearErrors();
  const orphans: string[] = [];
  let first: HTMLElement | undefined;
  const rows: string[] = [];
  for (const [path, sent] of Object.entries(errors)) {
    const message = sent || fieldMessage(path);
    const row = ROW_ERROR.exec(path);
    if (row) {
      markRateRow(Number(row[1]), row[2] as "label" | "eurosPerHour");
      rows.push(`Ligne ${Number(row[1]) + 1} : ${message}`);
      first ??= document.getElementById("table-rows") ?? undefined;
      continue;
    }
    const target = document.querySelector<HTMLElement>(`[data-error="${CSS.escape(path)}"]`);
    if (!target) {
      orphans.push(message);
      continue;
    }
    target.textContent = message;
    target.parentElement?.classList.add("invalid");
    first ??= target;
  }
  if (rows.length) {
    const target = document.querySelector<HTMLElement>('[data-error="valuation.rateTable"]')!;
    target.textContent = rows.join(" ");
  }
  if (first) {
    const section = first.closest("details");
    if (section) section.open = true;
    (first.parentElement?.querySelector<HTMLElement>("input, select") ?? first).focus?.();
    first.scrollIntoView?.({ block: "center" });
  }
  return orphans;
}
