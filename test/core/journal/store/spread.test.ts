import { describe, expect, it } from "vitest";
import { buildCecReport } from "../../../../src/core/cec/report";
import { buildYearReport } from "../../../../src/core/report/yearReport";
import { summaryLayout } from "../../../../src/core/report/summary";
import { rolesOf } from "../../cec/helpers";
import { readJournal } from "../../../../src/core/journal/read";
import { ActionTableWriter, LABEL_COLUMNS, actionCount, actionList, spreadOverDays, tableOfActions } from "../../../../src/core/journal/store";
import type { Grid } from "../../../../src/core/journal/types";
import { defaultReportYear } from "../../../../src/core/journal/reportYear";
import { volunteerTotals } from "../../../../src/core/totals/volunteers";
import { filterActions, sumDurationMs } from "../../../../src/core/totals/filter";
import { valueActions } from "../../../../src/core/valuation/valuation";
import { actionsOfYear } from "../../../../src/core/totals/volunteers";
import { dayOfIso, isoDate } from "../../../../src/core/values/calendar";

const utc = (d: Date) => d.getTime();
const TODAY = dayOfIso("2026-03-01");
const read = (grid: Grid) => readJournal(grid, { wallClock: utc, today: TODAY });

// Bénévalibre 2.x, as its CSV export writes them: Durée as Python's str(timedelta), hours as a Python float
const V2 = ["Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau"];
interface Row { first: string; last: string; date: string; end?: string; clock: string; hours: string; km?: string; title?: string; association?: string }
const row = (r: Row): string[] => {
  const cells: Record<string, string> = {
    Prénom: r.first, Nom: r.last, Association: r.association ?? "Amicale Laïque de Quimper", Titre: r.title ?? "Week-end de formation",
    Date: r.date, "Date de fin": r.end ?? "", Durée: r.clock, "Durée (en heures)": r.hours, "En attente de modération": "False",
    "Distance (en km)": r.km ?? "", Catégorie: "Enseignement, formation", Niveau: "Encadrement",
  };
  return V2.map((h) => cells[h] ?? "");
};
const H = 3_600_000;

describe("an action of several days across the new year", () => {
  const journal = read([
    V2,
    row({ first: "Yvonne", last: "Le Floch", date: "2024-12-30", end: "2025-01-02", clock: "1 day, 16:00:00", hours: "40.0", km: "12.50" }),
    row({ first: "Yvonne", last: "Le Floch", date: "2024-12-14", clock: "3:00:00", hours: "3.0", title: "Marché de Noël" }),
    row({ first: "Ronan", last: "Quéré", date: "2025-02-01", clock: "2:00:00", hours: "2.0", title: "Permanence" }),
  ]);

  it("gives each calendar year the hours of its days, and counts the action once, in its start year", () => {
    expect(journal.anomalies).toEqual([]);
    const of = (year: number) => volunteerTotals(journal, year).map((t) => [t.volunteer, t.hours, t.actions, t.distanceKm, isoDate(t.firstDay), isoDate(t.lastDay)]);
    expect(of(2024)).toEqual([["Yvonne Le Floch", 23, 2, 12.5, "2024-12-14", "2024-12-31"]]);
    // 20 h in 2025 but no action started there: the line shows the hours, 0 action, and the trip stays in 2024
    expect(of(2025)).toEqual([["Yvonne Le Floch", 20, 0, 0, "2025-01-01", "2025-01-02"], ["Ronan Quéré", 2, 1, 0, "2025-02-01", "2025-02-01"]]);
    expect(volunteerTotals(journal).map((t) => [t.volunteer, t.hours, t.actions])).toEqual([["Yvonne Le Floch", 43, 2], ["Ronan Quéré", 2, 1]]);
    expect(volunteerTotals(journal, 2025)[0]!.byCategory).toEqual([{ label: "Enseignement, formation", durationMs: 20 * H, actions: 0, distanceM: 0 }]);
    expect(sumDurationMs(filterActions(journal, { volunteer: "yvonne le floch", year: 2025 })) / H).toBe(20);
  });

  it("counts the journal's actions, not its rows per day, and lists the years the days reach", () => {
    expect(journal.actions.length).toBe(6);
    expect(actionCount(journal.actions)).toBe(3);
    expect(actionCount(actionsOfYear(journal, 2025))).toBe(1);
    expect(journal.years).toEqual([2025, 2024]);
    const v = valueActions(actionsOfYear(journal, 2025), {}, 2025);
    expect(v).toMatchObject({ actions: 1, hours: 22, cents: 22 * 1188 });
    // the 20 h of the days in 2025 are valued there, under an action of 2024
    expect(v.byVolunteer.map((l) => [l.label, l.hours, l.actions, l.cents])).toEqual([["Yvonne Le Floch", 20, 0, 23_760], ["Ronan Quéré", 2, 1, 2_376]]);
    expect(v.mileage.km).toBe(0);
  });

  it("shows a piece of an action as its own day, its share of the hours, and whether it starts the action", () => {
    const pieces = actionList(journal.actions).filter((a) => a.volunteer === "Yvonne Le Floch" && a.durationMs === 10 * H);
    expect(pieces.map((a) => [isoDate(a.day), isoDate(a.endDay), a.year, a.durationMs / H, a.distanceM, a.startsAction])).toEqual([
      ["2024-12-30", "2024-12-30", 2024, 10, 12_500, true],
      ["2024-12-31", "2024-12-31", 2024, 10, 0, false],
      ["2025-01-01", "2025-01-01", 2025, 10, 0, false],
      ["2025-01-02", "2025-01-02", 2025, 10, 0, false],
    ]);
    // the sheet row stays the action's, for every piece
    expect(new Set(journal.actions.row.filter((_, i) => journal.actions.durationMs[i] === 10 * H))).toEqual(new Set([2]));
    // an object list of pieces gives back a table that counts them as one action
    const again = tableOfActions(actionList(journal.actions));
    expect(actionCount(again)).toBe(3);
    expect(Array.from(again.starts!)).toEqual(Array.from(journal.actions.starts!));
  });
});

describe("splitting the milliseconds", () => {
  it("keeps the exact sum of an awkward duration, the extra milliseconds on the first days", () => {
    // 10 h 00 min 01 s over 3 days: 36,001,000 ms, not a multiple of 3
    const journal = read([V2, row({ first: "Anaïs", last: "Guillou", date: "2025-03-21", end: "2025-03-23", clock: "10:00:01", hours: "10.000277777777777" })]);
    expect(Array.from(journal.actions.durationMs)).toEqual([12_000_334, 12_000_333, 12_000_333]);
    expect(volunteerTotals(journal)[0]!.durationMs).toBe(36_001_000);
  });

  it("makes no piece that would hold nothing", () => {
    const table = tableOfActions([{
      volunteerKey: "zoé", volunteer: "Zoé", anonymous: false, day: dayOfIso("2025-05-24"), endDay: dayOfIso("2025-05-26"),
      durationMs: 0, distanceM: 42_000, category: "Collecte, transport", project: "", level: "", association: "", role: "",
    }, {
      volunteerKey: "zoé", volunteer: "Zoé", anonymous: false, day: dayOfIso("2025-05-27"), endDay: dayOfIso("2025-05-29"),
      durationMs: 2, distanceM: 0, category: "Collecte, transport", project: "", level: "", association: "", role: "",
    }]);
    const spread = spreadOverDays(table);
    expect(actionList(spread).map((a) => [isoDate(a.day), a.durationMs, a.distanceM, a.startsAction])).toEqual([
      ["2025-05-24", 0, 42_000, true],
      ["2025-05-27", 1, 0, true],
      ["2025-05-28", 1, 0, false],
    ]);
  });
});

describe("spreading over the table's own memory", () => {
  /** 40 rows (rows 5, 10, 15, 25, 30 and 35 last 2, 3, 4, 2, 3 and 4 days) in columns with room for `capacity`. */
  const written = (capacity: number) => {
    const out = new ActionTableWriter(capacity);
    for (let i = 0; i < 40; i++) {
      out.write(20_000 + i, i % 3, i % 5 === 0 ? i % 4 : 0, i % 7 === 0 ? 100_000 + i : 3_600_000 * (1 + (i % 9)), i % 6 === 0 ? 1_500 : 0, i % 2, i % 3, 0, i % 4, 0, i + 2, i % 5);
    }
    return out.finish({ people: [], labels: { category: [], project: [], level: [], association: [], role: [] } });
  };
  const columns = ["day", "row", "title", "volunteer", "extraDays", "durationMs", "distanceM", "starts", ...LABEL_COLUMNS] as const;
  const content = (t: ReturnType<typeof written>) => columns.map((c) => [c, Array.from(t[c] ?? [])] as const);

  it("gives the same rows as a copy, and a copy leaves the table as read", () => {
    const expected = spreadOverDays(written(40));
    const read = written(40);
    const before = content(read);
    expect(content(spreadOverDays(read))).toEqual(content(expected));
    expect(content(read)).toEqual(before);
    // room for the 12 more rows: written over the table's memory
    const roomy = written(52);
    const inPlace = spreadOverDays(roomy, true);
    expect(inPlace.day.buffer).toBe(roomy.day.buffer);
    expect(content(inPlace)).toEqual(content(expected));
    // no room: copied
    const tight = written(51);
    const copied = spreadOverDays(tight, true);
    expect(copied.day.buffer).not.toBe(tight.day.buffer);
    expect(content(copied)).toEqual(content(expected));
    expect([expected.length, actionCount(expected), Array.from(expected.durationMs).reduce((a, b) => a + b, 0)]).toEqual([52, 40, content(read)[5]![1].reduce((a, b) => a + b, 0)]);
  });
});

describe("the SMIC of each day", () => {
  it("values the days before 1 November 2024 at 11,65 €/h and the days after at 11,88 €/h", () => {
    const journal = read([V2, row({ first: "Hélène", last: "Durand", date: "2024-10-30", end: "2024-11-02", clock: "20:00:00", hours: "20.0" })]);
    const v = valueActions(actionsOfYear(journal, 2024), {}, 2024);
    // 2 days x 5 h x 11,65 € + 2 days x 5 h x 11,88 € = 116,50 € + 118,80 €
    expect(v.rates.map((r) => [r.label, r.hours, r.eurosPerHour, r.cents])).toEqual([
      ["SMIC horaire brut au 01/01/2024", 10, 11.65, 11_650],
      ["SMIC horaire brut au 01/11/2024", 10, 11.88, 11_880],
    ]);
    expect([v.cents, v.actions, v.hours]).toEqual([23_530, 1, 20]);
    expect(v.byVolunteer.map((l) => [l.label, l.actions, l.cents])).toEqual([["Hélène Durand", 1, 23_530]]);
    // the Synthèse's hours by month split the same way
    const rows = summaryLayout(buildYearReport(journal, 2024), { source: "" }).rows;
    const months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    expect(months.map((m) => rows.find((r) => r[0] === `${m} 2024`)?.[1])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 0]);
  });
});

describe("the CEC hours of each year", () => {
  it("gives each year the hours of its days: 240 h across the new year make 200 h in neither", () => {
    // 8 h a day from 15 December 2024 to 13 January 2025: 17 days (136 h) in 2024, 13 days (104 h) in 2025
    const journal = read([V2, row({ first: "Loïc", last: "Kerjean", date: "2024-12-15", end: "2025-01-13", clock: "10 days, 0:00:00", hours: "240.0", title: "Collecte de la banque alimentaire" })]);
    const roles = rolesOf([["Bénévole", "Rôle"], ["Loïc Kerjean", "Président"]]);
    const hours = (year: number) => buildCecReport(journal, year, { roles }).volunteers.map((v) => [v.volunteer, v.associations.map((a) => a.hours), v.text]);
    // all 240 h in 2024 would have made him eligible that year
    expect(hours(2024)).toEqual([["Loïc Kerjean", [136], "À compléter : 136 h dans « Amicale Laïque de Quimper », 200 h requises : il manque 64 h dans d'autres associations"]]);
    expect(hours(2025)).toEqual([["Loïc Kerjean", [104], "À compléter : 104 h dans « Amicale Laïque de Quimper », 200 h requises : il manque 96 h dans d'autres associations"]]);
  });
});

describe("the default report year", () => {
  it("counts an action in its start year only", () => {
    // 19 actions in 2025, one of which reaches 2026: 2026 holds none of the journal's actions
    const rows = Array.from({ length: 18 }, (_, i) => row({ first: "Mamadou", last: "Diallo", date: `2025-03-${String(i + 1).padStart(2, "0")}`, clock: "2:00:00", hours: "2.0", title: `Atelier ${i}` }));
    const journal = read([V2, ...rows, row({ first: "Mamadou", last: "Diallo", date: "2025-12-31", end: "2026-01-01", clock: "4:00:00", hours: "4.0" })]);
    expect(journal.years).toEqual([2026, 2025]);
    expect(defaultReportYear(journal, dayOfIso("2026-02-15"))).toBe(2025);
  });
});

describe("journals without actions of several days", () => {
  it("keep the table as read, without a copy or a starts column", () => {
    const journal = read([
      V2,
      row({ first: "Sophie", last: "Martin", date: "2024-01-01", clock: "3:30:00", hours: "3.5" }),
      row({ first: "Sophie", last: "Martin", date: "2024-01-02", clock: "2:00:00", hours: "2.0", title: "Permanence" }),
    ]);
    expect(journal.actions.starts).toBeUndefined();
    expect(spreadOverDays(journal.actions)).toBe(journal.actions);
    expect(actionCount(journal.actions)).toBe(2);
    expect(actionList(journal.actions).every((a) => a.startsAction)).toBe(true);
  });
});

describe("the checks of the rows as written", () => {
  it("find an action of several days typed twice once, not once per day", () => {
    const twice = row({ first: "Benoît", last: "Jaouen", date: "2024-03-22", end: "2024-03-24", clock: "1 day, 2:00:00", hours: "26.0" });
    const journal = read([V2, twice, twice]);
    expect(journal.anomalies.map((a) => [a.row, a.kind, a.problem])).toEqual([
      [3, "verifier", "Ligne identique à la ligne 2 (même bénévole, date, durée et titre) : comptée deux fois ?"],
    ]);
    expect(actionCount(journal.actions)).toBe(2);
    expect(journal.actions.length).toBe(6);
  });
});
