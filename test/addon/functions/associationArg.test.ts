// The custom functions' last argument, association, on Bénévalibre-shaped journals, from the built
// bundle (npm run build) as Sheets calls them: money is one association's or refused, never summed
// across associations; hours and people may be.
import { beforeEach, describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";
import { buildYearReport } from "../../../src/core/report/yearReport";
import { createServices, sheetFromRows } from "../../../tools/emulator";
import { type LoadedBundle, loadBundle } from "../../../tools/vm/runBundle";
import { errorOf as bundleError } from "./errorOf";

const CLUB = "Club Sportif de Villeurbanne";
const AMICALE = "Amicale Laïque de Quimper";

/** The columns of Bénévalibre's CSV export, in its order (examples/benevalo-export.csv). */
const HEADERS = [
  "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée", "Durée (en heures)",
  "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
];

/** One exported row: whole or half hours, so that "3:30:00" and "3.5" say the same; a text in both duration cells. */
function row(first: string, association: string, date: string, hours: number | string, km = "") {
  const clock = typeof hours === "string" ? hours : `${Math.floor(hours)}:${hours % 1 ? "30" : "00"}:00`;
  return [first, "Martin", "", association, "Action", "", date, "", clock, String(hours), "False", km, "Animation", "", ""];
}

// 2025 at the SMIC of 11,88 €/h: the club 7 h (83,16 €), the amicale 6,5 h (77,22 €). 2024: the club 10 h at 11,65 €/h (15/10/2024).
const TWO = [
  HEADERS,
  row("Alice", CLUB, "2025-01-10", 3.5, "12"),
  row("Bob", AMICALE, "2025-02-03", 4),
  row("Chloé", " club sportif  de villeurbanne", "2025-03-15", 1.5), // the same club, spelled loosely
  row("Alice", AMICALE, "2025-04-20", 2.5, "30"),
  row("Bob", CLUB, "2025-05-05", 2),
  row("Alice", CLUB, "2024-10-15", 10),
  // Left out (unreadable duration): its association is no association of the journal's figures
  row("Denis", "Les Jardins Partagés de Belleville", "2025-06-01", "beaucoup"),
];
const ONE = TWO.filter((r) => r[3] !== AMICALE);

const ALIASES = [["Nom dans le journal", "Nom retenu"], ["CSV", CLUB]];

let bundle: LoadedBundle;
beforeEach(() => {
  const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris", sheets: [sheetFromRows("Alias", ALIASES)] });
  bundle = loadBundle("dist/Code.js", globals);
});

const errorOf = (name: string, ...args: unknown[]) => bundleError(bundle, name, ...args);

describe("money takes the association as its last argument", () => {
  it("BENEVOLAT_VALORISATION gives that association's amount, as the association's report does", () => {
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", CLUB)).toBe(83.16);
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", AMICALE)).toBe(77.22);
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2024, "", "", CLUB)).toBe(116.5);
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, 20, 1.5, CLUB)).toBe(210);
    const journal = readJournal(TWO, { wallClock: (d) => d.getTime() });
    for (const association of [CLUB, AMICALE]) {
      const report = buildYearReport(journal, 2025, { association });
      expect(Math.round((bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", association) as number) * 100)).toBe(report.valuation.cents);
    }
  });

  it("matches the name loosely and through the alias table", () => {
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", "  CLUB sportif de Villeurbanne ")).toBe(83.16);
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", "csv")).toBe(83.16);
    expect(bundle.call("BENEVOLAT_HEURES", TWO, "", 2025, "", "CSV")).toBe(7);
  });

  it("refuses to add up the money of several associations, in French, with the call to make", () => {
    const names = `(${AMICALE}, ${CLUB}) : indiquez l'association en dernier argument, par exemple`;
    expect(errorOf("BENEVOLAT_VALORISATION", TWO, 2025)).toBe(`Le journal compte 2 associations ${names} =BENEVOLAT_VALORISATION(Journal!A:O; 2025; ; ; "${AMICALE}")`);
    expect(errorOf("BENEVOLAT_VALORISATION", TWO)).toContain(`=BENEVOLAT_VALORISATION(Journal!A:O; 2025; ; ; "${AMICALE}")`);
    expect(errorOf("BENEVOLAT_COMPTES", TWO, 2024)).toBe(`Le journal compte 2 associations ${names} =BENEVOLAT_COMPTES(Journal!A:O; 2024; ; ; ; "${AMICALE}")`);
    expect(errorOf("BENEVOLAT_VENTILATION", TWO, 2025, "catégorie")).toBe(`Le journal compte 2 associations ${names} =BENEVOLAT_VENTILATION(Journal!A:O; 2025; ; ; ; "${AMICALE}")`);
  });

  it("names the journal's associations when the name is unknown", () => {
    const message = `association : Association « Club de Rugby » absente du journal (associations du journal : « ${AMICALE} », « ${CLUB} »).`;
    expect(errorOf("BENEVOLAT_VALORISATION", TWO, 2025, "", "", "Club de Rugby")).toBe(message);
    expect(errorOf("BENEVOLAT_HEURES", TWO, "", 2025, "", "Club de Rugby")).toBe(message);
    // A name seen only on a row left out is no association of the figures
    expect(errorOf("BENEVOLAT_KM", TWO, "", "", "Les Jardins Partagés de Belleville")).toContain("absente du journal");
  });

  it("BENEVOLAT_COMPTES and BENEVOLAT_VENTILATION are one association's; no table by association", () => {
    expect(bundle.call("BENEVOLAT_COMPTES", TWO, 2025, "", "", "", AMICALE)).toEqual([
      ["Compte", "Libellé", "Débit", "Crédit"],
      ["864", "Personnel bénévole", 77.22, ""],
      ["875", "Bénévolat", "", 77.22],
    ]);
    // Alice 3,5 h and Chloé 1,5 h: 59,40 €; Bob 2 h: 23,76 €
    expect(bundle.call("BENEVOLAT_VENTILATION", TWO, 2025, "bénévole", "", "", CLUB)).toEqual([
      ["Bénévole", "Heures", "Montant"],
      ["Alice Martin", 3.5, 41.58],
      ["Bob Martin", 2, 23.76],
      ["Chloé Martin", 1.5, 17.82],
      ["Total", 7, 83.16],
    ]);
    expect(errorOf("BENEVOLAT_VENTILATION", TWO, 2025, "association", "", "", CLUB)).toBe(
      "par : les montants des 2 associations du journal ne s'additionnent jamais ; ventilez-en une à la fois (dernier argument)",
    );
  });

  it("counts the rows with no association apart, as « Sans association »", () => {
    const blank = [...TWO, row("Eve", "", "2025-07-01", 1)];
    expect(errorOf("BENEVOLAT_VALORISATION", blank, 2025)).toContain(`Le journal compte 3 associations (${AMICALE}, ${CLUB}, Sans association)`);
    expect(bundle.call("BENEVOLAT_VALORISATION", blank, 2025, "", "", "sans association")).toBe(11.88);
    expect(bundle.call("BENEVOLAT_VALORISATION", blank, 2025, "", "", CLUB)).toBe(83.16);
  });
});

describe("hours and people across associations, or one association's", () => {
  it("BENEVOLAT_HEURES adds up every association's hours when the association is omitted", () => {
    expect(bundle.call("BENEVOLAT_HEURES", TWO, "", 2025)).toBe(13.5);
    expect(bundle.call("BENEVOLAT_HEURES", TWO, "", 2025, "", CLUB)).toBe(7);
    expect(bundle.call("BENEVOLAT_HEURES", TWO, "", 2025, "", AMICALE)).toBe(6.5);
    expect(bundle.call("BENEVOLAT_HEURES", TWO, "Alice Martin", "", "", CLUB)).toBe(13.5);
    expect(bundle.call("BENEVOLAT_HEURES", TWO, "Alice Martin")).toBe(16);
  });

  it("BENEVOLAT_TOTAUX and BENEVOLAT_KM keep to the association named", () => {
    const all = bundle.call("BENEVOLAT_TOTAUX", TWO, 2025) as unknown[][];
    expect(all.slice(1, 3).map((r) => [r[0], r[1], r[7]])).toEqual([["Alice Martin", 6, `${CLUB} ; ${AMICALE}`], ["Bob Martin", 6, `${AMICALE} ; ${CLUB}`]]);
    const amicale = bundle.call("BENEVOLAT_TOTAUX", TWO, 2025, AMICALE) as unknown[][];
    expect(amicale.slice(1, -1).map((r) => [r[0], r[1], r[3], r[7]])).toEqual([["Bob Martin", 4, 0, AMICALE], ["Alice Martin", 2.5, 30, AMICALE]]);
    expect(amicale.at(-1)![0]).toMatch(/^1 ligne du journal écartée des totaux/);
    expect(bundle.call("BENEVOLAT_KM", TWO)).toBe(42);
    expect(bundle.call("BENEVOLAT_KM", TWO, "alice martin", 2025, CLUB)).toBe(12);
  });
});

describe("a journal of one association", () => {
  it("needs no association argument, and takes its name or an alias", () => {
    expect(bundle.call("BENEVOLAT_VALORISATION", ONE, 2025)).toBe(83.16);
    expect(bundle.call("BENEVOLAT_VALORISATION", ONE, 2025, "", "", "CSV")).toBe(83.16);
    expect((bundle.call("BENEVOLAT_COMPTES", ONE, 2024) as unknown[][])[1]).toEqual(["864", "Personnel bénévole", 116.5, ""]);
    expect(bundle.call("BENEVOLAT_VENTILATION", ONE, 2025, "association")).toEqual([
      ["Association", "Heures", "Montant"],
      [CLUB, 7, 83.16],
      ["Total", 7, 83.16],
    ]);
    expect(errorOf("BENEVOLAT_VALORISATION", ONE, 2025, "", "", AMICALE)).toBe(
      `association : Association « ${AMICALE} » absente du journal (associations du journal : « ${CLUB} »).`,
    );
  });

  it("with no Association column, is the association whatever its name", () => {
    const bare = TWO.map((r) => [...r.slice(0, 3), ...r.slice(4)]);
    expect(bundle.call("BENEVOLAT_VALORISATION", bare, 2025)).toBe(160.38);
    expect(bundle.call("BENEVOLAT_VALORISATION", bare, 2025, "", "", "Mon association")).toBe(160.38);
    expect(bundle.call("BENEVOLAT_HEURES", bare, "", 2025)).toBe(13.5);
    expect(bundle.call("BENEVOLAT_VENTILATION", bare, 2025, "association")).toEqual([
      ["Association", "Heures", "Montant"],
      ["Sans association", 13.5, 160.38],
      ["Total", 13.5, 160.38],
    ]);
  });
});

describe("money follows the association's exercice, as its report does", () => {
  // The club closes on 30/06 in the associations sheet: exercice 2025 runs from 01/07/2024, with the 10 h of 15/10/2024.
  const SHEET = [["Association", "SIREN", "Clôture", "Plan comptable"], [CLUB, "", "30/06", "CRC 99-01"]];
  beforeEach(() => {
    const { globals } = createServices({
      customFunction: true, timeZone: "Europe/Paris", sheets: [sheetFromRows("Alias", ALIASES), sheetFromRows("Associations", SHEET)],
    });
    bundle = loadBundle("dist/Code.js", globals);
  });

  it("BENEVOLAT_VALORISATION and BENEVOLAT_COMPTES value exercice 2025 of the club, the figures of the report", () => {
    const journal = readJournal(TWO, { wallClock: (d) => d.getTime() });
    const report = buildYearReport(journal, 2025, { association: CLUB, associations: [{ name: CLUB, closingDate: "06-30", chart: "CRC 99-01" }] });
    // 10 h x 11,65 € (15/10/2024) + 7 h x 11,88 € before 30/06/2025 = 116,50 + 83,16
    expect(report.valuation.cents).toBe(19966);
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", CLUB)).toBe(199.66);
    expect(bundle.call("BENEVOLAT_COMPTES", TWO, 2025, "", "", "", CLUB)).toEqual([
      ["Compte", "Libellé", "Débit", "Crédit"],
      ["864", "Personnel bénévole", 199.66, ""],
      ["870", "Bénévolat", "", 199.66],
    ]);
    // a plan typed in the cell wins over the sheet's
    expect((bundle.call("BENEVOLAT_COMPTES", TWO, 2025, "", "", "ANC 2018-06", CLUB) as unknown[][])[2]![0]).toBe("875");
    // the amicale has no row: its exercice is the calendar year
    expect(bundle.call("BENEVOLAT_VALORISATION", TWO, 2025, "", "", AMICALE)).toBe(77.22);
  });
});

describe("the CEC functions state each association's conditions as the report does", () => {
  it("leaves out the hours of an association outside CGI art. 200, named in the associations sheet", () => {
    const sheet = [["Association", "Article 200 du CGI"], [AMICALE, "non"]];
    const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris", sheets: [sheetFromRows("Associations", sheet)] });
    bundle = loadBundle("dist/Code.js", globals);
    // Bob: 4 h at the amicale, 2 h at the club in 2025
    expect(bundle.call("CEC_STATUT", TWO, "Bob Martin", 2025)).toContain("« Amicale Laïque de Quimper » non comptées");
    // the table's notes assume nothing of the amicale (the sheet says « non »), only of the club
    const notes = (bundle.call("CEC_TABLEAU", TWO, 2025) as unknown[][]).map((r) => String(r[0]));
    expect(notes).toContain(
      `Conditions de l'association (« ${CLUB} ») supposées remplies : déclarée depuis au moins 1 an (loi 2024-344 du 15 avril 2024), activités d'intérêt général au sens de l'article 200 du CGI.`,
    );
  });
});
