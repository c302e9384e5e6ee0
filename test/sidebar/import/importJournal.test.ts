import { describe, expect, it } from "vitest";
import type { JournalSheetRequest, JournalSheetResult } from "../../../src/contract/sidebar";
import { importJournal, importParts, importSheetName, rejectedText, tooLong } from "../../../src/sidebar/import/importJournal";

const bytes = (text: string) => new TextEncoder().encode(text);
const NNBSP = "\u202f";

/** The server as createJournalSheet answers: one sheet, rows appended under its id; `answers` replace some of its answers. */
function fakeServer(answers: Record<number, JournalSheetResult | "throw"> = {}) {
  const requests: JournalSheetRequest[] = [];
  let rows = 0;
  const send = async (request: JournalSheetRequest): Promise<JournalSheetResult> => {
    requests.push(request);
    const answer = answers[requests.length];
    if (answer === "throw") throw new Error("Google Sheets n'a pas pu joindre Valorise.");
    if (answer) return answer;
    rows += request.rows.length;
    return { ok: true, sheet: "Import x", sheetId: 7, rows };
  };
  return { requests, send };
}

const journal = (count: number, separator = ",") =>
  [["Bénévole", "Date", "Durée (en heures)"].join(separator), ...Array.from({ length: count }, (_, i) => ["Alice Martin", "2025-03-01", String(i % 5)].join(separator))].join("\r\n");

describe("importJournal: a chosen file into a new sheet, part after part", () => {
  it("cuts rows in parts of 2,000 rows and a million characters at most, in order", () => {
    const rows = Array.from({ length: 4_500 }, (_, i) => [String(i)]);
    expect(importParts(rows).map((p) => p.length)).toEqual([2_000, 2_000, 500]);
    expect(importParts(rows).flat()).toEqual(rows);
    const wide = Array.from({ length: 5 }, () => ["x".repeat(400_000)]);
    expect(importParts(wide).map((p) => p.length)).toEqual([2, 2, 1]);
    expect(importParts([])).toEqual([]);
  });

  it("names the sheet after the file, within Sheets' 100 characters", () => {
    expect(importSheetName("benevalo-export.csv")).toBe("Import benevalo-export");
    expect(importSheetName(".csv")).toBe("Import fichier");
    expect(importSheetName(`${"a".repeat(200)}.xlsx`)).toHaveLength(94);
  });

  it("sends the first part alone, the others with the sheet's id, « more » on all but the last, and counts the lines copied", async () => {
    const server = fakeServer();
    const parts: string[] = [];
    const outcome = await importJournal({ name: "benevalo-export.csv", bytes: bytes(journal(4_100)) }, server.send, (i, n) => parts.push(`${i + 1}/${n}`));
    expect(parts).toEqual(["1/3", "2/3", "3/3"]);
    expect(server.requests.map((r) => [r.name, r.rows.length, r.sheetId, r.more])).toEqual([
      ["Import benevalo-export", 2_000, undefined, true], ["Import benevalo-export", 2_000, 7, true], ["Import benevalo-export", 101, 7, undefined],
    ]);
    expect(server.requests[0]!.rows[0]).toEqual(["Bénévole", "Date", "Durée (en heures)"]);
    expect(outcome).toEqual({ ok: true, sheet: "Import x", details: [],
      message: `Feuille « Import x » créée : 4${NNBSP}100 lignes copiées telles que le fichier les écrit. Aucune autre feuille n'a été modifiée.` });
  });

  it("says « 1 ligne copiée telle que le fichier l'écrit »", async () => {
    const outcome = await importJournal({ name: "j.csv", bytes: bytes(journal(1)) }, fakeServer().send, () => {});
    expect(outcome.message).toBe("Feuille « Import x » créée : 1 ligne copiée telle que le fichier l'écrit. Aucune autre feuille n'a été modifiée.");
  });

  it("leaves out the rows the reader rejects and names them, row, column and reason", async () => {
    const server = fakeServer();
    const csv = "Bénévole;Date;Durée (en heures)\r\nAlice;01/03/2025;2\r\nBob;02/03/2025;3;en trop\r\nZoé;03/03/2025;1\r\n";
    const outcome = await importJournal({ name: "j.csv", bytes: bytes(csv) }, server.send, () => {});
    expect(server.requests[0]!.rows.map((r) => r[0])).toEqual(["Bénévole", "Alice", "Zoé"]);
    expect(outcome.message).toBe("Feuille « Import x » créée : 2 lignes copiées telles que le fichier les écrit, 1 ligne du fichier illisible non copiée (détail en haut du panneau). Aucune autre feuille n'a été modifiée.");
    expect(outcome.details).toEqual([expect.stringMatching(/^Ligne n° 2 sous les en-têtes, colonne « Durée \(en heures\) » : /)]);
    const many = Array.from({ length: 22 }, (_, i) => ({ index: i + 1, column: "", problem: "illisible" }));
    expect(rejectedText(many).slice(-1)).toEqual(["… et 2 autres lignes."]);
    expect(rejectedText(many.slice(0, 21)).slice(-1)).toEqual(["… et une autre ligne."]);
  });

  it("sends a part again while Valorise writes elsewhere, then goes on", async () => {
    const busy: JournalSheetResult = { ok: false, busy: true, message: "Valorise écrit déjà dans ce classeur." };
    const server = fakeServer({ 2: busy });
    const outcome = await importJournal({ name: "j.csv", bytes: bytes(journal(2_500)) }, server.send, () => {});
    expect(server.requests.map((r) => r.rows.length)).toEqual([2_000, 501, 501]);
    expect(outcome.ok).toBe(true);
  }, 10_000);

  it("names the sheet left half written, in French, when a part is refused or the call fails", async () => {
    const refused = fakeServer({ 2: { ok: false, message: "La feuille de cet import a été supprimée ou n'attend plus de lignes : recommencez l'import." } });
    const outcome = await importJournal({ name: "j.csv", bytes: bytes(journal(2_500)) }, refused.send, () => {});
    expect(outcome).toMatchObject({ ok: false, sheet: "Import x" });
    expect(outcome.message).toBe(`La feuille de cet import a été supprimée ou n'attend plus de lignes : recommencez l'import. La feuille « Import x » n'a reçu que 2${NNBSP}000 lignes sur 2${NNBSP}501 : elle n'est pas lue comme un journal ; supprimez-la avant de réessayer.`);
    const thrown = await importJournal({ name: "j.csv", bytes: bytes(journal(10)) }, fakeServer({ 1: "throw" }).send, () => {});
    expect(thrown).toEqual({ ok: false, message: "Google Sheets n'a pas pu joindre Valorise. Rien n'a été importé.", details: [] });
  });

  it("refuses, in French and before writing anything, a file it cannot read, an empty one, a text too long for a cell", async () => {
    for (const [name, content, message] of [
      ["photo.pdf", "%PDF", /^Format de fichier non pris en charge \(« \.pdf »\) : photo\.pdf\..* Rien n'a été importé\.$/],
      ["faux.xlsx", "PK pas un classeur", /^faux\.xlsx : Ce fichier n'est pas un classeur Excel lisible \(\.xlsx\)\. Rien n'a été importé\.$/],
      ["vide.csv", "Bénévole,Date\r\n", /^Le fichier « vide\.csv » ne contient aucune ligne sous ses en-têtes\. Rien n'a été importé\.$/],
      ["long.csv", `Bénévole,Titre\r\nAlice,${"x".repeat(50_001)}\r\n`, new RegExp(`^Fichier « long\\.csv » : la ligne n° 1 sous les en-têtes, colonne n° 2, tient 50${NNBSP}001 caractères, au-delà des 50${NNBSP}000 qu'une cellule de Google Sheets peut tenir\\. Rien n'a été importé\\.$`)],
    ] as const) {
      const server = fakeServer();
      const outcome = await importJournal({ name, bytes: bytes(content) }, server.send, () => {});
      expect(outcome.ok, name).toBe(false);
      expect(outcome.message, name).toMatch(message);
      expect(server.requests, name).toEqual([]);
    }
    expect(tooLong([["a"], ["b".repeat(50_000)]], [0, 1])).toBeUndefined();
  });

  it("writes nothing when a row would read otherwise from the sheet than from the file", async () => {
    // 1e21 hours: a number in the file, "1e+21" as text, which no duration reads
    const json = JSON.stringify([{ "Prénom": "Alice", "Nom": "Martin", "Date": "2025-03-01", "Durée (en heures)": 2 }, { "Prénom": "Bob", "Nom": "Durand", "Date": "2025-03-02", "Durée (en heures)": 1e21 }]);
    const server = fakeServer();
    const outcome = await importJournal({ name: "j.json", bytes: bytes(json) }, server.send, () => {});
    expect(outcome.message).toBe("Fichier « j.json » : des lignes (n° 2) seraient lues autrement depuis une feuille que depuis le fichier ; signalez-le avec le fichier. En attendant, Fichier > Importer de Google Sheets ouvre le fichier dans une nouvelle feuille. Rien n'a été importé.");
    expect(server.requests).toEqual([]);
  });
});
