import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { typedRows } from "../../tools/preview/document";
import { parseCsv } from "../../src/local/readers/csv";
import { browserAvailable, usePreview } from "./browser";

const SHOTS = "test-results";
const run = browserAvailable();

/** The sample journal, its first action typed "Helene Durand" (the journal also has "Hélène Durand"). */
function journalRows() {
  const rows = typedRows(parseCsv(readFileSync("examples/benevalo-export.csv", "utf8")));
  rows[1] = ["Helene", "Durand", ...rows[1]!.slice(2)];
  return rows;
}

describe.skipIf(!run)("possible duplicates and the alias table in headless Chromium", () => {
  const env = usePreview({ journalRows: journalRows() });

  it("shows the findings' counts and the possible duplicate, then creates the alias table", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    await page.goto(env.preview.url);
    const sidebar = page.frame({ url: /\/sidebar/ })!;
    await sidebar.waitForSelector("#source-preview li");
    const box = sidebar.locator("#source-preview");
    expect(await box.locator("p.findings").textContent()).toBe(
      "6 lignes écartées (erreurs), 3 lignes à vérifier, 91 actions en attente de modération, 1 doublon possible.",
    );
    const duplicates = box.locator('ul[aria-label="Doublons possibles"] li');
    expect(await duplicates.count()).toBe(1);
    expect(await duplicates.textContent()).toMatch(/^« Helene Durand » \(3 h, 1 action, ligne 2\) et « Hélène Durand » \(\d/);
    expect(await sidebar.inputValue("#source-alias")).toBe("");

    // The report says the same, with the hint to use the alias table.
    await sidebar.selectOption("#year", "2024");
    await sidebar.click("#generate");
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2024 prêt.");
    const result = sidebar.locator("#result");
    expect(await result.locator("p.findings").textContent()).toBe(await box.locator("p.findings").textContent());
    expect(await result.locator('ul[aria-label="Doublons possibles"] li').textContent()).toBe(await duplicates.textContent());
    expect(await result.textContent()).toContain("Une même personne écrite de deux façons ? Ajoutez une ligne à la table des alias (section 1), puis générez à nouveau.");
    await sidebar.locator("#sec-year").screenshot({ path: `${SHOTS}/alias-rapport.png` });

    await sidebar.click("#alias-create");
    await expect.poll(() => sidebar.textContent("#status")).toBe(
      "Feuille « Alias » créée : une ligne par nom à regrouper, tel qu'écrit dans le journal, puis le nom à retenir.",
    );
    const alias = env.preview.world.spreadsheet.sheetByName("Alias")!;
    expect([alias.getValue(1, 1), alias.getValue(1, 2), alias.frozenRows]).toEqual(["Nom dans le journal", "Nom retenu", 1]);
    expect(alias.metadata.map((m) => m.key)).toEqual(["valorise.alias"]);
    expect(await sidebar.inputValue("#source-alias")).toBe("Alias");
    await expect.poll(() => box.textContent()).toContain("Table des alias : 0 ligne lue dans « Alias ».");

    // The treasurer fills in the table: the preview counts Helene with Hélène, no duplicate left.
    alias.setValue(2, 1, "Helene Durand");
    alias.setValue(2, 2, "Hélène Durand");
    await sidebar.selectOption("#source-alias", "");
    await sidebar.selectOption("#source-alias", "Alias");
    await expect.poll(() => box.textContent()).toContain("Table des alias : 1 ligne lue dans « Alias ».");
    expect(await box.locator("p.findings").textContent()).toBe(
      "6 lignes écartées (erreurs), 3 lignes à vérifier, 91 actions en attente de modération, 0 doublon possible.",
    );
    expect(await duplicates.count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/alias.png` });
    await page.close();
  }, 60_000);
});
