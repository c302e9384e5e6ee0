import type { SourcePreview } from "../contract/sidebar";
import { renderAssociations } from "./associationChoice";
import { byId, clear, el, setOptions, select } from "./dom";
import { findingsNodes, plural } from "./findings";

/**
 * A cell's text as a French reader expects it: a decimal with a comma (3.0 → 3,0), a true/false
 * (a CSV's « False », a checkbox) as oui/non. The server sends the cell's own text (src/addon/sidebar/preview.ts).
 */
function frenchExample(text: string): string {
  if (/^-?\d+\.\d+$/.test(text)) return text.replace(".", ",");
  const yes = /^(true|vrai)$/i.test(text);
  return yes || /^(false|faux)$/i.test(text) ? (yes ? "oui" : "non") : text;
}

/** The detected columns with an example value, what is missing, and the counts. */
export function renderPreview(p: SourcePreview): void {
  const box = byId("source-preview");
  clear(box);
  if (p.sheet) {
    box.append(el("p", {}, [el("b", { text: p.sheet }), ` — ${p.range}, ${plural(p.rows, "ligne", "lignes")}`]));
  }
  box.append(el("p", { className: p.ok ? "" : "missing", text: p.message }));
  if (p.columns.length) {
    box.append(
      el("ul", { attrs: { "aria-label": "Colonnes reconnues" } }, p.columns.map((c) =>
        el("li", {}, [
          el("span", { className: "col", text: c.column }),
          el("span", { className: "name", text: c.manual ? `${c.label} (manuel)` : c.label }),
          el("span", { className: "ex", text: c.example ? `ex. ${frenchExample(c.example)}` : c.header !== c.label ? `« ${c.header} »` : "", attrs: { title: `En-tête « ${c.header} »` } }),
        ]),
      )),
    );
  }
  if (p.ignored.length) {
    box.append(el("p", { className: "muted" }, ["Colonnes ignorées : ", ...p.ignored.map((c) => el("span", { className: "tag", text: `${c.column} ${c.header}` }))]));
  }
  for (const notice of p.notices) box.append(el("p", { className: "notice", text: notice }));
  if (p.missing.length) box.append(el("p", { className: "missing", text: `Colonnes manquantes : ${p.missing.join(" ; ")}` }));
  if (p.absent.length) {
    box.append(el("p", { className: "muted" }, ["Absentes (facultatives) : ", ...p.absent.map((a) => el("span", { className: "tag", text: a }))]));
  }
  if (p.ok) box.append(...findingsNodes(p.findings));
  if (p.aliases) box.append(el("p", { className: "muted", text: `Table des alias : ${plural(p.aliases.entries, "ligne lue", "lignes lues")} dans « ${p.aliases.sheet} ».` }));
  if (p.roles) box.append(...tableNodes("Table des rôles", p.roles, plural(p.roles.entries, "ligne lue", "lignes lues")));
  const t = p.associationTable;
  if (t) box.append(...tableNodes("Table des associations", t, plural(t.rows, "association lue", "associations lues")));
  if (p.rates) {
    const target = document.querySelector<HTMLElement>('[data-error="source.rateSheet"]')!;
    target.textContent = p.rates.error;
    if (!p.rates.error) box.append(el("p", { className: "muted", text: `Table de taux : ${plural(p.rates.rows, "taux lu", "taux lus")} dans « ${p.rates.sheet} ».` }));
  }
  renderYears(p.years, p.defaultYear);
  renderAssociations(p.associations);
}

/** A side table's line (what was read, issues counted) and its first issues, or why it cannot be read. */
function tableNodes(title: string, t: { sheet: string; issues: number; details: string[]; error: string }, read: string): HTMLElement[] {
  const issues = t.issues ? `, ${plural(t.issues, "point à revoir", "points à revoir")}` : "";
  const nodes: HTMLElement[] = [el("p", { className: t.error ? "missing" : "muted", text: t.error || `${title} : ${read} dans « ${t.sheet} »${issues}.` })];
  if (t.details.length) nodes.push(el("ul", { className: "muted", attrs: { "aria-label": `${title} : points à revoir` } }, t.details.map((d) => el("li", { text: d }))));
  return nodes;
}

/** Years with counted actions, newest first; keeps the year chosen when it is still there, else offers the default one. */
function renderYears(years: number[], defaultYear: number | null): void {
  const list = select("year");
  const current = list.value;
  setOptions(list, years.map((y) => ({ value: String(y), label: String(y) })), current || String(defaultYear ?? years[0] ?? ""));
  list.disabled = years.length === 0;
  // the buttons of the year follow it in main.ts (syncYearButtons), which every preview shown is followed by
}
