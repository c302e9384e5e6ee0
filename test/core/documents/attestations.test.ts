import { describe, expect, it } from "vitest";
import { attestationSet } from "../../../src/core/documents/attestations";
import type { DocumentSet } from "../../../src/core/documents/model";
import { UserError } from "../../../src/core/userError";
import { renderPdf } from "../../pdf/renderPdf";
import { pdfInfo, pdfPages, pdfText } from "../../pdf/pdfText";
import { AMIS, CLUB, request } from "./attestationFixture";

/** A PDF's text with every run of spaces (no-break ones included) as one space. */
const flat = (bytes: Uint8Array) => pdfText(bytes, false).replace(/[\s\u00a0\u202f]+/g, " ");
const fileOf = (set: DocumentSet, name: string) => {
  const file = set.files.find((f) => f.name === name);
  if (!file) throw new Error(`${name} absent : ${set.files.map((f) => f.name).join(", ")}`);
  return renderPdf(file.document);
};

describe("attestations de bénévolat", () => {
  const set = attestationSet(request());

  it("writes one file per named volunteer and association, one holding them all per association, one list for each valideur", () => {
    expect(set.files.map((f) => f.name)).toEqual([
      "attestation-2025-club-omnisport-alice-martin.pdf",
      "attestations-2025-club-omnisport.pdf",
      "valideur-cec-2025-club-omnisport.pdf",
      "attestation-2025-les-amis-du-quartier-alice-martin.pdf",
      "attestation-2025-les-amis-du-quartier-chloé-petit.pdf",
      "attestation-2025-les-amis-du-quartier-bob-durand.pdf",
      // Jean-Pierre and Jean Pierre are two people whose names make one file name
      "attestation-2025-les-amis-du-quartier-jean-pierre-martin.pdf",
      "attestation-2025-les-amis-du-quartier-jean-pierre-martin-2.pdf",
      "attestations-2025-les-amis-du-quartier.pdf",
      "valideur-cec-2025-les-amis-du-quartier.pdf",
    ]);
    expect(flat(fileOf(set, "attestation-2025-les-amis-du-quartier-jean-pierre-martin-2.pdf"))).toContain("atteste que Jean Pierre Martin a participé");
  });

  it("marks the files holding all of an association's attestations, and only them, for the sidebar to skip", () => {
    expect(set.files.filter((f) => f.bundle).map((f) => f.name)).toEqual(["attestations-2025-club-omnisport.pdf", "attestations-2025-les-amis-du-quartier.pdf"]);
  });

  it("gives the anonymous hours no attestation, and says so", () => {
    const anonymous = request().report.sections[1]!.volunteers.find((v) => v.anonymous)!;
    expect(anonymous.durationMs).toBe(3 * 3_600_000);
    const texts = set.files.map((f) => JSON.stringify(f.document));
    expect(texts.filter((t) => t.includes(`${anonymous.volunteer} a participé`))).toEqual([]);
    expect(set.notices).toContain("« Les Amis du Quartier » : 3,00 h sans nom de bénévole : aucune attestation pour ces heures.");
  });

  it("holds the association's identity, the volunteer, the period, hours, actions, roles and the signature", () => {
    const bytes = fileOf(set, "attestation-2025-les-amis-du-quartier-alice-martin.pdf");
    const text = flat(bytes);
    expect(pdfInfo(bytes)["Page size"]).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(text).toContain("Attestation de bénévolat");
    expect(text).toContain("Association Les Amis du Quartier");
    expect(text).toContain("Adresse 1 rue de l'Exemple, 75020 Paris");
    expect(text).toContain("SIREN 900000001");
    expect(text).toContain("RNA W751000001");
    expect(text).toContain(
      "Je soussigné(e) Marie Curie, agissant en qualité de Présidente de l'association Les Amis du Quartier, atteste qu'Alice Martin " +
        "a participé bénévolement aux activités de l'association du 01/01/2025 au 31/12/2025 (exercice 2025), pour 210,50 h en 2 actions.",
    );
    expect(text).toContain("Heures de bénévolat 210,50 h");
    expect(text).toContain("Nombre d'actions 2");
    expect(text).toContain("Rôle(s) Présidente");
    expect(text).toContain("Fait à Paris, le 15/03/2026");
    expect(text).toContain("Nom : Marie Curie");
    expect(text).toContain("Qualité : Présidente");
  });

  it("lists hours by category and by project, the rows adding up to the total", () => {
    const page = pdfPages(fileOf(set, "attestation-2025-les-amis-du-quartier-alice-martin.pdf"))[0]!.replace(/[\u00a0\u202f]/g, " ");
    expect(page).toMatch(/Catégorie\s+Actions\s+Heures/);
    expect(page).toMatch(/Gouvernance\s+1\s+150,00 h/);
    expect(page).toMatch(/Animation\s+1\s+60,50 h/);
    expect(page).toMatch(/Projet\s+Actions\s+Heures/);
    expect(page).toMatch(/Fête de quartier\s+1\s+150,00 h/);
    expect(page).toMatch(/Sans projet\s+1\s+60,50 h/);
    expect(page.match(/Total\s+2\s+210,50 h/g)).toHaveLength(2);
  });

  it("says « non renseigné » for what the associations table does not give", () => {
    const text = flat(fileOf(set, "attestation-2025-club-omnisport-alice-martin.pdf"));
    expect(text).toContain("Adresse non renseigné");
    expect(text).toContain("SIREN non renseigné");
    expect(text).toContain("RNA non renseigné");
    expect(text).toContain("Rôle(s) Secrétaire");
    expect(text).toContain("pour 12,50 h en 1 action.");
    expect(set.notices).toContain("« Club Omnisport » : ni SIREN ni RNA dans la table des associations : les attestations portent « non renseigné ».");
  });

  it("leaves lines to fill by hand when no signatory is given", () => {
    const text = flat(renderPdf(attestationSet(request({ signatory: {} })).files[0]!.document));
    expect(text).toContain("Je soussigné(e) …………………………, agissant en qualité de …………………………");
    expect(text).toContain("Fait à …………………………, le 15/03/2026");
  });

  it("bundles every attestation of an association, each on its own pages, with its CEC page", () => {
    const pages = pdfPages(fileOf(set, "attestations-2025-les-amis-du-quartier.pdf")).map((p) => p.replace(/\s+/g, " "));
    const volunteers = pages.map((p) => /atteste qu(?:e |')(.+?) a participé/.exec(p)?.[1]).filter(Boolean);
    expect(volunteers).toEqual(["Alice Martin", "Chloé Petit", "Bob Durand", "Jean-Pierre Martin", "Jean Pierre Martin"]);
    expect(pages.filter((p) => p.includes("Compte d'engagement citoyen (CEC) — année 2025"))).toHaveLength(3);
  });
});

describe("--benevole", () => {
  it("keeps only that volunteer's attestations, matched whatever the case and spaces, with no bundle nor list", () => {
    const set = attestationSet(request({ volunteer: "  alice   MARTIN " }));
    expect(set.files.map((f) => f.name)).toEqual([
      "attestation-2025-club-omnisport-alice-martin.pdf",
      "attestation-2025-les-amis-du-quartier-alice-martin.pdf",
    ]);
  });

  it("refuses an unknown name in French, with the close names", () => {
    const attempt = (name: string) => () => attestationSet(request({ volunteer: name }));
    expect(attempt("Alise Martin")).toThrow(UserError);
    expect(attempt("Alise Martin")).toThrow("Bénévole « Alise Martin » absent du rapport (nom proche : « Alice Martin »).");
    expect(attempt("Martin")).toThrow("(noms proches : « Alice Martin », « Jean-Pierre Martin », « Jean Pierre Martin »)");
    expect(attempt("Zébulon")).toThrow("Bénévole « Zébulon » absent du rapport (5 bénévoles nommés dans le rapport, aucun nom proche).");
  });
});
