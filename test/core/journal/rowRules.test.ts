import { describe, expect, it } from "vitest";
import { actionList } from "../../../src/core/journal/store";
import { readJournal } from "../../../src/core/journal/read";
import { defaultReportYear } from "../../../src/core/journal/reportYear";
import type { Grid } from "../../../src/core/journal/types";
import { dayFromParts } from "../../../src/core/values/calendar";

const utc = (d: Date) => d.getTime();
const TODAY = dayFromParts(2026, 11, 29)!;
const read = (grid: Grid, today = TODAY) => readJournal(grid, { wallClock: utc, today });
const found = (grid: Grid) => read(grid).anomalies.map((a) => [a.kind, a.row, a.column, a.problem]);
const hours = (grid: Grid) => actionList(read(grid).actions).map((a) => a.durationMs / 3_600_000);

describe("dates", () => {
  const H = ["Bénévole", "Date", "Heures"];

  it("refuses a date before 1990 or more than a year ahead, and counts one within the year", () => {
    expect(found([H, ["A", "31/12/1989", 1], ["A", "31/12/9999", 1], ["A", "2027-11-30", 1], ["A", "2027-11-29", 1], ["A", "01/01/1990", 1]])).toEqual([
      ["erreur", 2, "Date", "Date 31/12/1989 antérieure à 1990 : faute de frappe probable"],
      ["erreur", 3, "Date", "Date 31/12/9999 à plus d'un an dans le futur : faute de frappe probable"],
      ["erreur", 4, "Date", "Date 30/11/2027 à plus d'un an dans le futur : faute de frappe probable"],
    ]);
    expect(read([H, ["A", "2027-11-29", 1]]).years).toEqual([2027]);
  });

  it("counts an action of a year at most, end date included, and refuses a longer one (its days would be spread one row each)", () => {
    const E = ["Bénévole", "Date", "Date de fin", "Heures"];
    const j = read([E, ["A", "01/01/2024", "31/12/2024", 366], ["A", "01/01/2024", "01/01/2025", 367], ["A", "05/03/1990", "27/11/2027", 100]]);
    expect(j.anomalies.map((a) => [a.kind, a.row, a.column, a.problem])).toEqual([
      ["erreur", 3, "Date de fin", "Action du 01/01/2024 au 01/01/2025 : plus d'un an, date de fin probablement erronée ; saisissez une action longue en lignes d'un an au plus"],
      ["erreur", 4, "Date de fin", "Action du 05/03/1990 au 27/11/2027 : plus d'un an, date de fin probablement erronée ; saisissez une action longue en lignes d'un an au plus"],
    ]);
    expect([j.actions.length, j.years]).toEqual([366, [2024]]);
  });

  it("reads a two-digit year by the 1930–2029 window and lists the row to check", () => {
    const j = read([H, ["A", "01/03/99", 1], ["A", "01/03/25", 1], ["A", "01/03/2025", 1]]);
    expect(actionList(j.actions).map((a) => a.year)).toEqual([1999, 2025, 2025]);
    expect(j.anomalies.map((a) => [a.kind, a.row, a.problem])).toEqual([
      ["verifier", 2, "Année à deux chiffres « 01/03/99 » lue 1999 : vérifiez l'année"],
      ["verifier", 3, "Année à deux chiffres « 01/03/25 » lue 2025 : vérifiez l'année"],
    ]);
  });

  it("reports by default the latest year holding a real share of the actions, never a future one", () => {
    const rows: unknown[][] = [H];
    for (let i = 0; i < 60; i++) rows.push(["A", `2025-0${(i % 9) + 1}-10`, 1]);
    for (let i = 0; i < 40; i++) rows.push(["A", `2024-0${(i % 9) + 1}-10`, 1]);
    rows.push(["A", "2026-01-05", 1], ["A", "2027-02-01", 1]);
    const j = read(rows);
    expect(j.years).toEqual([2027, 2026, 2025, 2024]);
    expect(defaultReportYear(j, TODAY)).toBe(2025);
    // once the new year holds a real share, it is the default
    for (let i = 0; i < 10; i++) rows.push(["A", `2026-0${i + 1}-05`, 1]);
    expect(defaultReportYear(read(rows), TODAY)).toBe(2026);
    expect(defaultReportYear(read([H, ["A", "2027-01-05", 1]]), TODAY)).toBeUndefined();
  });
});

describe("durations", () => {
  it("counts more than 24 h in a day as Bénévalibre does, listing it to check, and more than 12 h too", () => {
    const grid = [["Bénévole", "Date", "Durée"], ["A", "2025-03-02", "1 day, 2:00:00"], ["A", "2025-03-03", "13:00:00"], ["A", "2025-03-04", "12:00:00"]];
    expect(hours(grid)).toEqual([26, 13, 12]);
    expect(found(grid)).toEqual([
      ["verifier", 2, "Durée", "Durée de 26 h, plus de 24 h par jour de l'action (1 jour) : comptée telle quelle, comme le fait Bénévalibre"],
      ["verifier", 3, "Durée", "Durée de 13 h, plus de 12 h par jour de l'action (1 jour)"],
    ]);
  });

  it("lists a day of more than 24 h over several rows of one volunteer, and counts it", () => {
    const grid = [["Nom", "Date", "Heures", "Titre"], ["Anne Martin", "01/03/2025", 10, "Réunion"], ["Bob", "01/03/2025", 10, "Réunion"],
      ["Anne Martin", "01/03/2025", 10, "Atelier"], ["Anne Martin", "01/03/2025", 10, "Repas"], ["Anne Martin", "02/03/2025", 10, "Nuit"],
      ["", "02/03/2025", 12, "Nuit"], ["", "02/03/2025", 12, "Jour"], ["", "02/03/2025", 12, "Soir"]];
    // anonymous rows are several people: no day of theirs is anyone's
    expect(hours(grid)).toEqual([10, 10, 10, 10, 10, 12, 12, 12]);
    expect(found(grid)).toEqual([
      ["verifier", 2, "Heures", "« Anne Martin » : 30 h le 01/03/2025 sur 3 lignes (2, 4, 5), plus de 24 h dans la journée : comptées telles quelles, comme le fait Bénévalibre"],
    ]);
  });

  it("takes the decimal hours, else the clock duration, and lists columns that disagree by more than a minute", () => {
    const H = ["Bénévole", "Date", "Durée", "Durée (en heures)"];
    const grid = [H, ["A", "2025-03-02", "2:30:00", "2.5"], ["A", "2025-03-03", "2:30:00", ""], ["A", "2025-03-04", "2:30:00", "deux"],
      ["A", "2025-03-05", "2:30:00", "3"], ["A", "2025-03-06", "2:30:00", "2.51"]];
    expect(hours(grid)).toEqual([2.5, 2.5, 2.5, 3, 2.51]);
    expect(found(grid)).toEqual([
      ["verifier", 4, "Durée (en heures)", "Heures illisibles « deux » : la durée « 2:30:00 » est retenue"],
      ["verifier", 5, "Durée", "Durées en désaccord : « 3 » h et « 2:30:00 » : les heures en décimal sont retenues"],
    ]);
  });

  it("computes the duration from a start and an end time, across midnight when the end is earlier", () => {
    const H = ["Nom du bénévole", "Date de l'action", "Heure de début", "Heure de fin"];
    const grid = [H, ["A", "02/03/2025", "14:30", "17:00"], ["A", "03/03/2025", "22h00", "01h30"], ["A", "04/03/2025", "9:00", ""]];
    expect(hours(grid)).toEqual([2.5, 3.5]);
    expect(found(grid)).toEqual([
      ["erreur", 4, "Heure de fin", "Heure de fin manquante"],
      ["verifier", 3, "Heure de fin", "Heure de fin « 01h30 » avant l'heure de début « 22h00 » : action comptée jusqu'au lendemain"],
    ]);
  });
});

describe("start and end times beside a duration", () => {
  it("lists times that disagree with the duration column, and keeps the duration", () => {
    const grid = [["Nom", "Date", "Heure de début", "Heure de fin", "Durée"], ["Anne", "14/03/2025", "09:00", "10:00", "2:30"], ["Anne", "15/03/2025", "09:00", "11:30", "2:30"]];
    expect(hours(grid)).toEqual([2.5, 2.5]);
    expect(found(grid)).toEqual([["verifier", 2, "Heure de fin", "Heures « 09:00 » à « 10:00 » en désaccord avec la durée de 2,5 h : la durée est retenue"]]);
  });

  it("quotes time cells as the sheet shows them, not as instants", () => {
    // an xlsx or Sheets time cell: a date on 30 December 1899, here on a UTC wall clock
    const time = (h: number, m: number) => new Date(Date.UTC(1899, 11, 30, h, m));
    const grid = [["Nom", "Date", "Heure de début", "Heure de fin"], ["Anne", new Date(Date.UTC(2025, 2, 14)), time(22, 0), time(1, 30)]];
    expect(found(grid)).toEqual([["verifier", 2, "Heure de fin", "Heure de fin « 1:30 » avant l'heure de début « 22:00 » : action comptée jusqu'au lendemain"]]);
  });
});

describe("the rest of a row", () => {
  it("leaves out a row whose used cell holds a spreadsheet error, naming the cell's column and the code", () => {
    const grid = [["Bénévole", "Date", "Heures", "Catégorie"], ["A", "2025-03-02", "#N/A", "Autre"], ["#REF!", "2025-03-02", 1, "Autre"], ["A", "2025-03-02", 1, "#VALEUR!"], ["A", "2025-03-03", 1, "Autre"]];
    expect(found(grid)).toEqual([
      ["erreur", 2, "Heures", "Cellule en erreur (#N/A) : ligne écartée"],
      ["erreur", 3, "Bénévole", "Cellule en erreur (#REF!) : ligne écartée"],
      ["erreur", 4, "Catégorie", "Cellule en erreur (#VALEUR!) : ligne écartée"],
    ]);
    expect(hours(grid)).toEqual([1]);
  });

  it("lists a row typed twice (same volunteer, date, duration and title) and still counts it", () => {
    const H = ["Bénévole", "Date", "Heures", "Titre"];
    const grid = [H, ["A", "2025-03-02", 2, "Atelier"], ["B", "2025-03-02", 2, "Atelier"], ["A", "2025-03-02", 2, "atelier "], ["A", "2025-03-02", 2, "Réunion"],
      ["A", "2025-03-02", 3, "Atelier"], ["A", "2025-03-02", 2, "Atelier"], ["A", "2025-03-02", 2, ""], ["A", "2025-03-02", 2, ""]];
    expect(hours(grid)).toHaveLength(8);
    expect(found(grid)).toEqual([
      ["verifier", 4, "Titre", "Ligne identique à la ligne 2 (même bénévole, date, durée et titre) : comptée deux fois ?"],
      ["verifier", 7, "Titre", "Ligne identique à la ligne 2 (même bénévole, date, durée et titre) : comptée deux fois ?"],
    ]);
  });

  it("names a person by the e-mail address in a journal with no name column (a Google Form)", () => {
    const grid = [["Horodateur", "Adresse e-mail", "Date de l'action", "Durée (heures)"],
      ["01/04/2025 10:12:00", "lea@example.org", "30/03/2025", "2"], ["02/04/2025 09:00:00", "LEA@example.org ", "31/03/2025", "1,5"]];
    const j = read(grid);
    expect(actionList(j.actions).map((a) => [a.volunteer, a.day])).toEqual([["lea@example.org", dayFromParts(2025, 3, 30)], ["lea@example.org", dayFromParts(2025, 3, 31)]]);
  });

  it("lists a row a file reader rejected as an error, at its sheet row, and reads the others", () => {
    const grid = [["Bénévole", "Date", "Heures"], ["A", "2025-03-02", 1], ["B", "2025-03-02", 12], ["C", "2025-03-02", 1]];
    const j = readJournal(grid, { wallClock: utc, today: TODAY, rejectedRows: [{ index: 2, column: "", problem: "4 valeurs pour 3 en-têtes : ligne écartée" }] });
    expect(actionList(j.actions).map((a) => a.volunteer)).toEqual(["A", "C"]);
    expect(j.anomalies).toEqual([{ kind: "erreur", row: 3, column: "", problem: "4 valeurs pour 3 en-têtes : ligne écartée" }]);
  });
});

describe("plausible distance and duration of one action (values/limits.ts)", () => {
  const NNBSP = "\u202f";

  it("leaves out a distance of 123 456 789 012 km, naming row, column and why, and counts one of 40 000 km", () => {
    const grid = [["Bénévole", "Date", "Heures", "Distance (en km)"], ["A", "2025-03-02", 2, 123_456_789_012], ["B", "2025-03-02", 2, "40000,5"],
      ["C", "2025-03-02", 2, 40_000], ["D", "2025-03-02", 0, "123456789012"]];
    expect(found(grid)).toEqual([
      ["erreur", 2, "Distance (en km)", `Distance « 123456789012 » : plus de 40${NNBSP}000 km (le tour de la Terre) pour une action, faute de frappe probable`],
      ["erreur", 3, "Distance (en km)", `Distance « 40000,5 » : plus de 40${NNBSP}000 km (le tour de la Terre) pour une action, faute de frappe probable`],
      ["erreur", 5, "Distance (en km)", `Distance « 123456789012 » : plus de 40${NNBSP}000 km (le tour de la Terre) pour une action, faute de frappe probable`],
    ]);
    expect(actionList(read(grid).actions).map((a) => [a.volunteer, a.distanceM / 1000])).toEqual([["C", 40_000]]);
  });

  it("leaves out a duration of 10 000 h, counts one of a whole year round the clock, listed to check", () => {
    const grid = [["Bénévole", "Date", "Date de fin", "Heures", "Durée"], ["A", "2024-01-01", "", 10_000, ""], ["B", "2024-01-01", "2024-12-31", 8784, ""],
      ["C", "2024-03-02", "", "", "367 days, 0:00:00"], ["D", "2024-03-02", "", "1e300", ""]];
    expect(found(grid)).toEqual([
      ["erreur", 2, "Heures", `Durée « 10000 » : plus que les 8${NNBSP}784 h d'une année entière pour une action, faute de frappe probable`],
      ["erreur", 4, "Durée", `Durée « 367 days, 0:00:00 » : plus que les 8${NNBSP}784 h d'une année entière pour une action, faute de frappe probable`],
      ["erreur", 5, "Heures", "Durée illisible « 1e300 » : attendu par exemple 2,5 ou 2:30 ou 2h30"],
      ["verifier", 3, "Heures", "Durée de 8784 h, plus de 12 h par jour de l'action (366 jours)"],
    ]);
    expect(hours(grid).reduce((a, b) => a + b, 0)).toBeCloseTo(8784, 6);
  });
});
