// A misspelt volunteer, category or association in a custom function's argument is refused with the
// known spellings it may mean (issue 17, point 5), from the built bundle (npm run build) as Sheets
// calls it: a typo never reads as a volunteer who did nothing. A name the journal knows is never refused.
import { beforeEach, describe, expect, it } from "vitest";
import { unknownName } from "../../../src/addon/functions/knownName";
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

function row(first: string, last: string, association: string, date: string, hours: number | string, category: string, km = "") {
  return [first, last, "", association, "Action", "", date, "", "", String(hours), "False", km, category, "Fête de quartier", ""];
}

const JOURNAL = [
  HEADERS,
  row("Alice", "Martin", CLUB, "2025-01-10", 3.5, "Événements", "12"),
  row("Paul", "Martin", AMICALE, "2025-02-03", 4, "Gouvernance (CA, bureau)"),
  row("Hélène", "Durand", CLUB, "2025-03-15", 1.5, "Événements", "8"),
  // Only in 2024: a real 0 in 2025
  row("Bob", "Lefèvre", CLUB, "2024-10-15", 10, "Animation"),
  // Left out (unreadable duration): no counted action
  row("Denis", "Moreau", CLUB, "2025-06-01", "beaucoup", "Formation"),
  row("", "", AMICALE, "2025-04-20", 2, "Animation"),
];

const ALIASES = [["Nom dans le journal", "Nom retenu"], ["Alice M.", "Alice Martin"]];

let bundle: LoadedBundle;
beforeEach(() => {
  const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris", sheets: [sheetFromRows("Alias", ALIASES)] });
  bundle = loadBundle("dist/Code.js", globals);
});

const errorOf = (name: string, ...args: unknown[]) => bundleError(bundle, name, ...args);

describe("a misspelt volunteer", () => {
  it("is refused with the closest known spelling", () => {
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "Alise Martin", 2025)).toBe(
      "benevole : « Alise Martin » inconnu(e) dans le journal : vouliez-vous dire « Alice Martin » ?",
    );
    expect(errorOf("BENEVOLAT_KM", JOURNAL, "Alise Martin")).toBe(
      "benevole : « Alise Martin » inconnu(e) dans le journal : vouliez-vous dire « Alice Martin » ?",
    );
  });

  it("without its accents is refused, naming the accented spelling (accents may tell two people apart)", () => {
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "Helene Durand")).toBe(
      "benevole : « Helene Durand » inconnu(e) dans le journal : vouliez-vous dire « Hélène Durand » ?",
    );
  });

  it("given by surname alone lists every volunteer it may mean", () => {
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "Martin", 2025)).toBe(
      "benevole : « Martin » inconnu(e) dans le journal : vouliez-vous dire « Alice Martin » ou « Paul Martin » ?",
    );
    expect(errorOf("BENEVOLAT_KM", JOURNAL, "durand")).toBe(
      "benevole : « durand » inconnu(e) dans le journal : vouliez-vous dire « Hélène Durand » ?",
    );
  });

  it("with nothing near is named alone", () => {
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "Zoé Blanc")).toBe("benevole : « Zoé Blanc » inconnu(e) dans le journal");
  });

  it("is refused by the CEC functions with the same suggestion", () => {
    expect(errorOf("CEC_STATUT", JOURNAL, "Alise Martin", 2025)).toBe(
      "benevole : « Alise Martin » inconnu(e) dans le journal : vouliez-vous dire « Alice Martin » ?",
    );
    expect(errorOf("CEC_DROITS", JOURNAL, "Martin")).toContain("vouliez-vous dire « Alice Martin » ou « Paul Martin » ?");
    expect(errorOf("CEC_STATUT", JOURNAL, "Zoé Blanc", 2025)).toBe("benevole : « Zoé Blanc » n'a aucune action comptée dans le journal");
  });
});

describe("a name the journal knows", () => {
  it("is matched by the identity rule and the alias table, never refused", () => {
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "  alice   MARTIN ", 2025)).toBe(3.5);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Alice M.", 2025)).toBe(3.5);
    // decomposed accent (NFD), zero-width space, no-break space
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "He\u0301le\u0300ne\u00a0Du\u200Brand", 2025)).toBe(1.5);
    expect(bundle.call("BENEVOLAT_KM", JOURNAL, "He\u0301le\u0300ne Durand")).toBe(8);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "", 2025, "E\u0301ve\u0301nements")).toBe(5);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Anonyme", 2025)).toBe(2);
  });

  it("with no action in the year is a real 0", () => {
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Bob Lefèvre", 2025)).toBe(0);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Bob Lefèvre", 2024)).toBe(10);
    expect(bundle.call("BENEVOLAT_KM", JOURNAL, "Bob Lefèvre", 2025)).toBe(0);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "", 2025, "Animation")).toBe(2);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Alice Martin", 2025, "Animation")).toBe(0);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Alice Martin", 2024, "", AMICALE)).toBe(0);
    // in the journal on a row left out only (listed by BENEVOLAT_ANOMALIES): none of its hours counted
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "Denis Moreau")).toBe(0);
    expect(bundle.call("BENEVOLAT_HEURES", JOURNAL, "", "", "Formation")).toBe(0);
  });
});

describe("a misspelt category", () => {
  it("is refused with the closest known category", () => {
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "", 2025, "Evenements")).toBe(
      "categorie : « Evenements » inconnu(e) dans le journal : vouliez-vous dire « Événements » ?",
    );
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "Paul Martin", 2025, "gouvernance CA-bureau")).toBe(
      "categorie : « gouvernance CA-bureau » inconnu(e) dans le journal : vouliez-vous dire « Gouvernance (CA, bureau) » ?",
    );
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "", "", "Cuisine")).toBe("categorie : « Cuisine » inconnu(e) dans le journal");
  });
});

describe("a misspelt association", () => {
  it("is refused with the closest known association, or the list of them", () => {
    expect(errorOf("BENEVOLAT_HEURES", JOURNAL, "", 2025, "", "Amicale Laique de Quimper")).toBe(
      `association : « Amicale Laique de Quimper » inconnu(e) dans le journal : vouliez-vous dire « ${AMICALE} » ?`,
    );
    expect(errorOf("BENEVOLAT_VALORISATION", JOURNAL, 2025, "", "", "Club")).toBe(
      `association : « Club » inconnu(e) dans le journal : vouliez-vous dire « ${CLUB} » ?`,
    );
    expect(errorOf("BENEVOLAT_KM", JOURNAL, "", "", "Les Jardins")).toBe(
      `association : Association « Les Jardins » absente du journal (associations du journal : « ${AMICALE} », « ${CLUB} »).`,
    );
  });
});

describe("the message, for any kind of name", () => {
  const projects = ["Fête de quartier", "Jardin partagé", "Repair café"];
  it("names an unknown project and the closest known one", () => {
    expect(unknownName("projet", "Fete de quartier", projects).message).toBe(
      "projet : « Fete de quartier » inconnu(e) dans le journal : vouliez-vous dire « Fête de quartier » ?",
    );
    expect(unknownName("projet", "Jardin partage", projects).message).toContain("« Jardin partagé » ?");
    expect(unknownName("projet", "Repair", projects).message).toContain("vouliez-vous dire « Repair café » ?");
    expect(unknownName("projet", "Brocante", projects).message).toBe("projet : « Brocante » inconnu(e) dans le journal");
  });
  it("lists three names or more with commas and « ou »", () => {
    expect(unknownName("benevole", "Martin", ["Alice Martin", "Paul Martin", "Zoé Martin", "Martine Roux"]).message).toBe(
      "benevole : « Martin » inconnu(e) dans le journal : vouliez-vous dire « Alice Martin », « Paul Martin » ou « Zoé Martin » ?",
    );
  });
});
