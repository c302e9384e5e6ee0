import { beforeAll, describe, expect, it } from "vitest";
import { ASSOCIATIONS, SETTINGS, call, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const INVALID = "Demande invalide : rechargez le panneau (Extensions > Valorise > Ouvrir le panneau).";

/** Every sheet's content and the stored properties: getDocuments only reads. */
function snapshot(world: ReturnType<typeof sampleWorld>): string {
  return JSON.stringify([world.spreadsheet.sheets.map((s) => sheetDump(world, s.name)), Object.values(world.properties).map((p) => [...p.entries()])]);
}

describe("getDocuments, the sidebar's PDFs as plain data", () => {
  it.each(["attestations", "recus"] as const)("answers the %s' set of a year as plain JSON, reading the document without writing to it", (kind) => {
    const world = sampleWorld();
    const before = snapshot(world);
    const { value } = call(world, "getDocuments", { year: 2025, settings: SETTINGS, kind });
    expect(value).toMatchObject({ ok: true, year: 2025, kind });
    expect(value).toEqual(JSON.parse(JSON.stringify(value)));
    // every volunteer gets a document or a notice saying why not
    expect(value.files.length + value.notices.length).toBeGreaterThan(0);
    for (const notice of value.notices) expect(typeof notice).toBe("string");
    for (const f of value.files) {
      expect(f.name).toMatch(/\.pdf$/);
      expect(f.document.parts.length).toBeGreaterThan(0);
    }
    expect(snapshot(world)).toBe(before);
  });

  it("reads one association, or the saved settings when the page sends none", () => {
    const world = sampleWorld();
    expect(call(world, "saveSettings", SETTINGS).value.ok).toBe(true);
    expect(call(world, "getDocuments", { year: 2025, kind: "attestations", association: ASSOCIATIONS[2] }).value).toMatchObject({ ok: true, kind: "attestations" });
    expect(call(world, "getDocuments", { year: 2025, kind: "recus" }).value).toMatchObject({ ok: true, kind: "recus" });
  });

  it("refuses in French an unknown kind, a year without actions and settings to fix", () => {
    const world = sampleWorld();
    for (const kind of ["rapport", undefined, 3]) {
      expect(call(world, "getDocuments", { year: 2025, settings: SETTINGS, kind }).value).toEqual({ ok: false, message: INVALID });
    }
    expect(call(world, "getDocuments", { year: 1990, settings: SETTINGS, kind: "attestations" }).value).toEqual({
      ok: false, message: expect.stringMatching(/^Aucune action comptée en 1990 dans « Journal » \(années présentes : /),
    });
    const bad = { ...SETTINGS, valuation: { ...SETTINGS.valuation, coefficient: "beaucoup" } };
    expect(call(world, "getDocuments", { year: 2025, settings: bad, kind: "recus" }).value).toEqual({
      ok: false, message: "Des réglages sont à corriger (voir les champs en rouge).",
    });
  });
});
