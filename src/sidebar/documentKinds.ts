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
 * One PDF for a button: its files' parts in order, each part printed once (the command line's set
 * also holds the file of all the attestations, whose parts are the per-volunteer files' own).
 */
export function buttonBundle(button: DocumentButton, files: readonly DocumentFile[], year: number, association?: string): { name: string; document: PrintDocument } | null {
  const spec = BUTTONS[button];
  const chosen = button === "recus" ? files : files.filter((f) => isCecFile(f) === (button === "cec"));
  const seen = new Set<string>();
  const documents = chosen.map((f) => {
    const parts = f.document.parts.filter((part) => {
      const key = JSON.stringify(part);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...f.document, parts };
  }).filter((d) => d.parts.length > 0);
  if (!documents.length) return null;
  const suffix = association ? `-${slug(association)}` : "";
  return {
    name: `${spec.file}-${year}${suffix}.pdf`,
    document: bundleDocuments(`${spec.title} ${year}${association ? ` – ${association}` : ""}`, documents),
  };
}

/** « Les Jardins Partagés » → « les-jardins-partages »: a file name any system keeps. */
export function slug(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "association";
}
