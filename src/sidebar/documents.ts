import type { DocumentsResult } from "../contract/sidebar";
import { BUTTONS, type DocumentButton, buttonBundle } from "./documentKinds";
import { firstReceiptNumber, pageRequest } from "./documentRequest";
import type { Signatory } from "../core/documents/signature";
import { byId, clear, el, input } from "./dom";
import { plural } from "./findings";
import { offerDownload } from "./pdfDownload";
import { loadPdfModule } from "./pdfLoader";
import { call } from "./server";

export interface DocumentsContext {
  /** The year, the settings as the form stands and the association chosen; undefined when the form is not valid. */
  request(): { year: number; settings: unknown; association?: string } | undefined;
  longCall<T>(label: string, run: () => Promise<T>): Promise<T | undefined>;
  status(text: string, kind?: "" | "ok" | "bad"): void;
}

/** Who signs, as typed under « Signataire des documents PDF »: blank lines on the documents when empty. */
function signatory(): Signatory {
  const value = (id: string) => (byId(id) as HTMLInputElement).value.trim() || undefined;
  return { name: value("sign-name"), quality: value("sign-quality"), place: value("sign-place") };
}

/** Lets the page paint the progress bar before the drawing holds the thread. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * « Attestations (PDF) », « Kit CEC du valideur (PDF) », « Reçus fiscaux (PDF) »: the server sends the
 * report's figures (getDownloads with a kind), the page builds the documents, draws them into one PDF
 * and downloads it, and says who got no document and why, and any letter printed « ? ».
 */
async function makeDocuments(button: DocumentButton, context: DocumentsContext): Promise<void> {
  const spec = BUTTONS[button];
  let firstNumber: number | undefined;
  if (spec.set === "recus") {
    const field = input("receipt-first");
    const typed = firstReceiptNumber(field.value, field.validity.badInput);
    if (typeof typed !== "number") {
      context.status(typed.error, "bad");
      field.focus();
      return;
    }
    firstNumber = typed;
  }
  const request = context.request();
  if (!request) return;
  const box = byId("documents");
  const done = await context.longCall(`Préparation : ${spec.label}…`, async () => {
    const result = await call("getDownloads", { ...request, kind: spec.set });
    if (!result.ok) return { message: result.message, bad: true };
    // asked with a kind, the server answers the documents' figures, never the files
    if (!("kind" in result)) return { message: "Réponse inattendue du module : rechargez le panneau.", bad: true };
    await paint();
    const pdf = await loadPdfModule();
    const set = pdf.documents(result.kind, pageRequest(result, { signatory: signatory(), firstNumber }));
    const bundle = buttonBundle(button, set.files, result.year, request.association);
    const glyphs = bundle && pdf.missingCharactersNotice(bundle.name, bundle.document);
    const notices = [...set.notices, ...(glyphs ? [glyphs] : [])];
    clear(box);
    const list = el("ul", { attrs: { "aria-label": "Documents PDF" } });
    box.append(list);
    if (notices.length) {
      box.append(el("p", { className: "muted", text: "À noter :" }), el("ul", { className: "notices" }, notices.map((n) => el("li", { text: n }))));
    }
    if (!bundle) return { message: `${spec.none} pour ${result.year}.`, bad: true };
    await paint();
    offerDownload(list, bundle.name, pdf.renderPdf(bundle.document));
    return { message: `${bundle.name} prêt (${plural(bundle.document.parts.length, "document", "documents")}).`, bad: false };
  });
  if (done) context.status(done.message, done.bad ? "bad" : "ok");
}

export function wireDocuments(context: DocumentsContext): void {
  for (const button of Object.keys(BUTTONS) as DocumentButton[]) {
    byId(`pdf-${button}`).addEventListener("click", () => void makeDocuments(button, context));
  }
}
