/**
 * A printable document (attestation, CEC kit, receipt, yearly report), described once in French
 * text by the core and drawn by each renderer: the PDF renderer of src/pdf, in Node for the command
 * line and in the sidebar page. The core decides every word and figure; a renderer only lays
 * them out.
 */
export interface PrintDocument {
  /** The PDF's title property, e.g. « Attestation de bénévolat — Marie Dupont ». */
  title: string;
  orientation: "portrait" | "landscape";
  /** Each part starts on a new page: one attestation, one receipt, one chapter of the report. */
  parts: DocumentPart[];
}

export interface DocumentPart {
  blocks: Block[];
  /** Printed at the foot of each page of the part, beside the page number. */
  footer?: string;
}

export interface TableColumn {
  label: string;
  /** Figures are right-aligned. */
  align?: "left" | "right";
  /** Share of the width, relative to the other columns (1 when absent). */
  width?: number;
}

export type Block =
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string; style?: "bold" | "small" }
  /** Label and value pairs, the label on the left: « Association » « Club Sportif ». */
  | { kind: "fields"; rows: readonly (readonly [string, string])[] }
  /** A table whose header row is repeated on each page it spans; `total` is printed bold. */
  | { kind: "table"; columns: readonly TableColumn[]; rows: readonly (readonly string[])[]; total?: readonly string[] }
  /** Kept on one page, on the right half: « Fait à Lyon, le 29/11/2026 », name, quality, room to sign. */
  | { kind: "signature"; lines: readonly string[] }
  | { kind: "space"; mm: number };

/** Several documents printed as one (all the attestations of an association): their parts in order. */
export function bundleDocuments(title: string, documents: readonly PrintDocument[]): PrintDocument {
  return { title, orientation: documents[0]?.orientation ?? "portrait", parts: documents.flatMap((d) => d.parts) };
}

/** A document to write as one file: « attestation-2025-marie-dupont.pdf ». */
export interface DocumentFile {
  name: string;
  document: PrintDocument;
  /**
   * The file holding the set's other files in one (« attestations-2025-club.pdf », « recus-2025-club.pdf »):
   * a page that joins the files itself skips it.
   */
  bundle?: true;
}

/** The documents of a command (attestations, receipts), and what was not issued with its reason. */
export interface DocumentSet {
  files: DocumentFile[];
  /** French, one line per person or association given no document and why. */
  notices: string[];
}

/** Every text a document prints: its title, footers and blocks. */
export function documentTexts(document: PrintDocument): string[] {
  const texts = [document.title];
  for (const part of document.parts) {
    if (part.footer) texts.push(part.footer);
    for (const b of part.blocks) {
      if (b.kind === "fields") texts.push(...b.rows.flat());
      else if (b.kind === "table") texts.push(...b.columns.map((c) => c.label), ...b.rows.flat(), ...(b.total ?? []));
      else if (b.kind === "signature") texts.push(...b.lines);
      else if (b.kind !== "space") texts.push(b.text);
    }
  }
  return texts;
}
