import { namePart } from "../core/documents/attestationFiles";
import { type DocumentFile, type PrintDocument, bundleDocuments } from "../core/documents/model";

/** The three buttons of « Documents (PDF) »; the CEC kit comes from the attestations' set. */
export type DocumentButton = "attestations" | "cec" | "recus";

export interface ButtonSpec {
  label: string;
  /** The server's set that holds this button's documents. */
  set: "attestations" | "recus";
  /** The bundle's title and file name, the year after them. */
  title: string;
  file: string;
  /** Said when the set holds none of this button's documents. */
  none: string;
}

export const BUTTONS: Record<DocumentButton, ButtonSpec> = {
  attestations: {
    label: "Attestations (PDF)", set: "attestations", title: "Attestations de bénévolat", file: "attestations",
    none: "Aucune attestation à produire",
  },
  cec: {
    label: "Kit CEC du valideur (PDF)", set: "attestations", title: "Compte d'engagement citoyen : kit du valideur", file: "kit-cec",
    none: "Aucun document CEC à produire",
  },
  recus: {
    label: "Reçus fiscaux (PDF)", set: "recus", title: "Reçus fiscaux (Cerfa 11580)", file: "recus-fiscaux",
    none: "Aucun reçu à produire",
  },
};

/** The buttons' ids in the page: « pdf-attestations »… */
export const DOCUMENT_BUTTON_IDS = Object.keys(BUTTONS).map((b) => `pdf-${b}`);

/** The CEC kit's files start with « valideur-cec- » (src/core/documents/attestations.ts) or « cec- ». */
const isCecFile = (f: DocumentFile) => /^(valideur-)?cec-/i.test(f.name);

/**
 * One PDF for a button: its files' parts in order. The set's files that hold the others in one (the
 * command line's « attestations-….pdf », « recus-….pdf », marked `bundle`) are skipped: each
 * document is printed once.
 */
export function buttonBundle(button: DocumentButton, files: readonly DocumentFile[], year: number, association?: string): { name: string; document: PrintDocument } | null {
  const spec = BUTTONS[button];
  const own = files.filter((f) => !f.bundle);
  const documents = (button === "recus" ? own : own.filter((f) => isCecFile(f) === (button === "cec"))).map((f) => f.document).filter((d) => d.parts.length > 0);
  if (!documents.length) return null;
  const suffix = association ? `-${namePart(association, "association")}` : "";
  return {
    name: `${spec.file}-${year}${suffix}.pdf`,
    document: bundleDocuments(`${spec.title} ${year}${association ? ` – ${association}` : ""}`, documents),
  };
}
