import { describe, expect, it } from "vitest";
import type { DocumentFile, PrintDocument } from "../../src/core/documents/model";
import { buttonBundle } from "../../src/sidebar/documentKinds";

const doc = (title: string, texts: string[], orientation: PrintDocument["orientation"] = "portrait"): PrintDocument => ({
  title, orientation, parts: texts.map((text) => ({ blocks: [{ kind: "text", text }] })),
});
const file = (name: string, document: PrintDocument): DocumentFile => ({ name, document });
const bundle = (name: string, document: PrintDocument): DocumentFile => ({ name, document, bundle: true });
const texts = (d: PrintDocument) => d.parts.map((p) => (p.blocks[0] as { text: string }).text);

const SET = [
  file("attestation-2025-yvonne-le-floch.pdf", doc("A", ["Yvonne"])),
  file("attestation-2025-sophie-martin.pdf", doc("B", ["Sophie"])),
  bundle("attestations-2025.pdf", doc("Toutes", ["Yvonne", "Sophie"])),
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
    expect(b.name).toBe("kit-cec-2025-les-jardins-partagés-de-belleville.pdf");
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

  it("takes every receipt of the receipts' set, not the file of all of them, and nothing from an empty set", () => {
    const receipts = [
      file("recu-2025-001-yvonne.pdf", doc("R1", ["Reçu 1"])), file("recu-2025-002-sophie.pdf", doc("R2", ["Reçu 2"])),
      bundle("recus-2025-club.pdf", doc("Reçus", ["Reçu 1", "Reçu 2"])),
    ];
    expect(texts(buttonBundle("recus", receipts, 2025)!.document)).toEqual(["Reçu 1", "Reçu 2"]);
    expect(buttonBundle("recus", [], 2025)).toBeNull();
    expect(buttonBundle("attestations", [], 2025)).toBeNull();
  });

  it("knows the file of all the attestations by its mark, not by its content", () => {
    // two volunteers' pages alike are both printed; a file of them all is skipped even when it differs
    const alike = [file("attestation-2025-a.pdf", doc("A", ["Même texte"])), file("attestation-2025-b.pdf", doc("B", ["Même texte"])), bundle("attestations-2025.pdf", doc("T", ["Autre"]))];
    expect(texts(buttonBundle("attestations", alike, 2025)!.document)).toEqual(["Même texte", "Même texte"]);
  });

  it("names the file after an association as the command line does, accents kept; none for the actions without one", () => {
    expect(buttonBundle("attestations", SET, 2024, "Amicale Laïque de Quimper")!.name).toBe("attestations-2024-amicale-laïque-de-quimper.pdf");
    expect(buttonBundle("recus", SET, 2024, "« Œuvre » n°1 !")!.name).toBe("recus-fiscaux-2024-œuvre-n-1.pdf");
    expect(buttonBundle("attestations", SET, 2024, "!!!")!.name).toBe("attestations-2024-association.pdf");
    expect(buttonBundle("attestations", SET, 2024, "")!.name).toBe("attestations-2024.pdf");
  });
});
