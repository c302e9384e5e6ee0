import { describe, expect, it } from "vitest";
import { actionCount, actionList, tableOfActions } from "../../../src/core/journal/store";
import { JournalError } from "../../../src/core/journal/columns";
import { readJournal } from "../../../src/core/journal/read";
import type { Grid } from "../../../src/core/journal/types";
import { filterActions, sumDurationMs } from "../../../src/core/totals/filter";
import { totalsTable } from "../../../src/core/totals/table";
import { actionsOfYear, volunteerTotals } from "../../../src/core/totals/volunteers";
import { isoDate } from "../../../src/core/values/calendar";

const utc = (d: Date) => d.getTime();
const read = (grid: Grid) => readJournal(grid, { wallClock: utc });
const V2 = ["Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau"];
const v2 = (first: string, last: string, date: string, hours: string, extra: Partial<Record<string, string>> = {}) =>
  V2.map((h) => extra[h] ?? { Prénom: first, Nom: last, Date: date, "Durée (en heures)": hours, "En attente de modération": "False" }[h] ?? "");

describe("headers", () => {
  it("reads a Bénévalibre 2.x export, joining Prénom and Nom", () => {
    const j = read([V2, v2("Alice", "Martin", "2025-03-01", "2.5", { Durée: "2:30:00", "Distance (en km)": "12.50", Catégorie: "Autre" })]);
    expect(j.actions).toHaveLength(1);
    expect(actionList(j.actions)[0]).toMatchObject({ volunteer: "Alice Martin", durationMs: 9_000_000, distanceM: 12_500, category: "Autre", year: 2025 });
  });

  it("reads a Bénévalibre 1.x export (Bénévole, Heures, en décimal)", () => {
    const j = read([["Bénévole", "Date", "Heures, en décimal", "Catégorie"], ["Paul Durand", "2024-05-02", "1,75", "Autre"]]);
    expect(actionList(j.actions)[0]).toMatchObject({ volunteer: "Paul Durand", durationMs: 6_300_000 });
  });

  it("finds columns by header in any order, ignoring case, accents and spaces", () => {
    const j = read([["  KM ", "durée", "DATE", " benevole "], ["3", "1:00", "02/01/2025", "Zoé"]]);
    expect(actionList(j.actions)[0]).toMatchObject({ volunteer: "Zoé", durationMs: 3_600_000, distanceM: 3000, day: Date.UTC(2025, 0, 2) / 86_400_000 });
  });

  it("names each missing required column and lists the headers found", () => {
    expect(() => read([["Nom", "Catégorie"], ["Alice", "Autre"]])).toThrow(JournalError);
    try {
      read([["Nom", "Catégorie"], ["Alice", "Autre"]]);
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain("la date de l'action");
      expect(message).toContain("la durée");
      expect(message).toContain("« Durée (en heures) »");
      expect(message).not.toContain("le nom du bénévole");
      expect(message).toContain("En-têtes trouvés : « Nom », « Catégorie »");
    }
  });

  it("prefers decimal hours over the duration column", () => {
    const j = read([["Bénévole", "Date", "Durée", "Heures"], ["A", "2025-01-05", "9:00", "1,5"], ["B", "2025-01-05", "2:00", ""]]);
    expect(actionList(j.actions).map((a) => a.durationMs / 3_600_000)).toEqual([1.5, 2]);
  });
});

describe("large values", () => {
  it("keeps a 30-day action of 700 h and 5,000 km exact (past 32 bits of milliseconds), spread 23 h 20 a day", () => {
    const j = read([["Bénévole", "Date", "Date de fin", "Heures", "Km"], ["Alice", "2025-07-01", "2025-07-30", 700, "5000,5"], ["Bob", "2025-07-01", "", 1, ""]]);
    const rows = actionList(j.actions).map((a) => [a.volunteer, a.durationMs, a.distanceM, a.endDay - a.day, a.startsAction]);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toEqual(["Alice", 84_000_000, 5_000_500, 0, true]);
    expect(rows.slice(1, 30).every(([who, ms, m, , starts]) => who === "Alice" && ms === 84_000_000 && m === 0 && starts === false)).toBe(true);
    expect(rows[30]).toEqual(["Bob", 3_600_000, 0, 0, true]);
    expect(volunteerTotals(j, 2025).map((t) => [t.volunteer, t.durationMs, t.hours, t.distanceKm, t.actions])).toEqual([["Alice", 2_520_000_000, 700, 5000.5, 1], ["Bob", 3_600_000, 1, 0, 1]]);
    // the table as written widens its milliseconds past 32 bits
    const written = tableOfActions([{ ...actionList(j.actions)[0]!, durationMs: 700 * 3_600_000, endDay: j.actions.day[0]! + 29 }]);
    expect([written.durationMs[0], written.extraDays[0]]).toEqual([2_520_000_000, 29]);
  });
});

describe("volunteers", () => {
  it("groups names ignoring case and surrounding or repeated spaces", () => {
    const j = read([["Bénévole", "Date", "Heures"], ["Alice Martin", "2025-01-01", "1"], [" alice  martin ", "2025-01-02", "2"], ["ALICE MARTIN", "2025-01-03", "3"]]);
    const totals = volunteerTotals(j);
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({ volunteer: "Alice Martin", hours: 6, actions: 3 });
  });

  it("counts rows with no name under one Anonyme line, after the people", () => {
    const j = read([V2, v2("", "", "2025-01-01", "1"), v2("", "", "2025-01-02", "2"), v2("Léa", "", "2025-01-02", "1")]);
    const totals = volunteerTotals(j);
    expect(totals.map((t) => [t.volunteer, t.anonymous, t.hours])).toEqual([["Léa", false, 1], ["Anonyme", true, 3]]);
  });

  it("uses the pseudo when first and last names are blank", () => {
    const j = read([V2, v2("", "", "2025-01-01", "1", { Pseudo: "lulu56" })]);
    expect(actionList(j.actions)[0]!.volunteer).toBe("lulu56");
  });

  it("gives each row its own volunteer when the same cells repeat (names remembered by cell)", () => {
    // the second time a cell text (or pair, or pseudo) is met, it is answered from memory
    const rows = [
      v2("", "", "2025-01-01", "1", { Pseudo: "lulu56" }),
      v2("Léa", "Roux", "2025-01-02", "2", { Pseudo: "lulu56" }),
      v2("", "", "2025-01-03", "3", { Pseudo: "lulu56" }),
      v2("", "", "2025-01-04", "4"),
      v2("Léa", "Roux", "2025-01-05", "5"),
      v2("", "", "2025-01-06", "6", { Pseudo: "zaza" }),
      v2("", "", "2025-01-07", "7", { Pseudo: "lulu56" }),
      v2("léa ", "ROUX", "2025-01-08", "8"),
    ];
    const byName = (grid: Grid) => Object.fromEntries(volunteerTotals(read(grid)).map((t) => [t.volunteer, t.hours]));
    expect(byName([V2, ...rows])).toEqual({ lulu56: 11, "Léa Roux": 15, zaza: 6, Anonyme: 4 });
    // the Bénévole column of 1.x exports, blank cells falling back to no one
    const v1 = [["Bénévole", "Date", "Heures"], ["Zoé", "2025-01-01", "1"], ["", "2025-01-02", "2"], ["Zoé", "2025-01-03", "4"], [" zoé", "2025-01-04", "8"]];
    expect(byName(v1)).toEqual({ Zoé: 13, Anonyme: 2 });
  });
});

describe("rows left out", () => {
  const grid: Grid = [
    ["Bénévole", "Date", "Date de fin", "Durée", "Distance (en km)", "En attente de modération"],
    ["A", "demain", "", "1:00", "", "Non"],
    ["A", "", "", "1:00", "", "Non"],
    ["A", "2025-03-02", "2025-03-01", "1:00", "", "Non"],
    ["A", "2025-03-02", "", "-1:00", "", "Non"],
    ["A", "2025-03-02", "", "beaucoup", "", "Non"],
    ["A", "2025-03-02", "", "25:00", "", "Non"],
    ["A", "2025-03-02", "2025-03-03", "49:00", "", "Non"],
    ["A", "2025-03-02", "", "0:00", "", "Non"],
    ["A", "2025-03-02", "", "1:00", "", "Oui"],
    ["A", "2025-03-02", "", "1:00", "loin", "Non"],
    ["A", "2025-03-02", "2025-03-03", "48:00", "", "Non"],
    ["A", "2025-03-02", "", "0:00", "15", "Non"],
    ["", "", "", "", "", ""],
  ];
  const j = read(grid);

  it("lists errors first, then rows to check, then pending rows, each with its sheet row, column and a French reason", () => {
    expect(j.anomalies.map((a) => [a.kind, a.row, a.column])).toEqual([
      ["erreur", 2, "Date"], ["erreur", 3, "Date"], ["erreur", 4, "Date de fin"], ["erreur", 5, "Durée"], ["erreur", 6, "Durée"],
      ["erreur", 9, "Durée"], ["erreur", 11, "Distance (en km)"],
      ["verifier", 7, "Durée"], ["verifier", 8, "Durée"], ["verifier", 12, "Durée"],
      ["attente", 10, "En attente de modération"],
    ]);
    const problems = j.anomalies.map((a) => a.problem);
    expect(problems[0]).toMatch(/^Date illisible « demain »/);
    expect(problems[1]).toBe("Date manquante");
    expect(problems[2]).toBe("La date de fin (01/03/2025) précède la date de l'action (02/03/2025)");
    expect(problems[3]).toMatch(/^Durée négative/);
    expect(problems[4]).toMatch(/^Durée illisible « beaucoup »/);
    expect(problems[5]).toBe("Durée nulle sans distance : rien à compter");
    expect(problems[7]).toBe("Durée de 25 h, plus de 24 h par jour de l'action (1 jour) : comptée telle quelle, comme le fait Bénévalibre");
    expect(problems[8]).toBe("Durée de 49 h, plus de 24 h par jour de l'action (2 jours) : comptée telle quelle, comme le fait Bénévalibre");
    expect(problems[9]).toBe("Durée de 48 h, plus de 12 h par jour de l'action (2 jours)");
    expect(problems[10]).toMatch(/en attente de modération/);
  });

  it("counts the rows to check (more than 24 h a day, as Bénévalibre does), and skips empty rows silently", () => {
    // rows 7 (25 h), 8 (49 h over two days), 12 (48 h over two days) and 13 (0 h, 15 km); each action of two days is one row a day
    expect(actionList(j.actions).map((a) => [a.durationMs / 3_600_000, a.distanceM, a.startsAction])).toEqual([
      [25, 0, true], [24.5, 0, true], [24.5, 0, false], [24, 0, true], [24, 0, false], [0, 15_000, true],
    ]);
    expect(actionCount(j.actions)).toBe(4);
  });

  it("numbers rows from the sheet row of the header", () => {
    const shifted = readJournal(grid, { wallClock: utc, firstRow: 5 });
    expect(shifted.anomalies[0]!.row).toBe(6);
  });

  it("says in the totals table how many rows were left out", () => {
    const table = totalsTable(j);
    expect(table[table.length - 1]![0]).toBe("8 lignes du journal écartées des totaux, 3 lignes comptées à vérifier : voir =BENEVOLAT_ANOMALIES(journal)");
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
  });
});

describe("years and filters", () => {
  const j = read([
    ["Bénévole", "Date", "Heures", "Catégorie"],
    ["A", "2024-12-31", "1", "Gouvernance (CA, bureau)"],
    ["A", "2025-01-01", "2", "Gouvernance (CA, bureau)"],
    ["B", "2025-06-01", "4", "Autre"],
  ]);
  it("puts an action in the year of its start date and lists years newest first", () => {
    expect(j.years).toEqual([2025, 2024]);
    expect(sumDurationMs(filterActions(j, { year: 2025 })) / 3_600_000).toBe(6);
  });
  it("filters by volunteer and category loosely", () => {
    expect(sumDurationMs(filterActions(j, { volunteer: " a ", category: "GOUVERNANCE (ca, bureau)" })) / 3_600_000).toBe(3);
  });
  it("orders totals by hours, most first", () => {
    expect(totalsTable(j, actionsOfYear(j, 2025)).slice(1).map((r) => r[0])).toEqual(["B", "A"]);
  });
});

describe("whole-column ranges", () => {
  it("reads A:O with thousands of trailing empty rows", () => {
    const rows: unknown[][] = [V2];
    for (let i = 0; i < 200; i++) rows.push(v2(`P${i % 20}`, "X", `2025-01-${String((i % 28) + 1).padStart(2, "0")}`, "1.5"));
    for (let i = 0; i < 100_000; i++) rows.push(Array(15).fill(""));
    const j = read(rows);
    expect(j.actions).toHaveLength(200);
    expect(j.anomalies).toHaveLength(0);
    expect(isoDate(actionList(j.actions)[199]!.day)).toBe("2025-01-04");
  });
});
