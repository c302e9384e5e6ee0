import { beforeAll, describe, expect, it } from "vitest";
import type { SeedCell } from "../../../tools/emulator";
import { SETTINGS, call, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const CATEGORIES = ["Gouvernance (CA, bureau)", "Animation d'activités", "Accueil, accompagnement", "Communication, représentation"];
const LEVELS = ["Exécution", "Encadrement", "Expertise"];

/**
 * A journal of n actions in 2025 over 40 volunteers, 4 categories and 84 distinct dates, one action in 25
 * waiting for moderation (findings, each linked to the journal, grow with it): only its length varies.
 */
function journal(n: number): SeedCell[][] {
  const rows: SeedCell[][] = [["Bénévole", "Association", "Date", "Durée (en heures)", "Distance (en km)", "Catégorie", "Niveau", "En attente de modération"]];
  for (let i = 0; i < n; i++) {
    const day = `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    rows.push([`Bénévole ${i % 40}`, "Les Jardins Partagés de Belleville", { date: day }, 1 + (i % 4) * 0.5, i % 5 === 0 ? 12.5 : "", CATEGORIES[i % 4]!, LEVELS[i % 3]!, i % 25 === 0]);
  }
  return rows;
}

const settings = { ...SETTINGS, source: { ...SETTINGS.source, rolesSheet: "" } };

function generateCost(rows: number) {
  const world = sampleWorld([], journal(rows));
  const before = sheetDump(world, "Journal");
  const result = call(world, "generateReport", { year: 2025, settings });
  expect(result.value.ok, result.value.message).toBe(true);
  expect(sheetDump(world, "Journal")).toBe(before);
  const preview = call(world, "previewSource", settings.source);
  expect(preview.value.rows).toBe(rows);
  // Again, over the sheets just written: each is read once to see whether the user typed in it.
  const plan = call(world, "planReport", { year: 2025 });
  expect(plan.value.replace).toHaveLength(6);
  const again = call(world, "generateReport", { year: 2025 });
  expect(again.value.message).toBe(result.value.message);
  return { generate: result, preview, plan, again };
}

describe("service calls do not grow with the journal", () => {
  it("costs the same for 1,000 and 50,000 rows, call by call", () => {
    const small = generateCost(1_000);
    const large = generateCost(50_000);
    console.log(`generateReport : ${small.generate.total} appels pour 1 000 lignes, ${large.generate.total} pour 50 000 lignes ; previewSource : ${small.preview.total} / ${large.preview.total}`);
    // The one difference: room made once for 2,000 rows in the Anomalies sheet (a new sheet has 1,000).
    const { "Sheet.insertRowsAfter": grown, ...largeCalls } = large.generate.calls;
    expect(grown).toBe(1);
    expect(largeCalls).toEqual(small.generate.calls);
    expect(large.preview.calls).toEqual(small.preview.calls);
    expect(large.plan.calls).toEqual(small.plan.calls);
    expect(large.again.calls).toEqual(small.again.calls);
    console.log(`planReport : ${small.plan.total} / ${large.plan.total} appels ; generateReport à nouveau : ${small.again.total} / ${large.again.total}`);
    // The journal in one read, then each sheet written read back once for its fingerprint.
    expect(small.generate.calls["Range.getValues"]).toBe(1 + 6);
    expect(small.plan.calls["Range.getValues"]).toBe(1 + 6); // the journal, then each report sheet checked once
    expect(small.again.calls["Range.getValues"]).toBe(1 + 6 + 6);
    expect(small.generate.calls["Range.setValues"]).toBe(6); // one per report sheet
    expect(small.generate.calls["Range.setNumberFormats"]).toBe(6);
    expect(small.generate.calls["Range.setFormulas"]).toBe(1); // 40 links to the journal, then 2,000
    // The wall clock is read at most three times per week the journal's dates fall in (53 weeks of 2025).
    expect(small.generate.calls["Utilities.formatDate"]).toBeLessThanOrEqual(3 * 53);
    expect(small.generate.total - small.generate.calls["Utilities.formatDate"]!).toBeLessThan(220);
    // Rewriting a sheet also unmerges its notes and resets its row heights (5 calls a sheet); each note of a Synthèse is merged, wrapped and sized (4 calls).
    expect(small.again.total - small.again.calls["Utilities.formatDate"]!).toBeLessThan(290);
  }, 120_000);
});
