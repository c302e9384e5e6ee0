import { readFileSync } from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { readJournal } from "../../src/core/journal/read";
import { actionCount } from "../../src/core/journal/store";
import { groupThousands } from "../../src/core/text/thousands";
import { readJournalFile } from "../../src/local/readers";
import { parseCsv } from "../../src/local/readers/csv";
import type { Preview } from "../../tools/preview/server";
import { browserAvailable, usePreview } from "./browser";
import { tmpFolder } from "../local/readers/tmp";

const SHOTS = "test-results";
const run = browserAvailable();
const CLIP = { x: 980, y: 40, width: 300, height: 860 };

/** The preview's sidebar at its real 300 px, on the document the preview holds. */
async function openSidebar(browser: Browser, preview: Preview): Promise<{ page: Page; sidebar: Frame }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  await page.goto(preview.url);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector("#form:not([hidden])");
  return { page, sidebar };
}

/** Chooses `path` in the file picker the button opens, as a person would. */
async function chooseFile(page: Page, sidebar: Frame, button: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), sidebar.click(button)]);
  await chooser.setFiles(path);
}

const status = (sidebar: Frame) => sidebar.textContent("#status");

describe.skipIf(!run)("a blank spreadsheet: « Commencer » (Chromium, 300 px)", () => {
  const env = usePreview({ blank: true });

  it("offers to create a journal sheet, then writes one with its checks and shows how to fill it in", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    await sidebar.waitForSelector("#start:not([hidden])");
    expect(await sidebar.textContent("#start-intro")).toMatch(/^Aucune feuille de ce classeur ne ressemble à un journal/);
    await page.screenshot({ path: `${SHOTS}/commencer.png`, clip: CLIP });
    await sidebar.click("#start-template");
    await expect.poll(() => status(sidebar)).toBe("Feuille « Journal » créée : une ligne par action, une aide sous chaque en-tête.");
    expect(await sidebar.locator("#start-result ol li").count()).toBe(3);
    const sheet = env.preview.world.spreadsheet.sheetByName("Journal")!;
    expect(sheet.values[0]?.[0]).toBe("Bénévole");
    expect([...sheet.validations.values()].length).toBeGreaterThan(3000); // date, hours, category, km: rows 2 to 1000
    // the sheet is now the journal: the card gives way to the form, which reads it
    await sidebar.waitForSelector("#start", { state: "hidden" });
    expect(await sidebar.inputValue("#source-sheet")).toBe("Journal");
    await page.screenshot({ path: `${SHOTS}/journal-cree.png`, clip: CLIP });
    await page.close();
  }, 60_000);
});

describe.skipIf(!run)("a blank spreadsheet: importing a Bénévalibre export chosen in a file picker", () => {
  const env = usePreview({ blank: true });
  const tmp = tmpFolder("valorise-import-");
  afterAll(tmp.cleanup);

  it("copies the XLSX export into a new sheet that reads as the file does", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    await chooseFile(page, sidebar, "#start-import", "examples/benevalo-export.xlsx");
    await expect.poll(() => status(sidebar), { timeout: 30_000 }).toMatch(/^Feuille « Import benevalo-export » créée : /);
    const csv = parseCsv(readFileSync("examples/benevalo-export.csv", "utf8"));
    expect(await status(sidebar)).toBe(`Feuille « Import benevalo-export » créée : ${groupThousands(csv.length - 1)} lignes copiées telles que le fichier les écrit. Aucune autre feuille n'a été modifiée.`);
    expect(env.preview.world.spreadsheet.sheets.map((s) => s.name)).toEqual(["Feuille 1", "Import benevalo-export"]);
    await sidebar.waitForSelector("#start", { state: "hidden" });
    // read from the sheet, the copy counts what the command line counts in the file
    const { grid, wallClock } = await readJournalFile("examples/benevalo-export.xlsx");
    const counted = groupThousands(actionCount(readJournal(grid, { wallClock }).actions));
    await expect.poll(() => sidebar.textContent("#source-preview")).toContain(`${counted} actions comptées.`);
    await page.screenshot({ path: `${SHOTS}/import-benevalibre.png`, clip: CLIP });
    await page.close();
  }, 60_000);

  it("imports a French Excel CSV (Windows-1252) into another new sheet, and names the rows it could not copy", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    // as French Excel saves « CSV (séparateur : point-virgule) »: Windows-1252, where œ is 0x9C
    const text = "Bénévole;Date;Durée (en heures);Catégorie\r\nHélène Dœuf;14/03/2025;2,5;Accueil\r\nZoé Müller;15/03/2025;1,5;Accueil;en trop\r\n";
    const file = tmp.write("journal excel.csv", Uint8Array.from([...text].map((c) => (c === "œ" ? 0x9c : c.charCodeAt(0)))));
    await chooseFile(page, sidebar, "#source-import", file);
    await expect.poll(() => status(sidebar), { timeout: 30_000 }).toMatch(/^Feuille « Import journal excel » créée : 1 ligne copiée/);
    await expect.poll(() => sidebar.textContent("#source-preview")).toContain("1 action comptée.");
    const sheet = env.preview.world.spreadsheet.sheetByName("Import journal excel")!;
    expect(sheet.values.slice(0, 2)).toEqual([["Bénévole", "Date", "Durée (en heures)", "Catégorie"], ["Hélène Dœuf", "14/03/2025", "2,5", "Accueil"]]);
    expect(await sidebar.locator("#start-result li").allTextContents()).toEqual([expect.stringMatching(/^Ligne n° 2 sous les en-têtes/)]);
    expect(await sidebar.textContent("#start-result p")).toBe("Lignes du fichier non copiées :");
    await sidebar.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/import-lignes-refusees.png`, clip: CLIP });
    await page.close();
  }, 60_000);
});
