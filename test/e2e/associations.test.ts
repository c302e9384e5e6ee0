import type { Browser, Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Preview } from "../../tools/preview/server";
import { SETTINGS } from "../addon/sidebar/harness";
import { browserAvailable, usePreview } from "./browser";

const SHOTS = "test-results";
const run = browserAvailable();

async function openSidebar(browser: Browser, preview: Preview): Promise<{ page: Page; sidebar: Frame }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  await page.goto(preview.url);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  // Attached, not visible: with saved settings the source section opens closed.
  await sidebar.waitForSelector("#source-preview li", { state: "attached" });
  return { page, sidebar };
}

/** A server function called from the page as the page calls it. */
function serverCall(sidebar: Frame, name: string, arg?: unknown): Promise<any> {
  return sidebar.evaluate(([n, a]) => new Promise((resolve) => {
    const run = (window as unknown as { google: any }).google.script.run.withSuccessHandler(resolve);
    if (a === undefined) run[n as string]();
    else run[n as string](a);
  }), [name, arg] as const);
}

describe.skipIf(!run)("the associations table in headless Chromium", () => {
  const env = usePreview({});

  it("creates the table from the sidebar with the journal's associations, then refuses to touch it again", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    await sidebar.click("#associations-create");
    await expect.poll(() => sidebar.textContent("#status")).toBe(
      "Feuille « Associations » créée avec 3 associations du journal : une ligne par association, à compléter.",
    );
    const sheet = env.preview.world.spreadsheet.sheetByName("Associations")!;
    expect([1, 2, 5, 6, 7, 8].map((c) => sheet.getValue(2, c))).toEqual(["Amicale Laïque de Quimper", undefined, "à vérifier", "ANC 2018-06", "31/12", "métropole"]);
    expect(sheet.getValue(1, 4)).toBe("Date de déclaration");
    expect(sheet.metadata.map((m) => m.key)).toEqual(["valorise.associations"]);
    // Not offered as the journal: the preview still reads the journal sheet.
    expect(await sidebar.locator("#source-sheet option", { hasText: "Associations" }).count()).toBe(1);
    // The preview reads the new table, then says its bad cells.
    await expect.poll(() => sidebar.textContent("#source-preview")).toContain("Table des associations : 3 associations lues dans « Associations ».");
    await page.screenshot({ path: `${SHOTS}/associations.png` });
    sheet.setValue(3, 2, "123456780");
    await sidebar.selectOption("#source-sheet", "Journal");
    await expect.poll(() => sidebar.locator("[aria-label='Table des associations : points à revoir'] li").allTextContents()).toEqual([
      "ligne 3, colonne « SIREN » : « 123456780 » a une clé de contrôle fausse (9e chiffre). Cellule ignorée.",
    ]);

    sheet.setValue(2, 2, "732829320");
    const typed = JSON.stringify(sheet.values);
    await sidebar.click("#associations-create");
    await expect.poll(() => sidebar.textContent("#status")).toBe("La feuille « Associations » existe déjà : Valorise ne la modifie pas.");
    expect(JSON.stringify(sheet.values)).toBe(typed);
    await page.close();
  }, 60_000);

  it("keeps the table's sheet name of the saved settings through a save from the page, and creates that sheet", async () => {
    let { page, sidebar } = await openSidebar(env.browser, env.preview);
    const saved = await serverCall(sidebar, "saveSettings", { ...SETTINGS, source: { ...SETTINGS.source, associationSheet: "Fiches" } });
    expect(saved.ok, saved.message).toBe(true);
    await page.close();

    ({ page, sidebar } = await openSidebar(env.browser, env.preview));
    await sidebar.click("#sec-rates > summary");
    await sidebar.click("#save");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Réglages enregistrés pour ce classeur.");
    expect((await serverCall(sidebar, "getSidebarState")).settings.source.associationSheet).toBe("Fiches");
    await sidebar.click("#sec-source > summary");
    await sidebar.click("#associations-create");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Feuille « Fiches » créée avec 3 associations du journal : une ligne par association, à compléter.");
    await page.close();
  }, 60_000);
});
