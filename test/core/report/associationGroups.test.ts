import { describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";
import { actionsOfGroup, associationGroups } from "../../../src/core/report/associationGroups";
import { actionsOfYear } from "../../../src/core/totals/volunteers";

const HEADERS = ["Bénévole", "Association", "Date", "Durée (en heures)"];
const read = (rows: unknown[][]) => readJournal([HEADERS, ...rows], { wallClock: (d) => d.getTime(), today: 20_600 });
const names = (rows: unknown[][]) => associationGroups(read(rows)).map((g) => g.name || "(sans)");

describe("associationGroups", () => {
  it("holds the associations of the counted actions only: no blank group when every row names one, no group for a row left out", () => {
    const rows = [
      ["Alice", "Club", "2025-01-10", 2],
      ["Bob", "Amicale", "2025-01-11", 1],
      ["Chloé", "Jardins", "2025-01-12", "beaucoup"],
    ];
    expect(read(rows).anomalies.length).toBe(1);
    expect(names(rows)).toEqual(["Amicale", "Club"]);
  });

  it("keeps the rows with no association apart, last, beside named ones", () => {
    expect(names([["Alice", "", "2025-01-10", 2], ["Bob", "Club", "2025-01-11", 1]])).toEqual(["Club", "(sans)"]);
  });

  it("gives a journal of one association (or none) every action in one group, even when a row left out names another", () => {
    const journal = read([["Alice", "Club", "2025-01-10", 2], ["Bob", "club ", "2025-01-11", 1], ["Chloé", "Jardins", "2025-01-12", "?"]]);
    const groups = associationGroups(journal);
    expect(groups.map((g) => g.name)).toEqual(["Club"]);
    const all = actionsOfYear(journal, 2025);
    expect(actionsOfGroup(all, groups[0]!)).toBe(all);
    expect(associationGroups(read([["Alice", "", "2025-01-10", "?"]]))).toEqual([{ key: "", name: "", ids: expect.any(Uint8Array) }]);
  });
});
