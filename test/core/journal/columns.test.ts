import { describe, expect, it } from "vitest";
import { actionList } from "../../../src/core/journal/store";
import { resolveColumns } from "../../../src/core/journal/columnMapping";
import { JournalError, mapColumns, requireColumns, withColumns } from "../../../src/core/journal/columns";
import type { ColumnMap, Field } from "../../../src/core/journal/fields";
import { readHeader } from "../../../src/core/journal/headerMeaning";
import { readJournal } from "../../../src/core/journal/read";
import type { Grid } from "../../../src/core/journal/types";
import { isoDate } from "../../../src/core/values/calendar";

/** Field → header of each column read, for comparisons that read like the sheet. */
function headersOf(map: ColumnMap): Partial<Record<Field, string>> {
  return Object.fromEntries(Object.entries(map).map(([f, c]) => [f, c.header]));
}

const utc = (d: Date) => d.getTime();

// docs/regles/benevalibre.md: Bénévalibre 2.x export, the 15 columns in their order.
const BENEVALIBRE_2 = ["Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau"];

describe("Bénévalibre exports", () => {
  it("maps the 15 columns of a 2.x export, each one read, no note", () => {
    const m = resolveColumns(BENEVALIBRE_2);
    const index = Object.fromEntries(Object.entries(m.columns).map(([f, c]) => [f, c.index]));
    expect(index).toEqual({
      firstName: 0, lastName: 1, pseudo: 2, association: 3, title: 4, description: 5, date: 6, endDate: 7, duration: 8,
      decimalHours: 9, pending: 10, distance: 11, category: 12, project: 13, level: 14,
    });
    expect(m).toMatchObject({ ignored: [], notices: [], manual: [], unmatched: [] });
  });

  it("maps a 1.x export (Bénévole, Heures, en décimal) and the intermediate one (Prénom, Nom, Pseudo)", () => {
    const v1 = resolveColumns(["Bénévole", "Association", "Titre", "Date", "Date de fin", "Heures, en décimal", "Distance (en km)", "Catégorie"]);
    expect(headersOf(v1.columns)).toEqual({
      volunteer: "Bénévole", association: "Association", title: "Titre", date: "Date", endDate: "Date de fin",
      decimalHours: "Heures, en décimal", distance: "Distance (en km)", category: "Catégorie",
    });
    const mid = resolveColumns(["Prénom", "Nom", "Pseudo", "Date", "Heures, en décimal"]);
    expect(headersOf(mid.columns)).toEqual({ firstName: "Prénom", lastName: "Nom", pseudo: "Pseudo", date: "Date", decimalHours: "Heures, en décimal" });
    expect([v1.notices, mid.notices, v1.ignored, mid.ignored]).toEqual([[], [], [], []]);
  });
});

describe("headers recognised by meaning", () => {
  it.each<[string, Field | undefined]>([
    ["Distance (km)", "distance"], ["Km parcourus", "distance"], ["Kilomètres parcourus", "distance"], ["Nombre de km", "distance"],
    ["Nom et prénom", "volunteer"], ["Prénom et nom", "volunteer"], ["Nom du bénévole", "volunteer"],
    ["Nom de la personne bénévole", "volunteer"], ["Bénévoles", "volunteer"], ["Intervenant(e)", "volunteer"],
    ["Date de l'action", "date"], ["Jour", "date"], ["Date de la mission", "date"], ["DATE (jj/mm/aaaa)", "date"], ["Date de début", "date"],
    ["Durée (heures)", "decimalHours"], ["Durée (h)", "decimalHours"], ["Nombre d'heures", "decimalHours"], ["Heures", "decimalHours"],
    ["Heures de bénévolat", "decimalHours"], ["Temps passé", "duration"], ["Durée", "duration"], ["Temps passé (heures)", "decimalHours"],
    ["Heure de début", "startTime"], ["Heure début", "startTime"], ["Heure de fin", "endTime"], ["Horaire de fin", "endTime"],
    ["Adresse e-mail", "email"], ["E-mail", "email"], ["Courriel", "email"], ["Email Address", "email"],
    ["Horodateur", "timestamp"], ["Timestamp", "timestamp"], ["Date de saisie", "timestamp"],
    ["Catégorie de l'action", "category"], ["Type d'action", "category"], ["Rôle du bénévole", "role"], ["Fonction", "role"],
    ["Nom de l'association", "association"], ["Nom du projet", "project"], ["Titre de l'action", "title"], ["Mission", "title"],
    ["Commentaire", "description"], ["Niveau d'expertise", "level"], ["En attente", "pending"], ["Pseudonyme", "pseudo"],
    ["Prénom du bénévole", "firstName"], ["Nom de famille", "lastName"],
    // false friends
    ["Nom", "lastName"], ["Date de fin", "endDate"], ["Fin", "endDate"], ["Date de naissance", undefined], ["Heure", undefined],
    ["Frais kilométriques (€)", undefined], ["Indemnités km", undefined], ["Nombre de bénévoles", undefined], ["Nombre de jours", undefined],
    ["Adresse", undefined], ["Lieu de l'action", undefined], ["Téléphone", undefined], ["Âge", undefined],
  ])("« %s » → %s", (header, field) => {
    expect(readHeader(header).field).toBe(field);
  });

  it("reads no duration in minutes, and says why", () => {
    const m = resolveColumns(["Bénévole", "Date", "Durée (minutes)"]);
    expect(m.columns.decimalHours ?? m.columns.duration).toBeUndefined();
    expect(m.ignored).toEqual([{ index: 2, header: "Durée (minutes)" }]);
    expect(m.notices).toEqual(["« Durée (minutes) » : durée en minutes, non lue (Valorise attend des heures, par exemple 1,5 ou 1:30)."]);
  });
});

describe("Google Forms responses", () => {
  const FORM = ["Horodateur", "Adresse e-mail", "Nom et prénom", "Date de l'action", "Durée (heures)", "Catégorie de l'action", "Km parcourus", "Vos remarques"];

  it("reads the action's date from its question, never from the Horodateur", () => {
    const m = resolveColumns(FORM);
    expect(headersOf(m.columns)).toEqual({
      timestamp: "Horodateur", email: "Adresse e-mail", volunteer: "Nom et prénom", date: "Date de l'action",
      decimalHours: "Durée (heures)", category: "Catégorie de l'action", distance: "Km parcourus", description: "Vos remarques",
    });
    expect(m.notices).toEqual([]);
    const j = readJournal([FORM, [new Date("2025-03-10T09:12:00Z"), "alice@exemple.fr", "Alice Martin", "01/03/2025", 2.5, "Accueil", 12, ""]], { wallClock: utc });
    expect(actionList(j.actions).map((a) => [a.volunteer, isoDate(a.day), a.durationMs / 3_600_000, a.distanceM])).toEqual([["Alice Martin", "2025-03-01", 2.5, 12_000]]);
  });

  it("takes the Horodateur for the date when it is the only one, with a notice", () => {
    const m = resolveColumns(["Horodateur", "Nom et prénom", "Durée (heures)"]);
    expect(m.columns.date).toEqual({ index: 0, header: "Horodateur" });
    expect(m.columns.timestamp).toEqual({ index: 0, header: "Horodateur" });
    expect(m.notices).toEqual([
      "Date : aucune colonne ne donne la date de l'action ; « Horodateur » (colonne A), le moment de la réponse au formulaire, " +
        "est lue comme date de l'action. Si les actions ont eu lieu un autre jour, ajoutez une question « Date de l'action » au formulaire.",
    ]);
  });

  it("accepts the e-mail address as the only identity", () => {
    const m = resolveColumns(["Horodateur", "Adresse e-mail", "Date de l'action", "Temps passé"]);
    expect(headersOf(m.columns)).toMatchObject({ email: "Adresse e-mail", duration: "Temps passé", date: "Date de l'action" });
    expect(() => requireColumns(m.columns, [])).not.toThrow();
  });
});

describe("a sheet kept by hand", () => {
  const SHEET = ["Jour", "Nom du bénévole", "Heure de début", "Heure de fin", "Km parcourus", "Mission", "Date de naissance"];

  it("reads start and end times, kilometres, and ignores the date of birth", () => {
    const m = resolveColumns(SHEET);
    expect(headersOf(m.columns)).toEqual({
      date: "Jour", volunteer: "Nom du bénévole", startTime: "Heure de début", endTime: "Heure de fin", distance: "Km parcourus", title: "Mission",
    });
    expect(m.ignored).toEqual([{ index: 6, header: "Date de naissance" }]);
    expect(() => requireColumns(m.columns, SHEET)).not.toThrow();
  });

  it("needs both times when there is no duration", () => {
    const headers = ["Jour", "Nom du bénévole", "Heure de début"];
    expect(() => requireColumns(resolveColumns(headers).columns, headers)).toThrow(/la durée \(.*« Heure de début » et « Heure de fin »\)/);
  });
});

describe("repeated headers", () => {
  it("reads the first of two columns with the same header and says so", () => {
    const m = resolveColumns(["Bénévole", "Date", "Heures", "Date"]);
    expect(m.columns.date).toEqual({ index: 1, header: "Date" });
    expect(m.ignored).toEqual([{ index: 3, header: "Date" }]);
    expect(m.notices).toEqual(["L'en-tête « Date » figure 2 fois (colonnes B et D) : la colonne B est lue (Date), l'autre est ignorée."]);
  });

  it("prefers a known header to one recognised by its words, naming both", () => {
    const m = resolveColumns(["Bénévole", "Date de l'action", "Heures", "Date", "Jour"], { firstColumn: 3 });
    expect(m.columns.date).toEqual({ index: 3, header: "Date" });
    expect(m.notices).toEqual([
      "Date : plusieurs colonnes conviennent ; « Date » (colonne F) est lue, ignorées : « Date de l'action » (colonne D), « Jour » (colonne G).",
    ]);
  });

  it("says when a repeated header is read by no field", () => {
    const m = resolveColumns(["Bénévole", "Date", "Heures", "Lieu", "Lieu", "Lieu"]);
    expect(m.notices).toEqual(["L'en-tête « Lieu » figure 3 fois (colonnes D, E et F) : aucune n'est lue."]);
  });
});

describe("columns chosen by hand", () => {
  it("win over the headers' meaning", () => {
    const m = resolveColumns(["Bénévole", "Date", "Jour", "Heures", "Km"], { overrides: { date: "Jour", distance: "" } });
    expect(headersOf(m.columns)).toEqual({ volunteer: "Bénévole", date: "Jour", decimalHours: "Heures" });
    expect(m.manual).toEqual(["date", "distance"]);
    expect(m.ignored.map((c) => c.header)).toEqual(["Date", "Km"]);
    expect(m.notices).toEqual([]);
  });

  it("find the header without case or accents, and take the column from the field it would have had", () => {
    const m = resolveColumns(["Bénévole", "Date", "Heures", "Fin"], { overrides: { endTime: "fin", volunteer: " BENEVOLE " } });
    expect(headersOf(m.columns)).toEqual({ volunteer: "Bénévole", date: "Date", decimalHours: "Heures", endTime: "Fin" });
  });

  it("list a header the row does not hold", () => {
    const m = resolveColumns(["Bénévole", "Date", "Heures"], { overrides: { date: "Quand", level: "Niveau" } });
    expect(m.unmatched).toEqual([{ field: "date", header: "Quand" }, { field: "level", header: "Niveau" }]);
    expect(m.columns.date).toBeUndefined();
  });

  it("keep the Horodateur from standing in for a date chosen as none", () => {
    const m = resolveColumns(["Horodateur", "Bénévole", "Heures"], { overrides: { date: "" } });
    expect(m.columns.date).toBeUndefined();
    expect(() => requireColumns(m.columns, ["Horodateur", "Bénévole", "Heures"], "Choisissez-la à la main.")).toThrow(/la date de l'action .* Choisissez-la à la main\.$/);
  });

  it("reach the reader through withColumns, which leaves the grid given alone", () => {
    const grid: Grid = [["Qui", "Quand", "Combien"], ["Zoé", "2025-02-03", "1,5"], ["Zoé", "30/02/2025", "1"]];
    expect(() => readJournal(grid, { wallClock: utc })).toThrow(JournalError);
    const m = resolveColumns(grid[0]!, { overrides: { volunteer: "Qui", date: "Quand", decimalHours: "Combien" } });
    const mapped = withColumns(grid, m.columns);
    const j = readJournal(mapped, { wallClock: utc });
    expect(actionList(j.actions).map((a) => [a.volunteer, isoDate(a.day), a.durationMs])).toEqual([["Zoé", "2025-02-03", 5_400_000]]);
    expect(j.anomalies).toEqual([expect.objectContaining({ row: 3, column: "Quand" })]);
    expect(mapped[0]).toEqual(grid[0]);
    expect(mapColumns(grid[0]!)).toEqual({});
    expect(mapColumns(mapped[0]!)).toBe(m.columns);
  });
});

describe("requireColumns", () => {
  it("names what is missing with examples, the headers found, and the hint", () => {
    expect(() => requireColumns({}, ["Remarque"], "Utilisez --colonne.")).toThrow(
      "Colonne manquante dans le journal : le nom du bénévole (une colonne comme « Bénévole », « Nom et prénom », « Prénom » et « Nom », « Pseudo » ou « Adresse e-mail ») ; " +
        "la date de l'action (« Date », « Date de l'action », « Jour »…) ; " +
        "la durée (« Durée (en heures) », « Heures », « Durée », « Temps passé »…, ou « Heure de début » et « Heure de fin »). " +
        "La première ligne doit porter les en-têtes. En-têtes trouvés : « Remarque ». Utilisez --colonne.",
    );
  });
});
