import type { DocumentsResult } from "../addon/sidebar/api";
import { BUTTONS, type DocumentButton, buttonBundle } from "./documentKinds";
import { byId, clear, el } from "./dom";
import { offerDownload } from "./pdfDownload";
import { loadRenderer } from "./pdfLoader";
import { call } from "./server";

export interface DocumentsContext {
  /** The year, the settings as the form stands and the association chosen; undefined when the form is not valid. */
  request(): { year: number; settings: unknown; association?: string } | undefined;
  longCall<T>(label: string, run: () => Promise<T>): Promise<T | undefined>;
  status(text: string, kind?: "" | "ok" | "bad"): void;
}

/** Lets the page paint the progress bar before the drawing holds the thread. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * « Attestations (PDF) », « Kit CEC du valideur (PDF) », « Reçus fiscaux (PDF) »: the server builds
 * the documents as plain data from the journal, the page draws them into one PDF and downloads it,
 * and says who got no document and why.
 */
async function makeDocuments(button: DocumentButton, context: DocumentsContext): Promise<void> {
  const request = context.request();
  if (!request) return;
  const spec = BUTTONS[button];
  const box = byId("documents");
  const done = await context.longCall(`Préparation : ${spec.label}…`, async () => {
    const result = await call<DocumentsResult>("getDocuments", { ...request, kind: spec.set });
    if (!result.ok) return { message: result.message, bad: true };
    const bundle = buttonBundle(button, result.files, result.year, request.association);
    clear(box);
    const list = el("ul", { attrs: { "aria-label": "Documents PDF" } });
    box.append(list);
    if (result.notices.length) {
      box.append(el("p", { className: "muted", text: "Sans document :" }), el("ul", { className: "notices" }, result.notices.map((n) => el("li", { text: n }))));
    }
    if (!bundle) return { message: `${spec.none} pour ${result.year}.`, bad: true };
    await paint();
    const render = await loadRenderer();
    offerDownload(list, bundle.name, render(bundle.document));
    return { message: `${bundle.name} prêt (${bundle.document.parts.length} document${bundle.document.parts.length > 1 ? "s" : ""}).`, bad: false };
  });
  if (done) context.status(done.message, done.bad ? "bad" : "ok");
}

export function wireDocuments(context: DocumentsContext): void {
  for (const button of Object.keys(BUTTONS) as DocumentButton[]) {
    byId(`pdf-${button}`).addEventListener("click", () => void makeDocuments(button, context));
  }
}
