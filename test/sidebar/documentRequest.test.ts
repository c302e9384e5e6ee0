import { describe, expect, it } from "vitest";
import { packDocumentReport } from "../../src/core/documents/documentPack";
import { receiptSet } from "../../src/core/documents/receipts";
import { volunteerKeyOf } from "../../src/core/journal/names";
import { buildJournalReport } from "../../src/core/report/yearReport";
import { firstReceiptNumber, pageRequest } from "../../src/sidebar/documentRequest";
import { exportJournal } from "../core/report/benevalibre";

const CLUB = "Club Sportif de Villeurbanne";

describe("the sidebar's receipts request", () => {
  it("passes the first number typed to the receipts, each association numbered from it", () => {
    const report = buildJournalReport(exportJournal([
      { first: "Sophie", last: "Martin", association: CLUB, date: "2025-03-02", hours: 3, km: 100 },
      { first: "Antoine", last: "Bonnet", association: CLUB, date: "2025-05-04", hours: 2, km: 50 },
    ]), 2025, {
      associations: [{ name: CLUB, article200: "oui", address: "2 avenue de l'Exemple, 69100 Villeurbanne", object: "Basket-ball" }],
      valuationSettings: { mileage: { mode: "bareme", vehicle: "voiture", cv: 5, waived: true } },
    });
    const result = {
      ok: true as const, year: 2025, kind: "recus" as const, day: 20_000, report: packDocumentReport(report),
      volunteers: [[volunteerKeyOf("Sophie Martin"), "10 rue des Lilas, 69100 Villeurbanne", false], [volunteerKeyOf("Antoine Bonnet"), "4 impasse du Stade, 69003 Lyon", false]] as [string, string, boolean][],
    };
    const names = (firstNumber?: number) => receiptSet(pageRequest(result, { signatory: {}, ...(firstNumber !== undefined ? { firstNumber } : {}) })).files.filter((f) => !f.bundle).map((f) => f.name);
    expect(names(2025041)).toEqual(["recu-2025-club-sportif-de-villeurbanne-2025041-antoine-bonnet.pdf", "recu-2025-club-sportif-de-villeurbanne-2025042-sophie-martin.pdf"]);
    expect(names()).toEqual(["recu-2025-club-sportif-de-villeurbanne-0001-antoine-bonnet.pdf", "recu-2025-club-sportif-de-villeurbanne-0002-sophie-martin.pdf"]);
  });

  it("reads « Premier numéro de reçu »: a whole number from 1, 1 when empty, a French message otherwise", () => {
    expect(firstReceiptNumber("2026001")).toBe(2026001);
    expect(firstReceiptNumber(" 7 ")).toBe(7);
    expect(firstReceiptNumber("")).toBe(1);
    expect(firstReceiptNumber("0")).toEqual({ error: "Premier numéro de reçu « 0 » invalide : attendu un nombre entier à partir de 1." });
    for (const bad of ["-3", "1.5", "1e3", "douze"]) expect(firstReceiptNumber(bad)).toEqual({ error: `Premier numéro de reçu « ${bad} » invalide : attendu un nombre entier à partir de 1.` });
    expect(firstReceiptNumber("", true)).toEqual({ error: "Premier numéro de reçu invalide : attendu un nombre entier à partir de 1." });
    expect(firstReceiptNumber("9007199254740992")).toEqual({ error: "Premier numéro de reçu « 9007199254740992 » trop grand : au plus 9007199254740991." });
  });
});
