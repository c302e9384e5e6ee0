import { describe, expect, it } from "vitest";
import { attestationSet } from "../../../src/core/documents/attestations";
import type { DocumentSet } from "../../../src/core/documents/model";
import { renderPdf } from "../../pdf/renderPdf";
import { pdfInfo, pdfPages } from "../../pdf/pdfText";
import { request } from "./attestationFixture";

const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
const pagesOf = (set: DocumentSet, name: string) => {
  const file = set.files.find((f) => f.name === name)!;
  return pdfPages(renderPdf(file.document)).map(squash);
};
const cecPage = (set: DocumentSet, name: string) => pagesOf(set, name).find((p) => p.includes("Compte d'engagement citoyen (CEC)"));

describe("the CEC kit", () => {
  const set = attestationSet(request());

  it("tells an eligible volunteer what to declare on Le Compte Bénévole, by when, and the rights", () => {
    const page = cecPage(set, "attestation-2025-les-amis-du-quartier-alice-martin.pdf")!;
    expect(page).toContain("Compte d'engagement citoyen (CEC) — année 2025");
    expect(page).toContain("Statut Éligible : 223 h qualifiantes en 2025, dont 210,5 h dans « Les Amis du Quartier »");
    expect(page).toContain("Association Les Amis du Quartier");
    expect(page).toContain("RNA ou SIREN RNA W751000001");
    expect(page).toContain("Année 2025");
    expect(page).toContain("Heures en 2025 210,50 h");
    expect(page).toContain("Rôle Présidente");
    expect(page).toContain("Déclaration par le bénévole, sur Le Compte Bénévole, du 01/01/2026 au 30/06/2026");
    expect(page).toContain("Validation par le valideur CEC de l'association, au plus tard le 31/12/2026 ; une validation plus tardive n'est pas créditée");
    expect(page).toContain("240 € inscrits sur votre compte personnel de formation (CPF) par année éligible, dans la limite de 720 €");
    // 2024 and 2025 eligible in the journal
    expect(page).toContain("Droits acquis d'après le journal jusqu'en 2025 : 480 €");
    expect(page).not.toContain("Agent public");
  });

  it("declares in each association its own hours and role: Alice's CEC page of the Club", () => {
    const page = cecPage(set, "attestation-2025-club-omnisport-alice-martin.pdf")!;
    expect(page).toContain("Heures en 2025 12,50 h");
    expect(page).toContain("Rôle Secrétaire");
    expect(page).toContain("RNA ou SIREN non renseigné : à demander à l'association");
  });

  it("asks a volunteer to confirm before declaring when the role may not qualify", () => {
    const page = cecPage(set, "attestation-2025-les-amis-du-quartier-chloé-petit.pdf")!;
    expect(page).toContain("Statut Éligible sous réserve : 210 h en 2025");
    expect(page).toContain("À confirmer avant de déclarer");
    expect(page).toContain("Rôle Animatrice");
    expect(page).toContain("30/06/2026");
    expect(page).toContain("31/12/2026");
  });

  it("tells a volunteer to complete what is missing: hours in other associations, with the numbers", () => {
    const page = cecPage(set, "attestation-2025-les-amis-du-quartier-bob-durand.pdf")!;
    expect(page).toContain("Statut À compléter : 150 h dans « Les Amis du Quartier », 200 h requises");
    expect(page).toContain("Le CEC demande au moins 200 h de bénévolat dans l'année 2025");
    expect(page).toContain("dont au moins 100 h dans une même association");
    expect(page).toContain("Heures comptées 150,00 h");
    expect(page).toContain("Heures manquantes 50,00 h, à faire dans d'autres associations");
    expect(page).toContain("Si vous avez fait au moins 50,00 h de bénévolat dans d'autres associations en 2025");
    expect(page).toContain("30/06/2026");
    expect(page).not.toContain("À déclarer sur Le Compte Bénévole");
  });

  it("gives no CEC page to a volunteer who is not eligible", () => {
    const pages = pagesOf(set, "attestation-2025-les-amis-du-quartier-jean-pierre-martin.pdf");
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toContain("Compte d'engagement citoyen");
  });

  it("shows a public agent the rights as public agents hold them: 20 h a year, 60 h at most, 12 € an hour", () => {
    const byKey = new Map([["alice martin", { publicAgent: true }], ["bob durand", { publicAgent: true }], ["chloé petit", { publicAgent: false }]]);
    const agents = attestationSet(request({ volunteers: { byKey } }));
    const alice = cecPage(agents, "attestation-2025-les-amis-du-quartier-alice-martin.pdf")!;
    expect(alice).toContain("Agent public : vos droits s'expriment en heures de formation : 20 h par année éligible, dans la limite de 60 h, une heure valant 12 € (décret 2019-1392).");
    expect(alice).toContain("Droits acquis d'après le journal jusqu'en 2025 : 40 h de formation");
    expect(alice).not.toContain("240 €");
    expect(cecPage(agents, "attestation-2025-les-amis-du-quartier-bob-durand.pdf")).toContain("20 h par année éligible, dans la limite de 60 h");
    expect(cecPage(agents, "attestation-2025-les-amis-du-quartier-chloé-petit.pdf")).toContain("240 € inscrits");
  });
});

describe("the valideur CEC's list", () => {
  const set = attestationSet(request());

  it("lists in landscape every volunteer to validate, eligible and to confirm, with hours, role, status and both deadlines", () => {
    const file = set.files.find((f) => f.name === "valideur-cec-2025-les-amis-du-quartier.pdf")!;
    const bytes = renderPdf(file.document);
    expect(pdfInfo(bytes)["Page size"]).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
    const [page] = pdfPages(bytes);
    expect(page).toMatch(/Alice Martin\s+210,50\sh\s+Présidente\s+Éligible : 223 h qualifiantes.*30\/06\/2026\s+31\/12\/2026/);
    expect(page).toMatch(/Chloé Petit\s+210,00\sh\s+Animatrice\s+Éligible sous réserve.*30\/06\/2026\s+31\/12\/2026/);
    expect(page).not.toContain("Bob Durand");
    expect(page).toMatch(/Total : 2 bénévoles\s+420,50\sh/);
    expect(squash(page!)).toContain("valide chaque déclaration au plus tard le 31/12/2026");
  });
});
