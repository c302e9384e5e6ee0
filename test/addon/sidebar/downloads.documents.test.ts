import { beforeAll, describe, expect, it } from "vitest";
import { attestationSet } from "../../../src/core/documents/attestations";
import { unpackDocumentReport } from "../../../src/core/documents/documentPack";
import { receiptSet } from "../../../src/core/documents/receipts";
import { ASSOCIATIONS, SETTINGS, call, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const INVALID = "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau).";

/** Every sheet's content and the stored properties: getDownloads only reads. */
function snapshot(world: ReturnType<typeof sampleWorld>): string {
  return JSON.stringify([world.spreadsheet.sheets.map((s) => sheetDump(world, s.name)), Object.values(world.properties).map((p) => [...p.entries()])]);
}

describe("getDownloads with a kind: what the sidebar's PDFs are made of, as plain data", () => {
  it.each(["attestations", "recus"] as const)("answers the %s' data of a year as plain JSON the page builds the documents from, reading the document without writing to it", (kind) => {
    const world = sampleWorld();
    const before = snapshot(world);
    const { value } = call(world, "getDownloads", { year: 2025, settings: SETTINGS, kind });
    expect(value).toMatchObject({ ok: true, year: 2025, kind, volunteers: null });
    expect(value).toEqual(JSON.parse(JSON.stringify(value)));
    const report = unpackDocumentReport(value.report);
    expect(report.sections.length).toBeGreaterThan(0);
    // receipts are for the income year, whatever the association's closing day
    if (kind === "recus") for (const s of report.sections) expect(s.period.dates).toBe("du 01/01/2025 au 31/12/2025");
    const set = (kind === "recus" ? receiptSet : attestationSet)({ report, day: value.day, signatory: {} });
    // every volunteer gets a document or a notice saying why not
    expect(set.files.length + set.notices.length).toBeGreaterThan(0);
    for (const f of set.files) {
      expect(f.name).toMatch(/\.pdf$/);
      expect(f.document.parts.length).toBeGreaterThan(0);
    }
    if (kind === "attestations") {
      const names = report.sections.flatMap((s) => s.volunteers.filter((v) => !v.anonymous).map((v) => v.volunteer));
      expect(names.length).toBeGreaterThan(3);
      for (const name of names) expect(set.files.some((f) => f.name.startsWith("attestation-") && f.document.title.includes(name))).toBe(true);
    }
    expect(snapshot(world)).toBe(before);
  });

  it("reads one association, or the saved settings when the page sends none", () => {
    const world = sampleWorld();
    expect(call(world, "saveSettings", SETTINGS).value.ok).toBe(true);
    const one = call(world, "getDownloads", { year: 2025, kind: "attestations", association: ASSOCIATIONS[2] }).value;
    expect(one).toMatchObject({ ok: true, kind: "attestations" });
    expect(unpackDocumentReport(one.report).sections.map((s) => s.association.name)).toEqual([ASSOCIATIONS[2]]);
    expect(call(world, "getDownloads", { year: 2025, kind: "recus" }).value).toMatchObject({ ok: true, kind: "recus" });
  });

  it("refuses in French an unknown kind, a year without actions and settings to fix", () => {
    const world = sampleWorld();
    for (const kind of ["rapport", null, 3]) {
      expect(call(world, "getDownloads", { year: 2025, settings: SETTINGS, kind }).value).toEqual({ ok: false, message: INVALID });
    }
    expect(call(world, "getDownloads", { year: 1990, settings: SETTINGS, kind: "attestations" }).value).toEqual({
      ok: false, message: expect.stringMatching(/^Aucune action comptée en 1990 dans « Journal » \(années présentes : /),
    });
    const bad = { ...SETTINGS, valuation: { ...SETTINGS.valuation, coefficient: "beaucoup" } };
    expect(call(world, "getDownloads", { year: 2025, settings: bad, kind: "recus" }).value).toEqual({
      ok: false, message: "Des réglages sont à corriger (voir les champs en rouge).",
    });
  });
});
