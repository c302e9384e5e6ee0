// End to end through the command line (in process): files as their writers write them, rows the
// readers reject listed among the report's errors at their line, the other rows counted.
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../src/local/cli/main";
import type { ReportJson } from "../../../src/local/cli/report";
import { bufferIo } from "./io";
import { windows1252 } from "../readers/bytes";
import { tmpFolder } from "../readers/tmp";
import { STYLE, excel, openpyxl, workbook } from "../readers/xlsxParts";

const tmp = tmpFolder();
afterAll(tmp.cleanup);

async function report(path: string): Promise<ReportJson> {
  const io = bufferIo();
  const code = await main(["rapport", path, "--annee", "2025", "--json"], io);
  expect(io.stderr()).toBe("");
  expect(code).toBe(0);
  return JSON.parse(io.stdout()) as ReportJson;
}

describe("valorise rapport on files as their writers write them", () => {
  it("French Excel CSV in Windows-1252: names decoded, the shifted row left out at its line", async () => {
    const text = [
      "Bénévole;Date;Heures;Distance;Catégorie;Association",
      "Yann L’Hostis;01/03/2025;2,5;12,5;Accueil;Les Œuvres du Cœur",
      "Chloé Le Bœuf;02/03/2025;1;;Collecte;Les Œuvres du Cœur",
      "Yann L’Hostis;03/03/2025;1,5;;Accueil;Les Œuvres;du Cœur",
      "Chloé Le Bœuf;04/03/2025;2;;Collecte;Les Œuvres du Cœur",
      "",
    ].join("\r\n");
    const r = await report(tmp.write("journal.csv", windows1252(text)));
    expect(r.associations[0]!.benevoles.map((b) => [b.benevole, b.heures, b.actions])).toEqual([
      ["Chloé Le Bœuf", 3, 2],
      ["Yann L’Hostis", 2.5, 1],
    ]);
    expect(r.associations[0]!.benevoles.find((b) => b.benevole === "Yann L’Hostis")!.associations).toEqual(["Les Œuvres du Cœur"]);
    expect(r.anomalies).toEqual([
      {
        ligne: 4,
        colonne: "Association",
        probleme: "7 valeurs pour 6 en-têtes : un séparateur (point-virgule) en trop, dans une valeur non protégée par des guillemets, décale les colonnes. Ligne écartée.",
        type: "erreur",
        enAttente: false,
      },
    ]);
  });

  it("Bénévalibre XLSX: a pseudo read from its formula, an error cell's row left out", async () => {
    const { text, number, boolean, date, empty } = openpyxl;
    const headers = ["Prénom", "Nom", "Pseudo", "Date", "Durée (en heures)", "En attente de modération", "Distance (en km)"];
    const bytes = workbook([
      headers.map((h, c) => text(`${String.fromCharCode(65 + c)}1`, h, STYLE.header)),
      [empty("A2"), empty("B2"), text("C2", "=^.^="), date("D2", "2025-03-01"), number("E2", 2.5), boolean("F2", false), empty("G2")],
      [text("A3", "Zoé"), text("B3", "Benoît"), empty("C3"), date("D3", "2025-03-02"), number("E3", 1), boolean("F3", false), excel.error("G3", "#VALUE!")],
      [text("A4", "Zoé"), text("B4", "Benoît"), empty("C4"), date("D4", "2025-03-03"), number("E4", 3), boolean("F4", false), number("G4", 12.5)],
    ]);
    const r = await report(tmp.write("benevalo-export.xlsx", bytes));
    expect(r.associations[0]!.benevoles.map((b) => [b.benevole, b.heures])).toEqual([
      ["Zoé Benoît", 3],
      ["=^.^=", 2.5],
    ]);
    expect(r.anomalies).toEqual([
      { ligne: 3, colonne: "Distance (en km)", probleme: "Cellule G3 en erreur (#VALUE!) : ligne écartée.", type: "erreur", enAttente: false },
    ]);
  });

  it("says on stderr which rows of the roles table were rejected, and leaves them out", async () => {
    const journal = tmp.write("j.csv", "Bénévole;Date;Heures\nZoé Benoît;01/03/2025;2\nKarim Haddad;02/03/2025;3\n");
    const roles = tmp.write(
      "roles.csv",
      "Bénévole;Rôle;Association;Date de naissance\nZoé Benoît;Secrétaire;;1990-07-08\nKarim Haddad;Trésorier;;né le;12/05/1980\n",
    );
    const io = bufferIo();
    expect(await main(["rapport", journal, "--roles", roles, "--annee", "2025", "--json"], io)).toBe(0);
    expect(io.stderr()).toBe(
      `Attention : ${roles}, ligne 3 : 5 valeurs pour 4 en-têtes : un séparateur (point-virgule) en trop, ` +
        "dans une valeur non protégée par des guillemets, décale les colonnes. Ligne écartée.\n",
    );
    const r = JSON.parse(io.stdout()) as ReportJson;
    // emptied, the row is not read: no note on its shifted "Date de naissance"
    expect(r.cec!.notes.filter((n) => n.startsWith("Table des rôles"))).toEqual([]);
  });
});
