// One journal, four readers: the custom functions (dist/Code.js in the emulator), the sidebar's
// generated sheets and the CLI's JSON must give the same hours per volunteer and the same findings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices, createWorld, sheetFromRows, type World } from "../../../tools/emulator";
import { main } from "../../../src/local/cli/main";
import type { ReportJson } from "../../../src/local/cli/report";
import { typedRows } from "../../../tools/preview/document";
import { parseCsv } from "../../../src/local/readers/csv";
import { loadBundle } from "../../../tools/vm/runBundle";
import { bufferIo } from "../../local/cli/io";
import { tmpFolder } from "../../local/readers/tmp";
import { ASSOCIATIONS, CODE, SETTINGS, call, requireBuild, sampleWorld } from "./harness";

const HEADERS = ["Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau"];
const NFD = (s: string) => s.normalize("NFD");

/** [Prénom, Nom, Association, Date, Date de fin, Durée, Durée (en heures), En attente] as Bénévalibre 2.x exports them. */
const ACTIONS: string[][] = [
  ["Élodie", "Roux", "Amicale Laïque", "2025-02-03", "", "2:30:00", "2.5", "False"],
  [NFD("Élodie"), "Roux", "amicale  laïque", "2025-03-10", "", "1:15:00", "1.25", "False"],
  ["Ma\u200brc", "Dupont", NFD("Amicale Laïque"), "2025-04-01", "", "4:00:00", "4.0", "False"],
  ["Marc", "Dupont", "Amicale Laïque", "2025-05-01", "", "3:00:00", "3.0", "False"],
  ["Helene", "Durand", "Amicale Laïque", "2025-06-01", "", "1:00:00", "1.0", "False"],
  ["Hélène", "Durand", "Amicale Laïque", "2025-06-02", "", "2:00:00", "2.0", "False"],
  ["Hélène", "Durand", "Amicale Laïque", "2025-06-03", "", "1:30:00", "1.5", "True"],
  ["Paul", "Martin", "Amicale Laïque", "2025-02-30", "", "1:00:00", "1.0", "False"],
  ["Jean-Marc", "Petit", "Amicale Laïque", "2025-07-01", "", "2:00:00", "2.0", "False"],
  ["Jean Marc", "Petit", "Amicale Laïque", "2025-07-02", "", "1:00:00", "1.0", "False"],
  ["Paul", "Martin", "Amicale Laïque", "2025-09-01", "2025-09-02", "1 day, 2:00:00", "26.0", "False"],
  ["Yvonne", "Le Floch", "Amicale Laïque", "2024-12-31", "", "3:00:00", "3.0", "False"],
];

/** django-tables2 then tablib: commas, CRLF, fields quoted only when needed, UTF-8 without BOM. */
function csv(rows: string[][]): string {
  const field = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

const JOURNAL_CSV = csv([
  HEADERS,
  ...ACTIONS.map(([first, last, association, date, end, duration, hours, pending]) =>
    [first!, last!, "", association!, "Permanence", "", date!, end!, duration!, hours!, pending!, "", "Autre", "", ""]),
]);
const ALIAS_ROWS = [["Nom dans le journal", "Nom retenu"], ["Helene Durand", "Hélène Durand"], ["Jean Dupond", "Jean Dupont"]];

const hoursOf = (rows: unknown[][]) => Object.fromEntries(rows.map((r) => [r[0], r[1]]));

describe("the same figures in the custom functions, the sidebar's sheets and the CLI", () => {
  const tmp = tmpFolder("valorise-same-");
  let world: World;
  let cli: ReportJson;
  beforeAll(async () => {
    requireBuild();
    // The journal as Sheets imports the CSV file (typed cells); the alias table created by the sidebar, then filled in.
    world = createWorld({ timeZone: "Europe/Paris", sheets: [sheetFromRows("Journal", typedRows(parseCsv(JOURNAL_CSV)))] });
    expect(call(world, "saveSettings", { ...SETTINGS, source: { ...SETTINGS.source, rolesSheet: "" } }).value.ok).toBe(true);
    expect(call(world, "createAliasTable", { sheet: "" }).value).toMatchObject({ ok: true, sheet: "Alias", created: true });
    const alias = world.spreadsheet.sheetByName("Alias")!;
    ALIAS_ROWS.slice(1).forEach((r, i) => r.forEach((v, j) => alias.setValue(i + 2, j + 1, v)));

    const io = bufferIo();
    const code = await main(["rapport", tmp.write("benevalo-export.csv", JOURNAL_CSV), "--alias", tmp.write("alias.csv", csv(ALIAS_ROWS)), "--annee", "2025", "--json"], io);
    expect(code, io.stderr()).toBe(0);
    cli = JSON.parse(io.stdout()) as ReportJson;
  });
  afterAll(() => tmp.cleanup());

  function customFunctions() {
    const services = createServices({ world, customFunction: true });
    const bundle = loadBundle(CODE, services.globals);
    return { bundle, journal: services.handle.values("Journal!A:O") };
  }

  it("counts each volunteer's hours alike", () => {
    const expected = {
      "Élodie Roux": 3.75, "Marc Dupont": 7, "Hélène Durand": 3, "Jean-Marc Petit": 2, "Jean Marc Petit": 1, "Paul Martin": 26,
    };
    expect(hoursOf(cli.toutesAssociations!.parBenevole.map((b) => [b.benevole, b.heures]))).toEqual(expected);

    const { bundle, journal } = customFunctions();
    const totals = (bundle.call("BENEVOLAT_TOTAUX", journal, 2025) as unknown[][]).slice(1, -1);
    expect(hoursOf(totals)).toEqual(expected);
    for (const [name, hours] of Object.entries(expected)) expect(bundle.call("BENEVOLAT_HEURES", journal, name, 2025), name).toBe(hours);
    // A name typed by the user finds its group through the alias table, as in the journal.
    expect(bundle.call("BENEVOLAT_HEURES", journal, "helene durand", 2025)).toBe(3);

    const generated = call(world, "generateReport", { year: 2025 }).value;
    expect(generated.ok, generated.message).toBe(true);
    const sheet = world.spreadsheet.sheetByName("Valorise 2025 – Bénévoles")!;
    expect(hoursOf(sheet.values.slice(2).map((r) => r!.slice(0, 2)))).toEqual(expected); // under the title and header rows
    expect(generated.totals.hours).toBe(42.75);
  });

  it("lists the same findings, in the same order", () => {
    const { bundle, journal } = customFunctions();
    const fromFunction = (bundle.call("BENEVOLAT_ANOMALIES", journal) as unknown[][]).slice(1).map(([row, column, problem, type]) => [type, row, column, problem]);

    call(world, "generateReport", { year: 2025 });
    const anomalies = world.spreadsheet.sheetByName("Valorise 2025 – Anomalies")!;
    const fromSheet = anomalies.values.slice(2).map((r) => [0, 1, 2, 3].map((j) => r?.[j] ?? ""));
    expect(fromSheet).toEqual(fromFunction);

    const types = fromFunction.map((f) => f[0]);
    expect(types).toEqual(["Erreur", ...Array(5).fill("À vérifier"), "Doublon possible", "Table des alias", "Table des alias", "En attente de modération"]);
    // The spellings the identity rule counts together (NFD, zero-width space, spaces and case) are said, row by row.
    expect(fromFunction.slice(1, 5).map((f) => [f[1], f[2]])).toEqual([[3, "Prénom / Nom"], [3, "Association"], [4, "Prénom / Nom"], [4, "Association"]]);
    // Errors, rows to check and pending rows: the CLI's anomalies.
    const KIND = { erreur: "Erreur", verifier: "À vérifier", attente: "En attente de modération" };
    expect(cli.anomalies.map((a) => [KIND[a.type], a.ligne, a.colonne, a.probleme])).toEqual(
      fromFunction.filter((f) => f[0] !== "Doublon possible" && f[0] !== "Table des alias"),
    );
    // The possible duplicate (never merged), with each spelling's hours.
    expect(cli.doublonsPossibles.map((d) => d.noms.map((n) => [n.nom, n.heures]))).toEqual([[["Jean-Marc Petit", 2], ["Jean Marc Petit", 1]]]);
    const duplicate = fromFunction.find((f) => f[0] === "Doublon possible")!;
    expect(duplicate[3]).toMatch(/^« Jean-Marc Petit » \(2 h, 1 action, ligne 10\) et « Jean Marc Petit » \(1 h, 1 action, ligne 11\)/);
    // The alias table: Helene counted under Hélène, and its row that matches nothing.
    expect(cli.alias.regroupements.map((m) => [m.ligne, m.nom, m.retenu])).toEqual([[6, "Helene Durand", "Hélène Durand"]]);
    expect(fromFunction).toContainEqual(["Table des alias", 6, "Prénom / Nom", "« Helene Durand » compté sous « Hélène Durand » (table des alias)"]);
    expect(cli.alias.problemes).toHaveLength(1);
    expect(fromFunction).toContainEqual(["Table des alias", "", cli.alias.problemes[0]!.colonne, `Table des alias, ligne 3 : ${cli.alias.problemes[0]!.probleme}`]);
    // The sidebar's own counts.
    const preview = call(world, "previewSource", { sheet: "Journal" }).value;
    expect(preview.findings).toMatchObject({ errors: 1, toCheck: 5, pending: 1, duplicates: 1, details: [duplicate[3]] });
    expect(call(world, "generateReport", { year: 2025 }).value.findings).toEqual(preview.findings);
    expect(preview.aliases).toEqual({ sheet: "Alias", entries: 2 });
  });
});

describe("the same money per association in the sidebar and the CLI, with the associations table", () => {
  const tmp = tmpFolder("valorise-money-");
  afterAll(() => tmp.cleanup());
  const TABLE = [
    ["Association", "SIREN", "Clôture", "Plan comptable"],
    ["Club Sportif de Villeurbanne", "732829320", "30/06", "CRC 99-01"],
    ["Les Jardins Partagés de Belleville", "552100554", "31/03", ""],
  ];

  it("values each association over its own exercice, with its SIREN, never summed", async () => {
    requireBuild();
    const io = bufferIo();
    const code = await main(["rapport", "examples/benevalo-export.csv", "--associations", tmp.write("associations.csv", csv(TABLE)),
      "--coefficient", "1,45", "--annee", "2025", "--json"], io);
    expect(code, io.stderr()).toBe(0);
    const cli = JSON.parse(io.stdout()) as ReportJson;

    const world = sampleWorld([sheetFromRows("Associations", TABLE)]);
    const settings = {
      ...SETTINGS, source: { ...SETTINGS.source, rolesSheet: "" }, association: { name: "", identifier: "", declaredOn: "", generalInterest: true },
      valuation: { ...SETTINGS.valuation, mileage: { mode: "aucun" }, rateTable: undefined },
    };
    const generated = call(world, "generateReport", { year: 2025, settings }).value;
    expect(generated.ok, generated.message).toBe(true);

    const euros = (text: string) => Number(text.replace(/[\u202f €]/g, "").replace(",", "."));
    expect(generated.totals.amounts.map((a: { association: string; amount: string }) => [a.association, euros(a.amount)])).toEqual(
      cli.associations.map((a) => [a.association.titre, a.valorisation.montant]),
    );
    expect(cli.associations.map((a) => a.association.titre)).toEqual(ASSOCIATIONS);
    expect(generated.totals.hours).toBe(cli.toutesAssociations!.heures);
    for (const a of cli.associations) {
      const synthese = world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${a.association.titre}`)!;
      const row = (label: string) => synthese.values.find((r) => r?.[0] === label)?.[1];
      expect(row("SIREN") ?? null, a.association.titre).toBe(a.association.siren);
      expect(row("Exercice")).toContain(a.periode.libelle);
    }
  });
});
