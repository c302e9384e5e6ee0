import type { DocumentSet, PrintDocument } from "../core/documents/model";
import type { DocumentRequest } from "../core/documents/request";

/** What src/sidebar/pdfEntry.ts puts on the page once its code has run. */
export interface PdfModule {
  /** The attestations and CEC kit, or the receipts; a French Error when it cannot. */
  documents(kind: "attestations" | "recus", request: DocumentRequest): DocumentSet;
  renderPdf(document: PrintDocument): Uint8Array;
  /** Which letters of the document the font lacks, printed « ? » (src/pdf/printable.ts), in French; undefined when none. */
  missingCharactersNotice(name: string, document: PrintDocument): string | undefined;
}

interface PdfGlobal {
  ValorisePdf?: PdfModule;
}

/**
 * The PDF renderer (jsPDF and the DejaVu font, about 400 KB of script) is inlined in Sidebar.html as
 * <script type="text/plain" id="pdf-code"> (scripts/buildSidebar.mjs): the browser neither parses nor
 * runs it when the sidebar opens. The first PDF asked for runs it, as a script element, once.
 */
export async function loadPdfModule(): Promise<PdfModule> {
  const w = window as unknown as PdfGlobal;
  if (!w.ValorisePdf) {
    const code = document.getElementById("pdf-code");
    if (code && code.getAttribute("type") === "text/plain") {
      const script = document.createElement("script");
      script.text = code.textContent ?? "";
      code.remove();
      document.head.append(script);
    }
  }
  if (!w.ValorisePdf) throw new Error("le module PDF n'a pas pu être chargé : rouvrez le panneau.");
  return w.ValorisePdf;
}
