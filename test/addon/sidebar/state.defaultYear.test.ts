// The year the sidebar offers first: the same rule as the command line (core/journal/reportYear.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { type SeedCell, createWorld, sheetFromRows } from "../../../tools/emulator";
import { call, requireBuild } from "./harness";

beforeAll(requireBuild);

describe("the year offered by the sidebar", () => {
  it("is the latest year holding a real share of the actions, not a stray row dated next year", () => {
    const rows: SeedCell[][] = [["Bénévole", "Date", "Heures"]];
    for (let i = 0; i < 30; i++) rows.push([`B${i % 4}`, { date: `2025-0${(i % 9) + 1}-1${i % 10}` }, 2]);
    rows.push(["B1", { date: "2026-01-03" }, 1]);
    const world = createWorld({ timeZone: "Europe/Paris", sheets: [sheetFromRows("Journal", rows)] });
    const preview = call(world, "previewSource", { sheet: "Journal" }).value;
    expect(preview).toMatchObject({ ok: true, years: [2026, 2025], defaultYear: 2025 });
  });
});
