import { describe, expect, it } from "vitest";
import type { JournalSheetRequest, JournalSheetResult } from "../../../src/contract/sidebar";
import { importJournal, importParts, importSheetName, tooLong } from "../../../src/sidebar/import/importJournal";

const bytes = (text: string) => new TextEncoder().encode(text);

/** The server as createJournalSheet answers: one sheet, rows appended under its id. */
function fakeServer(failAt?: number) {
  const requests: JournalSheetRequest[] = [];
  let rows = 0;
  const send = async (request: JournalSheetRequest): Promise<JournalSheetResult> => {
    requests.push(request);
    if (requests.length === failAt) return { ok: false, message: "Un rapport est déjà en cours de génération pour ce classeur." };
    rows += request.rows.length;
    return { ok: true, sheet: "Import x", sheetId: 7, rows };
  };
  return { requests, send };
}

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

  it("sends the first part alone, then the others with the sheet's id, and counts the lines copied", async () => {
    const server = fakeServer();
    const csv = ["Bénévole,Date,Durée (en heures)", ...Array.from({ length: 4_100 }, (_, i) => `Alice Martin,2025-03-01,${i % 5}`)].join("\r\n");
    const parts: string[] = [];
    const outcome = await importJournal({ name: "benevalo-export.csv", bytes: bytes(csv) }, server.send, (i, n) => parts.push(`${i + 1}/${n}`));
    expect(parts).toEqual(["1/3", "2/3", "3/3"]);
    expect(server.requests.map((r) => [r.name, r.rows.length, r.sheetId])).toEqual([
      ["Import benevalo-export", 2_000, undefined], ["Import benevalo-export", 2_000, 7], ["Import benevalo-export", 101, 7],
    ]);
    expect(server.requests[0]!.rows[0]).toEqual(["Bénévole", "Date", "Durée (en heures)"]);
    expect(outcome).toEqual({ ok: true, sheet: "Import x", details: [],
      message: "Feuille « Import x » créée : 4\u202f100 lignes copiées telles que le fichier les écrit. Aucune autre feuille n'a été modifiée." });
  });

  it("leaves out the rows the reader rejects and names them, row, column and reason", async () => {
    const server = fakeServer();
    const csv = "Bénévole;Date;Durée (en heures)\r\nAlice;01/03/2025;2\r\nBob;02/03/2025;3;en trop\r\nZoé;03/03/2025;1\r\n";
    const outcome = await importJournal({ name: "j.csv", bytes: bytes(csv) }, server.send, () => {});
    expect(server.requests[0]!.rows.map((r) => r[0])).toEqual(["Bénévole", "Alice", "Zoé"]);
    expect(outcome.message).toBe("Feuille « Import x » créée : 2 lignes copiées telles que le fichier les écrit, 1 ligne du fichier illisible non copiée (détail en haut du panneau). Aucune autre feuille n'a été modifiée.");
    expect(outcome.details).toEqual([expect.stringMatching(/^Ligne n° 2 sous les en-têtes/)]);
  });

  it("says what failed and what is left when a part is refused", async () => {
    const server = fakeServer(2);
    const csv = ["Bénévole,Date,Durée (en heures)", ...Array.from({ length: 2_500 }, () => "Alice,2025-03-01,1")].join("\n");
    const outcome = await importJournal({ name: "j.csv", bytes: bytes(csv) }, server.send, () => {});
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toBe("Un rapport est déjà en cours de génération pour ce classeur. Les lignes déjà copiées restent dans la feuille créée : supprimez-la avant de réessayer.");
  });

  it("refuses, in French and before writing anything, a file it cannot read, an empty one, and a text too long for a cell", async () => {
    for (const [name, content, message] of [
      ["photo.pdf", "%PDF", /^Fichier « photo\.pdf » illisible : Format de fichier non pris en charge/],
      ["vide.csv", "Bénévole,Date\r\n", /^Le fichier « vide\.csv » ne contient aucune ligne sous ses en-têtes : rien n'a été importé\.$/],
      ["long.csv", `Bénévole,Titre\r\nAlice,${"x".repeat(50_001)}\r\n`, /^Fichier « long\.csv » : la ligne n° 1 sous les en-têtes, colonne n° 2, tient 50\u202f001 caractères, au-delà des 50\u202f000 qu'une cellule de Google Sheets peut tenir\. Rien n'a été importé\.$/],
    ] as const) {
      const server = fakeServer();
      const outcome = await importJournal({ name, bytes: bytes(content) }, server.send, () => {});
      expect(outcome.ok, name).toBe(false);
      expect(outcome.message, name).toMatch(message);
      expect(server.requests, name).toEqual([]);
    }
    expect(tooLong([["a"], ["b".repeat(50_000)]])).toBeUndefined();
  });
});
