import { byId, clear, el } from "./dom";

export interface RateRow {
  label: string;
  eurosPerHour: string | number;
}

function rowNode(row: RateRow): HTMLTableRowElement {
  const label = el("input", { attrs: { type: "text", "aria-label": "Valeur (niveau, catégorie, rôle ou bénévole)", "data-part": "label" } });
  label.value = row.label;
  const rate = el("input", { attrs: { type: "text", "aria-label": "Taux en euros par heure ou multiple du SMIC", "data-part": "rate" } });
  rate.value = String(row.eurosPerHour).replace(".", ",");
  const remove = el("button", { className: "remove", text: "×", attrs: { type: "button", title: "Retirer la ligne", "aria-label": "Retirer la ligne" } });
  const tr = el("tr", {}, [el("td", {}, [label]), el("td", {}, [rate]), el("td", {}, [remove])]);
  remove.addEventListener("click", () => tr.remove());
  return tr;
}

export function setRateRows(rows: readonly RateRow[]): void {
  const body = byId("table-rows");
  clear(body);
  for (const row of rows) body.append(rowNode(row));
}

export function addRateRow(): void {
  const tr = rowNode({ label: "", eurosPerHour: "" });
  byId("table-rows").append(tr);
  tr.querySelector("input")?.focus();
}

/** Rows as typed; fully blank rows are dropped. */
export function readRateRows(): RateRow[] {
  const rows: RateRow[] = [];
  for (const tr of Array.from(byId("table-rows").querySelectorAll("tr"))) {
    const label = tr.querySelector<HTMLInputElement>('[data-part="label"]')!.value.trim();
    const rate = tr.querySelector<HTMLInputElement>('[data-part="rate"]')!.value.trim();
    if (label || rate) rows.push({ label, eurosPerHour: rate });
  }
  return rows;
}

/** Marks the inputs of rows the checks refused ("valuation.rateTable.rows.2.eurosPerHour"). */
export function markRateRow(index: number, part: "label" | "eurosPerHour"): void {
  const tr = byId("table-rows").querySelectorAll("tr")[index];
  tr?.querySelector(`[data-part="${part === "label" ? "label" : "rate"}"]`)?.classList.add("invalid");
}
