import { describe, expect, it } from "vitest";
import type { DocumentFile, PrintDocument } from "../../src/core/documents/model";
import { buttonBundle, slug } from "../../src/sidebar/documentKinds";

const doc = (title: string, texts: string[], orientation: PrintDocument["orientation"] = "portrait"): PrintDocument => ({
  title, orientation, parts: texts.map((text) => ({ blocks: [{ kind: "text", text }] })),
});
const file = (name: string, document: PrintDocument): DocumentFile => ({ name, document });
const texts = (d: PrintDocument) => d.parts.map((p) => (p.blocks[0] as { text: string }).text);

const SET = [
  file("attestation-2025-yvonne-le-floch.pdf", doc("A", ["Yvonne"])),
  file("attestation-2025-sophie-martin.pdf", doc("B", ["Sophie"])),
  file("attestations-2025.pdf", doc("Toutes", ["Yvonne", "Sophie"])),
  file("cec-2025-yvonne-le-floch.pdf", doc("CEC Yvonne", ["CEC Yvonne"])),
  file("valideur-cec-2025.pdf", doc("Liste", ["Liste du valideur"], "landscape")),
];

describe("the sidebar's PDF of each button", () => {
  it("holds the attestations once each, in order, without the CEC files", () => {
    const b = buttonBundle("attestations", SET, 2025)!;
    expect(b.name).toBe("attestations-2025.pdf");
    expect(b.document.title).toBe("Attestations de bénévolat 2025");
    expect(texts(b.document)).toEqual(["Yvonne", "Sophie"]);
  });

  it("holds the CEC files for the kit, and only them", () => {
    const b = buttonBundle("cec", SET, 2025, "Les Jardins Partagés de Belleville")!;
    expect(b.name).toBe("kit-cec-2025-les-jardins-partages-de-belleville.pdf");
    expect(b.document.title).toBe("Compte d'engagement citoyen : kit du valideur 2025 – Les Jardins Partagés de Belleville");
    expect(texts(b.document)).toEqual(["CEC Yvonne", "Liste du valideur"]);
  });

  it("does not take an attestation for the kit because a name in it holds « cec »", () => {
    const sports = [file("attestation-2025-cec-sports-yvonne.pdf", doc("S", ["Yvonne"])), file("valideur-cec-2025-cec-sports.pdf", doc("V", ["Liste"]))];
    expect(texts(buttonBundle("attestations", sports, 2025)!.document)).toEqual(["Yvonne"]);
    expect(texts(buttonBundle("cec", sports, 2025)!.document)).toEqual(["Liste"]);
  });

  it("does not take a name that merely contains the letters « cec » for the kit", () => {
    const b = buttonBundle("cec", [file("attestation-2025-cecile-durand.pdf", doc("C", ["Cécile"]))], 2025);
    expect(b).toBeNull();
    expect(texts(buttonBundle("attestations", [file("attestation-2025-cecile-durand.pdf", doc("C", ["Cécile"]))], 2025)!.document)).toEqual(["Cécile"]);
  });

  it("takes every file of the receipts' set, and nothing from an empty set", () => {
    const receipts = [file("recu-2025-001-yvonne.pdf", doc("R1", ["Reçu 1"])), file("recu-2025-002-sophie.pdf", doc("R2", ["Reçu 2"]))];
    expect(texts(buttonBundle("recus", receipts, 2025)!.document)).toEqual(["Reçu 1", "Reçu 2"]);
    expect(buttonBundle("recus", [], 2025)).toBeNull();
    expect(buttonBundle("attestations", [], 2025)).toBeNull();
  });

  it("names the file after an association in characters any system keeps; none for the actions without one", () => {
    expect(slug("Amicale Laïque de Quimper")).toBe("amicale-laique-de-quimper");
    expect(slug("« Œuvre » n°1 !")).toBe("oeuvre-n-1");
    expect(slug("!!!")).toBe("association");
    expect(buttonBundle("attestations", SET, 2024, "")!.name).toBe("attestations-2024.pdf");
  });
});
