// The yearly report PDF of one association, rendered and read back with pdftotext: its identity and
// period, the Synthèse's own figures, the 86/87 table, the method note, each CEC volunteer with
// their status on one line, and the journal's findings with their rows.
import { beforeAll, describe, expect, it } from "vitest";
import { yearReportDocument } from "../../../src/core/documents/yearReport";
import { summaryLayout } from "../../../src/core/report/summary";
import { type YearReport, buildJournalReport } from "../../../src/core/report/yearReport";
import { dayFromParts } from "../../../src/core/values/calendar";
import { loadJournalReport } from "../../../src/local/cli/load";
import { renderPdf } from "../../pdf/renderPdf";
import { bufferIo } from "../../local/cli/io";
import { pdfInfo, pdfPages, pdfText } from "../../pdf/pdfText";
import { exportJournal } from "../report/benevalibre";

const JARDINS = "Les Jardins Partagés de Belleville";
const SOURCE = "benevalo-export.csv (2207 lignes lues)";
const DAY = dayFromParts(2026, 3, 14)!;

/** pdftotext's text with the no-break spaces of French figures as plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
/** "10 302,93" → 10302.93 */
const number = (text: string) => Number(text.replace(/\s/g, "").replace(",", "."));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let section: YearReport;
let bytes: Uint8Array;
let text: string;

beforeAll(async () => {
  const loaded = await loadJournalReport({
    file: "examples/benevalo-export.csv", roles: "examples/roles.csv", associations: "examples/associations.csv", year: 2025,
  }, bufferIo());
  section = loaded.journalReport!.sections.find((s) => s.association.name === JARDINS)!;
  bytes = renderPdf(yearReportDocument(section, { source: SOURCE, day: DAY }));
  text = plain(pdfText(bytes));
});

describe("yearReportDocument: the yearly report PDF of one association", () => {
  it("is an A4 landscape PDF titled with the association and the exercice, its identity on the cover", () => {
    const info = pdfInfo(bytes);
    expect(info["Page size"]).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(info["Title"]).toBe(`Rapport annuel du bénévolat — ${JARDINS} — exercice 2025`);
    const cover = plain(pdfPages(bytes)[0]!);
    expect(cover).toMatch(new RegExp(`Association\\s+${JARDINS}`));
    expect(cover).toMatch(/SIREN\s+900000001/);
    expect(cover).toMatch(/RNA\s+W751000001/);
    expect(cover).toMatch(/Adresse\s+1 rue de l'Exemple, 75020 Paris/);
    expect(cover).toMatch(/Exercice\s+exercice 2025 \(du 01\/01\/2025 au 31\/12\/2025\)/);
    expect(cover).toMatch(new RegExp(`Journal\\s+${escape(SOURCE)}`));
    expect(cover).toMatch(/Établi le\s+14\/03\/2026/);
  });

  it("prints the Synthèse's totals and amount, the very numbers of the workbook's Synthèse sheet", () => {
    const layout = summaryLayout(section, { source: SOURCE });
    const cell = (label: string) => layout.rows.find((r) => r[0] === label)?.[1];
    const labels = ["Bénévoles nommés", "Actions comptées", "Heures", `ETP (base ${section.valuation.settings.etpBase} h par an)`, "Distance (km)", "Montant valorisé"];
    for (const label of labels) {
      const value = cell(label);
      expect(typeof value, label).toBe("number");
      const printed = new RegExp(`^${escape(label)}\\s+([\\d ]+(?:,\\d+)?)( €)?$`, "m").exec(text);
      expect(printed, label).not.toBeNull();
      // shown as the sheet's number format shows the cell: "0.0" km, "0.00" hours and ETP
      const decimals = printed![1]!.split(",")[1]?.length ?? 0;
      expect(number(printed![1]!), label).toBe(Math.round((value as number) * 10 ** decimals) / 10 ** decimals);
    }
    // the sample's figures, as the README quotes them
    expect(text).toMatch(/^Heures\s+867,25$/m);
    expect(text).toMatch(/^Montant valorisé\s+10 302,93 €$/m);
    expect(text).toMatch(/^Distance \(km\)\s+1 299,3$/m);
  });

  it("prints category amounts that add up to the amount valued, to the cent", () => {
    const start = text.indexOf("Catégorie    ");
    const end = text.indexOf("Projet    ");
    const rows = [...text.slice(start, end).matchAll(/^(\S.*?)\s{2,}([\d ]+,\d{2})\s+(\d+,\d{2})\s+([\d ]+,\d{2}) €$/gm)];
    expect(rows.length).toBe(section.valuation.byCategory.filter((c) => c.durationMs > 0).length);
    const cents = rows.reduce((s, r) => s + Math.round(number(r[4]!) * 100), 0);
    expect(cents).toBe(section.valuation.cents);
    expect(text.slice(start, end)).toMatch(/Montant valorisé\s+10 302,93 €/);
  });

  it("prints the 86/87 table, its total and the method note of the annexe", () => {
    expect(text).toMatch(/Comptes 86 et 87 \(règlement ANC 2018-06\)/);
    expect(text).toMatch(/^864\s+Personnel bénévole\s+10 302,93 €$/m);
    expect(text).toMatch(/^875\s+Bénévolat\s+10 302,93 €$/m);
    expect(text).toMatch(/^Total\s+10 302,93 €\s+10 302,93 €$/m);
    const flat = (t: string) => plain(t).replace(/\s+/g, " ");
    expect(flat(pdfText(bytes, false))).toContain(flat(section.accounting!.note));
    expect(section.accounting!.note).toContain("au débit du compte 864 « Personnel bénévole »");
  });

  it("lists every CEC volunteer of the association with their status on the same line, and the deadlines", () => {
    expect(section.cecVolunteers.length).toBe(12);
    for (const v of section.cecVolunteers) {
      expect(text, v.volunteer).toMatch(new RegExp(`^${escape(v.volunteer)}\\s+${escape(v.statusLabel)}\\s+[\\d ]+,\\d{2}`, "m"));
    }
    expect(text).toMatch(/^Hélène Durand\s+Éligible\s+231,75\s+Les Jardins Partagés de\s+240,00 €/m);
    expect(text).toMatch(/^François Lefèvre\s+À compléter\s+163,25/m);
    expect(text).toMatch(/À déclarer par les bénévoles au plus tard le\s+30\/06\/2026/);
    expect(text).toMatch(/À valider par l'association au plus tard le\s+31\/12\/2026/);
    expect(text).toMatch(/^Total\s+12$/m);
  });

  it("lists the journal's findings with their row, column and reason, counted by type", () => {
    expect(text).toMatch(/^Erreur\s+178\s+Date\s+Date illisible « 31\/02\/2025 »/m);
    expect(text).toMatch(/^Erreur\s+817\s+Durée \(en heures\)\s+Durée négative « -1,5 »/m);
    expect(text).toMatch(/^À vérifier\s+1199\s+Titre\s+Ligne identique à la ligne 1198/m);
    expect(text).toMatch(/^Erreur\s+écartées des totaux\s+6$/m);
    expect(text).toMatch(/^Total\s+100$/m);
    // every finding's row is printed when they are fewer than the limit
    for (const f of section.findings) if (f.row) expect(text).toMatch(new RegExp(`\\s${f.row}\\s`));
    expect(text).not.toContain("autres, voir la feuille Anomalies");
  });

  it("lists the first findings only when there are many, and says how many more the Anomalies sheet holds", () => {
    const short = plain(pdfText(renderPdf(yearReportDocument(section, { source: SOURCE, day: DAY, findingsLimit: 5 }))));
    expect(short).toMatch(/^Erreur\s+1457\s+Durée \(en heures\)/m);
    expect(short).not.toMatch(/^Erreur\s+1832\s+Date/m);
    expect(short).toContain("… et 95 autres, voir la feuille Anomalies.");
    // the counts still cover them all
    expect(short).toMatch(/^Total\s+100$/m);
  });
});

describe("yearReportDocument: sections with no accounts say why", () => {
  const journal = exportJournal([
    { first: "Anne", last: "Roy", association: "Club", date: "2025-03-01", hours: 2 },
    { first: "Ben", last: "Lefèvre", date: "2025-03-08", hours: 3 },
  ]);

  it("gives the actions with no association no 86/87 table, and says they are in no one's books", () => {
    const report = buildJournalReport(journal, 2025);
    const none = report.sections.find((s) => s.association.key === "")!;
    expect(none.accounting).toBeNull();
    const pdf = plain(pdfText(renderPdf(yearReportDocument(none, { source: "journal.csv (2 lignes lues)", day: DAY })), false)).replace(/\s+/g, " ");
    expect(pdf).toContain("Rapport annuel du bénévolat — Sans association");
    expect(pdf).toContain("Actions sans association : elles ne sont dans les livres d'aucune association du journal, donc sans comptes 86 et 87 ni écritures.");
    expect(pdf).not.toMatch(/864 Personnel bénévole/);
    expect(pdf).toMatch(/Heures 3,00/);
  });

  it("gives a free period no 86/87 table, and says the accounts cover an exercice", () => {
    const report = buildJournalReport(journal, 2025, { association: "Club", period: { from: dayFromParts(2025, 3, 1)!, to: dayFromParts(2025, 3, 31)! } });
    const club = report.sections[0]!;
    const pdf = plain(pdfText(renderPdf(yearReportDocument(club, { source: "journal.csv (2 lignes lues)", day: DAY })), false)).replace(/\s+/g, " ");
    expect(pdf).toContain("Période libre (du 01/03/2025 au 31/03/2025) : pas de comptes 86 et 87 ni d'écritures");
    expect(pdf).toMatch(/Heures 2,00/);
  });
});
