import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type SeedCell, sheetFromRows } from "../../../tools/emulator";
import { typedRows } from "../../../tools/preview/document";
import { parseCsv } from "../../../src/local/readers/csv";
import { ASSOCIATIONS, SETTINGS, call, downloadedFiles, labelled, reportNames, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const [AMICALE, CLUB, JARDINS] = ASSOCIATIONS as [string, string, string];
const HEADERS = ["Association", "SIREN", "RNA", "Date de déclaration", "Article 200 du CGI", "Plan comptable", "Clôture", "Territoire", "Adresse"];
/** The Club's SIREN (Luhn key right) and its exercice closing on 30 June; the Amicale's SIREN mistyped. */
const TABLE = [
  HEADERS,
  [CLUB, "732829320", "", "", "oui", "CRC 99-01", "30/06", "", "12 rue du Stade, Villeurbanne"],
  [AMICALE, "123456780", "", "", "", "", "", "", ""],
];
const settings = { ...SETTINGS, source: { ...SETTINGS.source, rolesSheet: "" } };
const names = (value: { sheets: { name: string }[] }) => value.sheets.map((s) => s.name);

const SAMPLE = parseCsv(readFileSync("examples/benevalo-export.csv", "utf8")) as string[][];
const ASSOCIATION_COLUMN = SAMPLE[0]!.indexOf("Association");

/** The sample journal's rows (header first), as Sheets imports them, each Association cell through `rename`. */
function renamedJournal(rename: (association: string) => string): SeedCell[][] {
  return typedRows(SAMPLE.map((row, i) => (i ? row.map((cell, j) => (j === ASSOCIATION_COLUMN ? rename(cell) : cell)) : row)));
}

describe("the report of one association or of all", () => {
  it("lists the journal's associations in the preview, and writes one association's sheets, leaving the others'", () => {
    const world = sampleWorld();
    expect(call(world, "previewSource", settings.source).value.associations).toEqual(ASSOCIATIONS);
    const all = call(world, "generateReport", { year: 2025, settings }).value;
    expect(names(all)).toEqual(reportNames(2025));
    const amicale = sheetDump(world, `Valorise 2025 – Synthèse – ${AMICALE}`);

    // Matched loosely, as the CLI's --association; not stored in the settings.
    const one = call(world, "generateReport", { year: 2025, association: "club sportif de  villeurbanne" }).value;
    expect(one.ok, one.message).toBe(true);
    expect(one.message).toMatch(/^Rapport 2025 écrit : 6 feuilles\./);
    expect(names(one)).toEqual(reportNames(2025, [CLUB]));
    expect(one.totals.amounts).toEqual([all.totals.amounts[1]]);
    expect(one.totals.hours).toBeLessThan(all.totals.hours);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Journal", "Rôles", ...reportNames(2025)]);
    expect(sheetDump(world, `Valorise 2025 – Synthèse – ${AMICALE}`)).toBe(amicale);
    expect(call(world, "getSidebarState").value.settings).not.toHaveProperty("association.choice");

    // Its files only, named after it.
    const files = downloadedFiles(world, { year: 2025, association: JARDINS });
    expect(files.map((f) => f.name)).toEqual([
      "benevoles-2025-les-jardins-partagés-de-belleville.csv", "comptabilite-2025-les-jardins-partagés-de-belleville.csv",
      "ecritures-benevolat-123456789-20251231-les-jardins-partagés-de-belleville.txt",
      "ecritures-benevolat-paheko-123456789-20251231-les-jardins-partagés-de-belleville.csv",
    ]);

    expect(call(world, "generateReport", { year: 2025, association: "Club Nautique" }).value).toEqual({
      ok: false,
      message: `Association « Club Nautique » absente du journal (associations du journal : « ${AMICALE} », « ${CLUB} », « ${JARDINS} »).`,
    });
    expect(call(world, "getDownloads", { year: 2025, association: 12 }).value.ok).toBe(false);
  });

  it("never writes one association's sheets into another's whose name folds the same (accents, punctuation)", () => {
    // « Club Ete » and « Club Été » are two associations (accents are kept): each keeps its sheets, whatever the order of the runs
    const world = sampleWorld([], renamedJournal((a) => (a === CLUB ? "Club Ete" : a === AMICALE ? "Club Été" : a)));
    expect(call(world, "generateReport", { year: 2025, settings }).value.ok).toBe(true);
    const ete = sheetDump(world, "Valorise 2025 – Synthèse – Club Ete");
    expect(call(world, "generateReport", { year: 2025, association: "Club Été" }).value.ok).toBe(true);
    expect(sheetDump(world, "Valorise 2025 – Synthèse – Club Ete")).toBe(ete);
    expect(labelled(world.spreadsheet.sheetByName("Valorise 2025 – Synthèse – Club Été")!, "Association")).toBe("Club Été");
  });

  it("chooses the actions with no association, listed last as « » in the preview", () => {
    const rows = renamedJournal((a) => a);
    rows[1]![ASSOCIATION_COLUMN] = "";
    const world = sampleWorld([], rows);
    expect(call(world, "previewSource", settings.source).value.associations).toEqual([...ASSOCIATIONS, ""]);
    const { value } = call(world, "generateReport", { year: 2024, settings, association: "" });
    expect(value.ok, value.message).toBe(true);
    // no Comptabilité: the actions with no association are in no one's books
    expect(names(value)).toEqual(reportNames(2024, ["Sans association"]).filter((n) => !n.includes("Comptabilité")));
    expect(value.totals).toMatchObject({ volunteers: 1, hours: 3 });
  });

  it("names each sheet after its association within 100 characters, one sheet per association even when two names make one kind", () => {
    const long = `Association des Amis et Anciens Élèves du Lycée Professionnel Agricole de ${"Saint-".repeat(6)}Quimper`;
    const rename: Record<string, string> = { [AMICALE]: long, [CLUB]: "Club A", [JARDINS]: "Club-A" };
    const world = sampleWorld([], renamedJournal((a) => rename[a] ?? a));
    const { value } = call(world, "generateReport", { year: 2025, settings });
    expect(value.ok, value.message).toBe(true);
    const written: string[] = names(value);
    expect(written).toHaveLength(14);
    expect(new Set(written).size).toBe(14);
    expect(Math.max(...written.map((n) => n.length))).toBeLessThanOrEqual(100);
    expect(written[0]).toBe(`Valorise 2025 – Synthèse – ${long}`.slice(0, 93) + "…");
    const associationOf = (n: string) => labelled(world.spreadsheet.sheetByName(n)!, "Association");
    expect(written.filter((n) => n.includes("Synthèse")).map(associationOf)).toEqual([long, "Club A", "Club-A"]);
    // Generated again: each sheet rewritten in place.
    expect(names(call(world, "generateReport", { year: 2025 }).value)).toEqual(written);
    expect(world.spreadsheet.sheets).toHaveLength(16);
  });
});

describe("the associations sheet in the report", () => {
  it("gives each association its SIREN, chart and closing day: entries dated 30/06, files named with its SIREN", () => {
    const world = sampleWorld([sheetFromRows("Associations", TABLE)]);
    const preview = call(world, "previewSource", settings.source).value;
    expect(preview.associationTable).toEqual({
      sheet: "Associations", rows: 2, issues: 1, error: "",
      details: ["ligne 3, colonne « SIREN » : « 123456780 » a une clé de contrôle fausse (9e chiffre). Cellule ignorée."],
    });
    const { value } = call(world, "generateReport", { year: 2025, settings });
    expect(value.ok, value.message).toBe(true);
    // The bad cell said in French, with its row and column; the rest of its row is read.
    expect(value.message).toContain(
      "Table des associations « Associations » : 1 point à revoir (ligne 3, colonne « SIREN » : « 123456780 » a une clé de contrôle fausse (9e chiffre). Cellule ignorée).",
    );

    const synthese = world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${CLUB}`)!;
    expect(labelled(synthese, "SIREN")).toBe("732829320");
    expect(labelled(synthese, "Exercice")).toBe("exercice clos le 30/06/2025 (du 01/07/2024 au 30/06/2025)");
    const compta = world.spreadsheet.sheetByName(`Valorise 2025 – Comptabilité – ${CLUB}`)!;
    expect(compta.values.filter((r) => String(r?.[0]).startsWith("Écriture 1")).map((r) => r![1])).toContain("870"); // CRC 99-01
    // The other associations keep the common settings: 31/12, no SIREN for the Amicale, the settings' one for the Jardins.
    const amicale = world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${AMICALE}`)!;
    expect([labelled(amicale, "SIREN"), labelled(amicale, "Exercice")]).toEqual([undefined, "exercice 2025 (du 01/01/2025 au 31/12/2025)"]);
    expect(labelled(world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${JARDINS}`)!, "SIREN")).toBe("123456789");

    const files = downloadedFiles(world, { year: 2025, association: CLUB });
    expect(files.map((f) => f.name)).toEqual([
      "benevoles-2024-2025-club-sportif-de-villeurbanne.csv", "comptabilite-2024-2025-club-sportif-de-villeurbanne.csv",
      "ecritures-benevolat-732829320-20250630-club-sportif-de-villeurbanne.txt",
      "ecritures-benevolat-paheko-732829320-20250630-club-sportif-de-villeurbanne.csv",
    ]);
    expect(files[2]!.content.split("\r\n")[1]!.split("\t")[3]).toBe("20250630");
    expect(files[3]!.content).toContain(";30/06/2025;");
  });

  it("keeps the table's row over the settings' association of the same name, and is the sheet the settings name", () => {
    const table = [HEADERS, ["les jardins partagés de belleville", "552100554", "", "", "", "", "", "", ""]];
    const world = sampleWorld([sheetFromRows("Fiches", table)]);
    const named = { ...settings, source: { ...settings.source, associationSheet: "Fiches" } };
    expect(call(world, "generateReport", { year: 2025, settings: named }).value.ok).toBe(true);
    expect(labelled(world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${JARDINS}`)!, "SIREN")).toBe("552100554");

    const missing = { ...settings, source: { ...settings.source, associationSheet: "Supprimée" } };
    expect(call(world, "generateReport", { year: 2025, settings: missing }).value).toEqual({
      ok: false, message: "Feuille « Supprimée » introuvable (table des associations).",
    });
    expect(call(world, "previewSource", missing.source).value.associationTable).toMatchObject({
      sheet: "Supprimée", error: "Feuille « Supprimée » introuvable (table des associations).",
    });
  });

  it("takes a journal with no Association column for the settings' association", () => {
    const rows = typedRows(SAMPLE.map((r) => r.filter((_, j) => j !== ASSOCIATION_COLUMN)));
    const world = sampleWorld([], rows);
    expect(call(world, "previewSource", settings.source).value.associations).toEqual([""]);
    const { value } = call(world, "generateReport", { year: 2025, settings });
    expect(value.ok, value.message).toBe(true);
    expect(names(value)).toEqual(["Synthèse", "Bénévoles", "Valorisation", "Comptabilité", "CEC", "Anomalies"].map((t) => `Valorise 2025 – ${t}`));
    const synthese = world.spreadsheet.sheetByName("Valorise 2025 – Synthèse")!;
    expect([labelled(synthese, "Association"), labelled(synthese, "SIREN")]).toEqual([JARDINS, "123456789"]);
    expect(value.totals.amounts).toEqual([{ association: JARDINS, period: "exercice 2025", amount: expect.stringMatching(/ €$/) }]);
    const files = downloadedFiles(world, { year: 2025 }).map((f) => f.name);
    expect(files).toContain("ecritures-benevolat-123456789-20251231-les-jardins-partagés-de-belleville.txt");
  });
});
