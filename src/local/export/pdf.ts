import { type RenderPdf, pdfRenderer } from "../../pdf/render";

let loaded: Promise<RenderPdf> | undefined;

/** The PDF renderer, jsPDF loaded on the first PDF to write (see src/pdf/render.ts for why not before). */
export function loadRenderPdf(): Promise<RenderPdf> {
  loaded ??= import("jspdf").then(({ jsPDF }) => pdfRenderer(jsPDF));
  return loaded;
}
