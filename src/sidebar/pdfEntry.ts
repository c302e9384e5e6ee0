// The PDF renderer's bundle for the sidebar page (see pdfLoader.ts): run on the first PDF asked for.
import { renderPdf } from "../pdf/render";

(window as unknown as { ValorisePdf: { renderPdf: typeof renderPdf } }).ValorisePdf = { renderPdf };
