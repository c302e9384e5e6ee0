import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SeedCell } from "../../../tools/emulator";
import { typedRows } from "../../../tools/preview/document";
import { parseCsv } from "../../../src/local/readers/csv";
import { ASSOCIATIONS, SETTINGS, call, reportNames, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const JARDINS = ASSOCIATIONS[2]!;
const BENEVOLES = `Valorise 2025 – Bénévoles – ${JARDINS}`;
const SYNTHESE = `Valorise 2025 – Synthèse – ${JARDINS}`;
const CEC = "Valorise 2025 – CEC";
const NAMES = reportNames(2025);

type World = ReturnType<typeof sampleWorld>;
const sheet = (world: World, name: string) => world.spreadsheet.sheetByName(name)!;
const sheetNames = (world: World) => world.spreadsheet.sheets.map((s) => s.name);
/** A sheet rewritten holds new charts, under new ids: everything else must be the same. */
function dumpWithoutChartIds(world: World, name: string) {
  const dump = JSON.parse(sheetDump(world, name));
  return { ...dump, charts: dump.charts.map((c: { id: number }) => ({ ...c, id: 0 })) };
}

/** The sample document with its 2025 report written, as the treasurer finds it the next time. */
function generated(): World {
  const world = sampleWorld();
  const first = call(world, "generateReport", { year: 2025, settings: SETTINGS }).value;
  expect(first.ok, first.message).toBe(true);
  return world;
}

describe("a report sheet the user renamed or typed in is never rewritten", () => {
  it("keeps a renamed sheet and an annotated one byte for byte, writes the report beside them and says so", () => {
    const world = generated();
    sheet(world, CEC).name = "CEC 2025 annoté";
    const benevoles = sheet(world, BENEVOLES);
    benevoles.setValue(benevoles.lastRow() + 2, 1, "Note : les heures de mai restent à confirmer avec Hélène.");
    const renamed = sheetDump(world, "CEC 2025 annoté");
    const annotated = sheetDump(world, BENEVOLES);
    const synthese = sheet(world, SYNTHESE);
    const syntheseDump = dumpWithoutChartIds(world, SYNTHESE);
    const journal = sheetDump(world, "Journal");

    // Before « Générer », the page is told what would be replaced and what would be kept.
    const plan = call(world, "planReport", { year: 2025 }).value;
    expect(plan).toEqual({
      ok: true,
      year: 2025,
      replace: NAMES.filter((n) => n !== BENEVOLES && n !== CEC),
      remove: [],
      kept: [`« ${BENEVOLES} » (modifiée)`, "« CEC 2025 annoté » (renommée)"],
    });
    expect(sheetDump(world, BENEVOLES)).toBe(annotated); // looking changes nothing

    const { value } = call(world, "generateReport", { year: 2025 });
    expect(value.ok, value.message).toBe(true);
    expect(value.message).toContain(
      `Gardées telles quelles : « ${BENEVOLES} » (modifiée), « CEC 2025 annoté » (renommée). ` +
        `Nouveau rapport écrit à côté : « ${BENEVOLES} (2) », « ${CEC} ».`,
    );
    expect(sheetDump(world, "CEC 2025 annoté")).toBe(renamed);
    expect(sheetDump(world, BENEVOLES)).toBe(annotated);
    expect(sheetDump(world, "Journal")).toBe(journal);
    // The new sheets hold the report the kept ones held before the user's changes.
    expect(sheet(world, `${BENEVOLES} (2)`).values.slice(0, benevoles.lastRow() - 2)).toEqual(benevoles.values.slice(0, benevoles.lastRow() - 2));
    expect(sheet(world, CEC).values).toEqual(sheet(world, "CEC 2025 annoté").values);
    // An untouched sheet is rewritten in place, as before: same sheet, same content.
    expect(sheet(world, SYNTHESE)).toBe(synthese);
    expect(dumpWithoutChartIds(world, SYNTHESE)).toEqual(syntheseDump);
    expect(value.sheets.map((s: { name: string }) => s.name)).toEqual(NAMES.map((n) => (n === BENEVOLES ? `${n} (2)` : n)));

    // Next time, the kept sheets are still kept and named; the new ones, untouched, are rewritten in place.
    const before = sheetNames(world);
    const again = call(world, "generateReport", { year: 2025 }).value;
    expect(again.message).toBe(value.message);
    expect(sheetNames(world)).toEqual(before);
    expect(sheetDump(world, BENEVOLES)).toBe(annotated);
    expect(sheetDump(world, "CEC 2025 annoté")).toBe(renamed);
  });

  it("keeps a sheet whose mark has no fingerprint (written by an earlier version): it cannot tell what was typed", () => {
    const world = generated();
    const cec = sheet(world, CEC);
    cec.metadata[0]!.value = `2025:cec:${cec.sheetId}`;
    const before = sheetDump(world, CEC);
    const { value } = call(world, "generateReport", { year: 2025 });
    expect(value.message).toContain(`Gardée telle quelle : « ${CEC} » (écrite par une version antérieure de Valorise). Nouveau rapport écrit à côté : « ${CEC} (2) ».`);
    expect(sheetDump(world, CEC)).toBe(before);
  });

  it("deletes this year's sheet of a kind no longer written only if untouched, and lists it before", () => {
    const world = generated();
    // Two sheets of a kind this report no longer writes (their marks say so), one of them annotated.
    for (const name of [CEC, "Valorise 2025 – Anomalies"]) {
      const m = sheet(world, name).metadata[0]!;
      m.value = m.value!.replace(/^2025:(cec|anomalies):/, "2025:ancien-type:");
    }
    sheet(world, "Valorise 2025 – Anomalies").setValue(1, 6, "vu le 3 mars");
    const annotated = sheetDump(world, "Valorise 2025 – Anomalies");
    const plan = call(world, "planReport", { year: 2025 }).value;
    expect(plan.remove).toEqual([CEC]);
    expect(plan.kept).toEqual(["« Valorise 2025 – Anomalies » (modifiée)"]);
    expect(plan.replace).toEqual(NAMES.slice(0, 12));

    const { value } = call(world, "generateReport", { year: 2025 });
    expect(value.ok, value.message).toBe(true);
    expect(sheetDump(world, "Valorise 2025 – Anomalies")).toBe(annotated);
    expect(value.message).toContain("Gardée telle quelle : « Valorise 2025 – Anomalies » (modifiée).");
    // The CEC and the Anomalies are written anew; the untouched sheet of the old kind is gone.
    expect(sheetNames(world).slice(2)).toEqual([...NAMES.slice(0, 12), "Valorise 2025 – Anomalies", CEC, "Valorise 2025 – Anomalies (2)"]);
  });

  it("refuses settings in error before looking at any sheet, field by field", () => {
    const world = generated();
    const plan = call(world, "planReport", { year: 2025, settings: { ...SETTINGS, valuation: { ...SETTINGS.valuation, coefficient: "beaucoup" } } }).value;
    expect(plan).toMatchObject({ ok: false, message: "Des réglages sont à corriger (voir les champs en rouge).", errors: { "valuation.coefficient": "" } });
    expect(call(world, "planReport", { year: 2019 }).value.message).toMatch(/^Aucune action comptée en 2019 dans « Journal »/);
    expect(call(world, "planReport", "2025").value.ok).toBe(false);
  });
});

const SAMPLE = parseCsv(readFileSync("examples/benevalo-export.csv", "utf8")) as string[][];
const FIRST_NAME = SAMPLE[0]!.indexOf("Prénom");
const LAST_NAME = SAMPLE[0]!.indexOf("Nom");
const CATEGORY = SAMPLE[0]!.indexOf("Catégorie");
/** Names as people type them in a journal, each Sheets would read as a formula or lose a character of. */
const HOSTILE = ["=Bob", "+33 6 12 34 56 78", "-Marie", "@home", "'Tis Dupont"];

/** The sample journal whose first 2025 actions of Les Jardins are done by HOSTILE, one filed under « =Divers »: cells holding that text. */
function hostileJournal(): SeedCell[][] {
  const rows = typedRows(SAMPLE);
  const jardins = rows.filter((_, i) => SAMPLE[i]!.includes(JARDINS) && SAMPLE[i]!.some((c) => c.startsWith("2025-")));
  HOSTILE.forEach((name, i) => {
    jardins[i]![FIRST_NAME] = name;
    jardins[i]![LAST_NAME] = "";
  });
  jardins[0]![CATEGORY] = "=Divers";
  return rows;
}

describe("text from the journal in the report sheets", () => {
  it("is text, never a formula, whatever its first character, and reads back as written", () => {
    const world = sampleWorld([], hostileJournal());
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.ok, value.message).toBe(true);
    for (const name of NAMES) expect([name, [...sheet(world, name).formulas.values()].filter((f) => !f.startsWith("=HYPERLINK("))]).toEqual([name, []]);
    const benevoles = sheet(world, BENEVOLES);
    const column = benevoles.values.map((r) => r?.[0]);
    for (const name of HOSTILE) {
      const row = column.indexOf(name) + 1;
      expect(row, name).toBeGreaterThan(1);
      expect(benevoles.getFormula(row, 1)).toBe("");
      expect(benevoles.getFormat(row, 1)).toBe("@");
    }
    const categories = benevoles.values.map((r) => r?.[10]);
    expect(categories.some((c) => typeof c === "string" && c.startsWith("=Divers"))).toBe(true);
    const synthese = sheet(world, SYNTHESE);
    expect(synthese.values.some((r) => r?.[0] === "=Divers")).toBe(true);
    // Sheets holds exactly what was written: the next generation finds every sheet untouched.
    const plan = call(world, "planReport", { year: 2025 }).value;
    expect(plan).toMatchObject({ ok: true, replace: NAMES, kept: [] });
  });
});
