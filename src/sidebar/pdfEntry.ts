// The documents' bundle for the sidebar page (see pdfLoader.ts), run on the first PDF asked for: the
// builders of the attestations, CEC kit and receipts, and the PDF renderer.
import { attestationSet } from "../core/documents/attestations";
import type { DocumentSet } from "../core/documents/model";
import { receiptSet } from "../core/documents/receipts";
import type { DocumentRequest } from "../core/documents/request";
import { UserError } from "../core/userError";
import { missingCharactersNotice } from "../pdf/printable";
import { jsPDF } from "jspdf";
import { pdfRenderer } from "../pdf/render";
import type { PdfModule } from "./pdfLoader";

/** A refusal is said as written; anything else is a defect, never shown in the engine's English. */
function french<T>(run: () => T, what: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UserError) throw error;
    console.error(error);
    throw new Error(`${what} : erreur inattendue, un défaut à signaler avec la feuille du journal (le détail technique est dans la console du navigateur).`);
  }
}

const renderPdf = pdfRenderer(jsPDF);

const pdf: PdfModule = {
  documents: (kind: "attestations" | "recus", request: DocumentRequest): DocumentSet =>
    french(() => (kind === "recus" ? receiptSet : attestationSet)(request), kind === "recus" ? "Reçus fiscaux" : "Attestations"),
  renderPdf: (document) => french(() => renderPdf(document), "Dessin du PDF"),
  missingCharactersNotice,
};
(window as unknown as { ValorisePdf: PdfModule }).ValorisePdf = pdf;
