import { CEC_NAMES_SHOWN, type CecToDo, type GenerateResult, type ReportPlan } from "../contract/sidebar";
import { declarationDeadline, validationDeadline } from "../core/cec/rules";
import { frenchDate } from "../core/values/calendar";
import { byId, clear, el } from "./dom";
import { type DownloadFile, fileBlob } from "./exportFiles";
import { findingsNodes } from "./findings";
import { call } from "./server";

type Written = Extract<GenerateResult, { ok: true }>;
type Plan = Extract<ReportPlan, { ok: true }>;

function sheetList(label: string, names: string[]): HTMLElement {
  return el("ul", { attrs: { "aria-label": label } }, names.map((n) => el("li", { text: n })));
}

/**
 * Before « Générer » writes over anything: the sheets it will replace or delete, those it keeps, and
 * two buttons (no browser dialog: the page asks in its own words, like everything else it says).
 */
export function renderPlan(p: Plan, confirm: () => void, cancel: () => void): void {
  const box = byId("result");
  clear(box);
  const go = el("button", { className: "primary", text: "Remplacer et générer", attrs: { type: "button", id: "plan-confirm" } });
  const stop = el("button", { className: "secondary", text: "Annuler", attrs: { type: "button", id: "plan-cancel" } });
  go.addEventListener("click", confirm);
  stop.addEventListener("click", cancel);
  box.append(el("div", { className: "plan", attrs: { role: "group", "aria-label": "Avant de générer" } }, [
    p.replace.length ? el("p", { text: `Ces feuilles de ${p.year}, écrites par Valorise et inchangées depuis, seront remplacées par le nouveau rapport :` }) : "",
    p.replace.length ? sheetList("Feuilles à remplacer", p.replace) : "",
    p.remove.length ? el("p", { text: "Celles-ci ne font plus partie du rapport et seront supprimées :" }) : "",
    p.remove.length ? sheetList("Feuilles à supprimer", p.remove) : "",
    p.kept.length ? el("p", { text: "Celles-ci, changées depuis, seront gardées telles quelles ; le nouveau rapport sera écrit à côté :" }) : "",
    p.kept.length ? sheetList("Feuilles gardées", p.kept) : "",
    el("div", { className: "actions" }, [go, stop]),
  ]));
  go.focus();
}

function figure(value: string, label: string): HTMLElement {
  return el("div", {}, [el("b", { text: value }), el("span", { text: label })]);
}

/** What was written, with a link to each sheet (a click shows the sheet in the spreadsheet). */
export function renderResult(r: Written): void {
  const box = byId("result");
  clear(box);
  const hours = r.totals.hours.toLocaleString("fr-FR", { maximumFractionDigits: 2 });
  box.append(
    el("p", { text: r.message }),
    el("div", { className: "figures" }, [
      // hours and people across associations over calendar year N; each amount is one association's, over its exercice
      figure(String(r.totals.volunteers), `bénévoles en ${r.year}`),
      figure(`${hours} h`, r.totals.amounts.length > 1 ? `heures en ${r.year}, toutes associations` : `heures en ${r.year}`),
      ...r.totals.amounts.map((a) => figure(a.amount, `valorisation${r.totals.amounts.length > 1 ? ` – ${a.association}` : ""} (${a.period})`)),
      figure(String(r.totals.eligible), "éligibles au CEC"),
    ]),
    ...findingsNodes(r.findings),
    r.findings.duplicates
      ? el("p", { className: "hint", text: "Une même personne écrite de deux façons ? Ajoutez une ligne à la table des alias (section 1), puis générez à nouveau." })
      : "",
    // who to reach about the CEC comes before the sheets' links: it is what the coordinator acts on
    ...cecToDo(r.year, r.cecNames),
    el("ul", { attrs: { "aria-label": "Feuilles écrites" } }, r.sheets.map((s) => {
      const link = el("a", { text: s.name, attrs: { href: s.url, target: "_blank", rel: "noopener", "data-sheet-id": String(s.sheetId) } });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        void call("openReportSheet", { sheetId: s.sheetId });
      });
      return el("li", {}, [link]);
    })),
  );
}

/** For each CEC status someone has to act on: who, and what to do (deadlines: docs/regles/cec.md). */
function cecToDo(year: number, names: Record<CecToDo, string[]>): HTMLElement[] {
  const declareBy = frenchDate(declarationDeadline(year));
  const validateBy = frenchDate(validationDeadline(year));
  const what: Record<CecToDo, [title: string, todo: string]> = {
    eligible: ["Éligibles au CEC", `À rappeler : chacun déclare ses heures de ${year} sur « Le Compte Bénévole » au plus tard le ${declareBy} ; le valideur CEC de l'association les valide au plus tard le ${validateBy}.`],
    conditional: ["Éligibles sous réserve", "À confirmer : leur rôle, inconnu ou à préciser (il faut être dirigeant ou encadrer d'autres bénévoles), à indiquer dans la table des rôles avant de générer à nouveau ; à 15 ans, leur contrat d'apprentissage, que Valorise ne peut pas connaître : avec lui, ils sont éligibles (détail : feuille CEC)."],
    incomplete: ["À compléter", `À demander : leurs heures de ${year} dans d'autres associations ; avec elles, le total requis peut être atteint (feuille CEC : les heures qui manquent).`],
  };
  return (Object.keys(what) as CecToDo[]).filter((s) => names[s].length).map((s) =>
    el("section", { className: `cec cec-${s}`, attrs: { "aria-label": what[s][0] } }, [
      // one name more than shown: there are more, the sheet lists them all
      el("h3", { text: `${what[s][0]} (${names[s].length > CEC_NAMES_SHOWN ? `${CEC_NAMES_SHOWN} premiers` : names[s].length})` }),
      el("p", { text: what[s][1] }),
      el("ul", {}, names[s].slice(0, CEC_NAMES_SHOWN).map((n) => el("li", { text: n }))),
    ]));
}

/** One link per file (downloadFiles), each a Blob in the charset it names (fileBlob). */
export function renderFiles(year: number, files: DownloadFile[]): void {
  const box = byId("files");
  clear(box);
  box.append(
    el("p", { className: "muted", text: `Fichiers de ${year} :` }),
    el("ul", {}, files.map((f) => {
      const url = URL.createObjectURL(fileBlob(f));
      return el("li", {}, [el("a", { text: f.name, attrs: { href: url, download: f.name, target: "_blank" } })]);
    })),
  );
}
