import { beforeAll, describe, expect, it } from "vitest";
import type { DownloadFile } from "../../../src/sidebar/exportFiles";
import { sheetFromRows } from "../../../tools/emulator";
import { ASSOCIATIONS, SETTINGS, call, downloadedFiles, labelled, reportNames, requireBuild, sampleWorld, sheetDump } from "./harness";

beforeAll(requireBuild);

const [AMICALE, , JARDINS] = ASSOCIATIONS;
const NAMES = reportNames(2025);

function reportDumps(world: ReturnType<typeof sampleWorld>) {
  return world.spreadsheet.sheets.filter((s) => s.metadata.length).map((s) => {
    const { metadata: _m, ...rest } = JSON.parse(sheetDump(world, s.name));
    // Sheet ids differ from one document to another; everything else must not.
    return { ...rest, charts: rest.charts.map((c: { id: number }) => ({ ...c, id: 0 })) };
  });
}

describe("generateReport in the vm-run bundle", () => {
  it("writes the year's sheets per association, marked, formatted, with two charts on each Synthèse", () => {
    const world = sampleWorld();
    const journalBefore = sheetDump(world, "Journal");
    const rolesBefore = sheetDump(world, "Rôles");
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.ok, value.message).toBe(true);
    expect(value.sheets.map((s: { name: string }) => s.name)).toEqual(NAMES);
    expect(value.message).toContain("Le journal « Journal » n'a pas été modifié.");
    // Hours and people across the associations; money per association, never summed.
    expect(value.totals).toMatchObject({ volunteers: 39, hours: 3145.75, eligible: value.cecNames.eligible.length });
    expect(value.totals.amounts).toEqual([
      { association: AMICALE, period: "exercice 2025", amount: "23\u202f125,56 €" }, // 10 h of a watch from 30/12/2024 fall on 01/01/2025: + 10 h x 11,88 € x 1,45
      { association: "Club Sportif de Villeurbanne", period: "exercice 2025", amount: "28\u202f070,96 €" },
      { association: JARDINS, period: "exercice 2025", amount: "19\u202f286,23 €" },
    ]);

    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Journal", "Rôles", ...NAMES]);
    expect(world.spreadsheet.activeSheet().name).toBe(NAMES[0]);
    for (const name of NAMES) {
      const s = world.spreadsheet.sheetByName(name)!;
      expect(s.metadata).toHaveLength(1);
      expect(s.metadata[0]).toMatchObject({ key: "valorise.report", visibility: "PROJECT" });
      // The fingerprints of the sheet's name and of its values as written.
      expect(s.metadata[0]!.value).toMatch(new RegExp(`^2025:[a-z0-9-]+:${s.sheetId}:[0-9a-z]+:[0-9a-z]+$`));
      expect(name.length).toBeLessThanOrEqual(100);
      // The Synthèse's title row; a table's title and header rows (Sheets repeats frozen rows on each printed page).
      expect(s.frozenRows).toBe(name.includes("Synthèse") ? 1 : 2);
      expect(s.columnWidths.size).toBeGreaterThan(1);
    }
    for (const association of ASSOCIATIONS) {
      const synthese = world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${association}`)!;
      expect(labelled(synthese, "Association")).toBe(association);
      expect(synthese.charts.map((c) => [c.chartType, c.options.title])).toEqual([
        ["PIE", "Heures par catégorie (2025)"],
        ["COLUMN", "Heures par mois (2025)"],
      ]);
      // The SIREN of the settings is their association's only.
      expect(labelled(synthese, "SIREN")).toBe(association === JARDINS ? "123456789" : undefined);
    }
    const shown = call(world, "getSidebarState").value;
    expect(shown.sheets.filter((s: { report: boolean }) => s.report)).toHaveLength(14);

    // Number formats: hours, euros and dates as the report model says; names stay text.
    const benevoles = world.spreadsheet.sheetByName(NAMES[1]!)!;
    expect(benevoles.getValue(1, 1)).toBe(`Valorise – ${AMICALE} – Bénévoles – exercice 2025`);
    expect(benevoles.getValue(2, 1)).toBe("Bénévole");
    expect(benevoles.getFormat(3, 1)).toBe("@");
    expect(benevoles.getFormat(3, 2)).toBe("0.00");
    expect(benevoles.getFormat(3, 5)).toBe('#,##0.00 "€"');
    expect(benevoles.getFormat(3, 9)).toBe("dd/mm/yyyy");
    const compta = world.spreadsheet.sheetByName(NAMES[3]!)!;
    expect(compta.values.some((r) => r?.[1] === "864")).toBe(true);

    expect(sheetDump(world, "Journal")).toBe(journalBefore);
    expect(sheetDump(world, "Rôles")).toBe(rolesBefore);
  });

  it("names the volunteers of each CEC status to act on, as the CEC sheet lists them", () => {
    const world = sampleWorld();
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.ok, value.message).toBe(true);
    const rows = world.spreadsheet.sheetByName("Valorise 2025 – CEC")!.values as unknown[][];
    const header = rows.findIndex((r) => r.includes("Statut"));
    const [name, status] = ["Bénévole", "Statut"].map((h) => rows[header]!.indexOf(h));
    const listed = (label: string) => rows.slice(header + 1).filter((r) => r[status!] === label).map((r) => r[name!]);
    expect(value.cecNames).toEqual({ eligible: listed("Éligible"), conditional: listed("Éligible sous réserve"), incomplete: listed("À compléter") });
    // the sample journal has someone in each: the page has something to say for every status
    expect(Object.values(value.cecNames as Record<string, string[]>).every((names) => names.length > 0)).toBe(true);
    expect(value.cecNames.eligible).toHaveLength(value.totals.eligible);
  });

  it("gives the same result twice, and replaces that year's sheets and nothing else", () => {
    const world = sampleWorld();
    const first = call(world, "generateReport", { year: 2025, settings: SETTINGS }).value;
    const dumps = reportDumps(world);
    call(world, "generateReport", { year: 2024 });
    const with2024 = world.spreadsheet.sheets.map((s) => s.name);
    const again = call(world, "generateReport", { year: 2025 }).value; // the saved settings
    expect(again).toEqual(first);
    expect(world.spreadsheet.sheets.map((s) => s.name)).toEqual(with2024);
    expect(reportDumps(world).filter((d) => d.name.includes("2025"))).toEqual(dumps);
    expect(with2024.filter((n) => n.startsWith("Valorise 2024"))).toEqual(reportNames(2024));
  });

  it("never touches a user's sheet named like a report sheet, nor a copy of a report sheet", () => {
    const user = sheetFromRows("Valorise 2025 – CEC", [["Mes notes"], ["<b>à garder</b>"]]);
    const world = sampleWorld([user]);
    const before = sheetDump(world, "Valorise 2025 – CEC");
    const journal = sheetDump(world, "Journal");
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.sheets.map((s: { name: string }) => s.name)).toContain("Valorise 2025 – CEC (2)");
    // A copy of one of our sheets carries the mark under another sheet id: it is the user's.
    const ours = world.spreadsheet.sheetByName("Valorise 2025 – Anomalies")!;
    const copy = world.spreadsheet.addSheet("Copie de Anomalies");
    copy.metadata.push({ ...ours.metadata[0]!, id: 999 });
    copy.setValue(1, 1, "copie");
    const copyBefore = sheetDump(world, "Copie de Anomalies");

    call(world, "generateReport", { year: 2025 });
    expect(sheetDump(world, "Valorise 2025 – CEC")).toBe(before);
    expect(sheetDump(world, "Copie de Anomalies")).toBe(copyBefore);
    expect(sheetDump(world, "Journal")).toBe(journal);
    expect(world.spreadsheet.sheets.filter((s) => s.name.startsWith("Valorise 2025 – CEC")).map((s) => s.name)).toEqual([
      "Valorise 2025 – CEC",
      "Valorise 2025 – CEC (2)",
    ]);
  });

  it("gives a new name when a user's sheet differs from a report sheet's name only by letter case", () => {
    // Sheets refuses two sheet names that differ only by case: insertSheet would throw.
    const world = sampleWorld([sheetFromRows("VALORISE 2025 – CEC", [["Mes notes"]])]);
    const before = sheetDump(world, "VALORISE 2025 – CEC");
    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value.ok, value.message).toBe(true);
    expect(value.sheets.map((s: { name: string }) => s.name)).toContain("Valorise 2025 – CEC (2)");
    expect(sheetDump(world, "VALORISE 2025 – CEC")).toBe(before);
  });

  it("reads the rate table from a sheet when the settings say so", () => {
    const world = sampleWorld([sheetFromRows("Taux", [["Niveau", "Taux horaire"], ["Expertise", 30], ["Encadrement", "20,50"]])]);
    const settings = { ...SETTINGS, source: { ...SETTINGS.source, rateSheet: "Taux" }, valuation: { ...SETTINGS.valuation, rateTable: undefined } };
    expect(call(world, "previewSource", settings.source).value.rates).toEqual({ sheet: "Taux", rows: 2, error: "" });
    const { value } = call(world, "generateReport", { year: 2025, settings });
    expect(value.ok, value.message).toBe(true);
    const synthese = world.spreadsheet.sheetByName(`Valorise 2025 – Synthèse – ${AMICALE}`)!;
    const labels = synthese.values.map((r) => r?.[0]);
    expect(labels).toContain("Niveau « Expertise »");
    expect(labels).toContain("Niveau « Encadrement »");
    expect(synthese.values.find((r) => r?.[0] === "Niveau « Encadrement »")?.[2]).toBe(20.5);

    const bad = sampleWorld([sheetFromRows("Taux", [["Prix", "Taux"]])]);
    expect(call(bad, "previewSource", settings.source).value.rates.error).toContain("la première colonne doit s'intituler Niveau, Catégorie, Rôle ou Bénévole");
    expect(call(bad, "generateReport", { year: 2025, settings }).value.ok).toBe(false);
  });

  it("warns when a rate-table row matches no level of the journal, naming it, and lists it in the Valorisation sheet", () => {
    const world = sampleWorld([sheetFromRows("Taux", [["Niveau", "Taux horaire"], ["Expertize", 30], ["Encadrement", "20,50"]])]);
    const settings = { ...SETTINGS, source: { ...SETTINGS.source, rateSheet: "Taux" }, valuation: { ...SETTINGS.valuation, rateTable: undefined } };
    const { value } = call(world, "generateReport", { year: 2025, settings });
    expect(value.ok, value.message).toBe(true);
    // Said once when every association has it, else naming the association.
    const expertize = "Attention : la ligne « Expertize » de la table de taux ne correspond à aucune valeur de la colonne « Niveau » du journal (vouliez-vous dire « Expertise » ?)";
    expect(value.message.split(expertize)).toHaveLength(2);
    for (const association of ASSOCIATIONS) {
      expect(value.message).toContain(`Attention (${association}) : heures sans taux dans la table, valorisées au SMIC horaire brut en vigueur à la date de chaque action : « `);
    }
    const valuation = world.spreadsheet.sheetByName(`Valorise 2025 – Valorisation – ${AMICALE}`)!;
    expect(valuation.values.filter((r) => r?.[0] === "Taux sans correspondance").map((r) => r![1])).toEqual([expect.stringContaining("« Expertize »")]);
    const fine = call(sampleWorld(), "generateReport", { year: 2025, settings: SETTINGS }).value;
    // every row matched: only the labels valued at the SMIC instead are said
    expect(fine.message).not.toContain("ne correspond à aucune valeur");
    expect(fine.message).toContain(`Attention (${AMICALE}) : heures sans taux dans la table, valorisées au SMIC`);
  });

  it("says which years exist when the year has no action", () => {
    const world = sampleWorld();
    const { value } = call(world, "generateReport", { year: 2019, settings: SETTINGS });
    expect(value).toEqual({ ok: false, message: "Aucune action comptée en 2019 dans « Journal » (années présentes : 2025, 2024)." });
    expect(world.spreadsheet.sheets).toHaveLength(2);
  });

  it("gives what the year's CSV files and entries files are made of, a set per association, the page writing the A47 one in ISO 8859-15", () => {
    const world = sampleWorld();
    const files = downloadedFiles(world, { year: 2025, settings: SETTINGS });
    // Each association's set carries its name; the settings' SIREN only its association's.
    expect(files.map((f) => f.name)).toEqual(
      ["amicale-laïque-de-quimper", "club-sportif-de-villeurbanne", "les-jardins-partagés-de-belleville"].flatMap((slug) => {
        const siren = slug.startsWith("les-jardins") ? "123456789-" : "";
        return [`benevoles-2025-${slug}.csv`, `comptabilite-2025-${slug}.csv`,
          `ecritures-benevolat-${siren}20251231-${slug}.txt`, `ecritures-benevolat-paheko-${siren}20251231-${slug}.csv`];
      }),
    );
    const [entries, paheko] = files.slice(-2) as [DownloadFile, DownloadFile];
    expect(entries).toMatchObject({ mimeType: "text/plain;charset=iso-8859-15", charset: "ISO-8859-15" });
    expect(paheko).toMatchObject({ mimeType: "text/csv;charset=utf-8" });
    expect(paheko.charset).toBeUndefined();
    expect(paheko.content.startsWith("\ufeffNuméro pièce comptable;Date;Libellé;Numéro compte;")).toBe(true);
    expect(paheko.content).toContain("VAL2025;31/12/2025;");
    const fec = entries;
    expect(fec.content.split("\r\n")[0]).toBe("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise");
    expect(fec.content).toContain("\t864\t");
    const csv = files[0]!.content;
    expect(csv.startsWith("\ufeffBénévole;Heures;")).toBe(true);
    expect(csv).toMatch(/;\d{2}\/\d{2}\/2025;/);
    expect(world.spreadsheet.sheets).toHaveLength(2); // downloads write nothing
  });
});
