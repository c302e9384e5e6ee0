// Runs the CEC custom functions from the built bundle (npm run build) as Sheets would call them.
import { beforeEach, describe, expect, it } from "vitest";
import { createServices } from "../../../tools/emulator";
import { type LoadedBundle, loadBundle } from "../../../tools/vm/runBundle";

const HEADERS = ["Prénom", "Nom", "Association", "Date", "Date de fin", "Durée (en heures)", "Rôle"];
/** Midnight in Paris in winter, as Sheets hands a date cell to a script. */
const parisDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);

const JOURNAL = [
  HEADERS,
  ["Alice", "Martin", "Les Amis", parisDay(2025, 1, 6), parisDay(2025, 1, 31), 210, "Présidente"],
  ["Alice", "Martin", "Les Amis", "2024-01-06", "2024-01-31", 205.5, "Présidente"],
  ["Alice", "Martin", "Les Amis", "2023-01-06", "2023-01-31", 200, "Présidente"],
  ["Alice", "Martin", "Les Amis", "2022-01-06", "2022-01-31", 200, "Présidente"],
  ["Bob", "", "Les Amis", "2025-02-03", "2025-02-28", 150, "Trésorier"],
  ["Chloé", "", "Les Amis", "2025-02-03", "2025-02-28", 82, ""],
  ["Chloé", "", "Club", "2025-03-03", "2025-03-28", 130, ""],
  ["Dan", "", "Les Amis", "2025-02-03", "2025-02-28", 250, "Animateur"],
  ["Eve", "", "Les Amis", "2025-02-03", "2025-02-04", 12, ""],
  ["", "", "Les Amis", "2025-02-03", "2025-02-28", 300, ""],
];
const ROLES = [
  ["Bénévole", "Rôle", "Association", "Date de naissance"],
  ["alice  martin", "Présidente", "Les Amis", ""],
  ["Chloé", "Bénévole", "Les Amis", ""],
  ["Chloé", "Coordinatrice des bénévoles", "Club", parisDay(2011, 1, 1)],
  ["Eve", "Secrétaire", "", "pas de date"],
];

let bundle: LoadedBundle;
beforeEach(() => {
  const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris" });
  bundle = loadBundle("dist/Code.js", globals);
});

describe("CEC_STATUT and CEC_ELIGIBLE", () => {
  it("gives the status with its reason", () => {
    expect(bundle.call("CEC_STATUT", JOURNAL, "Alice Martin", 2025)).toBe("Éligible : 210 h qualifiantes en 2025, dont 210 h dans « Les Amis »");
    expect(bundle.call("CEC_ELIGIBLE", JOURNAL, "ALICE MARTIN", 2025)).toBe(true);
    expect(bundle.call("CEC_STATUT", JOURNAL, "Bob", "2025")).toBe(
      "À compléter : 150 h dans « Les Amis », 200 h requises : il manque 50 h dans d'autres associations",
    );
    expect(bundle.call("CEC_ELIGIBLE", JOURNAL, "Bob", 2025)).toBe(false);
    expect(bundle.call("CEC_STATUT", JOURNAL, "Dan", 2025)).toMatch(/^Éligible sous réserve : 250 h en 2025, dont 250 h dans « Les Amis », mais rôle « Animateur »/);
    expect(bundle.call("CEC_ELIGIBLE", JOURNAL, "Dan", 2025)).toBe(false);
  });

  it("adds the hours done in another association (a number or a duration cell)", () => {
    expect(bundle.call("CEC_STATUT", JOURNAL, "Bob", 2025, "", 50)).toBe("Éligible : 200 h qualifiantes en 2025, dont 150 h dans « Les Amis »");
    expect(bundle.call("CEC_ELIGIBLE", JOURNAL, "Bob", 2025, "", "49:59")).toBe(false);
  });

  it("reads the roles table: role per association, birth date cell", () => {
    expect(bundle.call("CEC_STATUT", JOURNAL, "Chloé", 2025)).toMatch(/^Éligible sous réserve : 212 h en 2025/);
    expect(bundle.call("CEC_STATUT", JOURNAL, "Chloé", 2025, ROLES)).toBe(
      "Non éligible : 14 ans au 31/12/2025 (né(e) le 01/01/2011), 16 ans requis",
    );
    expect(bundle.call("CEC_STATUT", JOURNAL, "Eve", 2025, ROLES)).toBe("Non éligible : 12 h dans l'association la plus fréquentée, 100 h requises");
  });

  it("refuses the anonymous line, unknown names and bad arguments in French", () => {
    expect(() => bundle.call("CEC_STATUT", JOURNAL, "Anonyme", 2025)).toThrow(/pas de statut CEC/);
  });

  it("gives the anonymous line no status even with hours done elsewhere", () => {
    expect(() => bundle.call("CEC_STATUT", JOURNAL, "Anonyme", 2025, "", 250)).toThrow(/pas de statut CEC/);
    expect(() => bundle.call("CEC_ELIGIBLE", JOURNAL, " anonyme ", 2025, "", 250)).toThrow(/pas de statut CEC/);
    expect(() => bundle.call("CEC_STATUT", JOURNAL, "Zoé", 2025)).toThrow(/« Zoé » n'a aucune action comptée/);
    expect(() => bundle.call("CEC_STATUT", JOURNAL, "Bob", "")).toThrow(/annee : année manquante/);
    expect(() => bundle.call("CEC_STATUT", JOURNAL, "Bob", 2025, [["Nom", "Poste"]])).toThrow(/roles : Table des rôles/);
    expect(() => bundle.call("CEC_STATUT", JOURNAL, "Bob", 2025, "", "beaucoup")).toThrow(/heures_autres_associations/);
  });
});

describe("CEC_DROITS", () => {
  it("sums 240 € per eligible year up to the year, capped at 720 €", () => {
    expect(bundle.call("CEC_DROITS", JOURNAL, "Alice Martin", 2022)).toBe(240);
    expect(bundle.call("CEC_DROITS", JOURNAL, "Alice Martin", 2024)).toBe(720);
    expect(bundle.call("CEC_DROITS", JOURNAL, "Alice Martin")).toBe(720);
    expect(bundle.call("CEC_DROITS", JOURNAL, "Bob")).toBe(0);
  });
});

describe("CEC_TABLEAU", () => {
  it("spills one row per named volunteer of the year, then the assumptions", () => {
    const table = bundle.call("CEC_TABLEAU", JOURNAL, 2025, ROLES) as unknown[][];
    expect(table[0]).toEqual([
      "Bénévole", "Heures qualifiantes", "Heures (association principale)", "Statut",
      "Droits de l'année (€)", "Droits cumulés (€)", "À déclarer avant", "À valider avant",
    ]);
    const rows = table.slice(1, 6);
    expect(rows.map((r) => [r[0], r[1], r[2], String(r[3]).split(" : ")[0], r[4], r[5], r[6], r[7]])).toEqual([
      ["Dan", 250, 250, "Éligible sous réserve", 0, 0, "30/06/2026", "31/12/2026"],
      ["Chloé", 130, 130, "Non éligible", 0, 0, "", ""],
      ["Alice Martin", 210, 210, "Éligible", 240, 720, "30/06/2026", "31/12/2026"],
      ["Bob", 150, 150, "À compléter", 0, 0, "30/06/2026", "31/12/2026"],
      ["Eve", 12, 12, "Non éligible", 0, 0, "", ""],
    ]);
    const notes = table.slice(6).map((r) => r[0]);
    expect(notes[0]).toMatch(/^Conditions de l'association \(« Les Amis », « Club »\) supposées remplies : déclarée depuis au moins 1 an/);
    expect(notes[1]).toMatch(/plafonnés à 720 €/);
    expect(notes[2]).toBe("Table des rôles, ligne 5, colonne « Date de naissance » : Date illisible « pas de date » : attendu JJ/MM/AAAA ou AAAA-MM-JJ");
    expect(table.every((r) => r.length === 8)).toBe(true);
  });

  it("names the rows of the roles table that match nothing in the journal or the year", () => {
    const roles = [...ROLES, ["Alice Martin", "Trésorière", "Les Âmis", ""], ["Zoé", "Dirigeant", "", ""]];
    const notes = (bundle.call("CEC_TABLEAU", JOURNAL, 2025, roles) as unknown[][]).slice(6).map((r) => r[0]);
    expect(notes.slice(2)).toEqual([
      "Table des rôles, ligne 5, colonne « Date de naissance » : Date illisible « pas de date » : attendu JJ/MM/AAAA ou AAAA-MM-JJ",
      "Table des rôles, ligne 6, colonne « Association » : « Les Âmis » ne correspond à aucune association du journal ; « Les Amis » y figure",
      "Table des rôles, ligne 7, colonne « Bénévole » : « Zoé » ne correspond à aucun bénévole du journal",
    ]);
  });

  it("is declared with its JSDoc for Sheets' autocomplete", async () => {
    const { readFileSync } = await import("node:fs");
    const code = readFileSync("dist/Code.js", "utf8");
    for (const name of ["CEC_STATUT", "CEC_ELIGIBLE", "CEC_DROITS", "CEC_TABLEAU"]) {
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
    }
  });
});
