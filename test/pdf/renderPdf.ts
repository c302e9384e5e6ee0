import { jsPDF } from "jspdf";
import { pdfRenderer } from "../../src/pdf/render";

/** The PDF renderer with jsPDF, as the command line loads it when it writes a PDF. */
export const renderPdf = pdfRenderer(jsPDF);
