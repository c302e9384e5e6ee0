import type { Browser, Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Preview } from "../../tools/preview/server";
import { browserAvailable, usePreview } from "./browser";

const SHOTS = "test-results";
const run = browserAvailable();

/** The preview as a treasurer sees it: the 300 px sidebar frame of a 1280 x 900 window. */
async function openSidebar(browser: Browser, preview: Preview): Promise<{ page: Page; sidebar: Frame }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  await page.goto(preview.url);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector("#form:not([hidden])");
  await sidebar.waitForSelector("#source-preview li", { state: "attached" });
  return { page, sidebar };
}

/** Whether the element lies wholly inside the sidebar's window (not scrolled out of view). */
function inView(sidebar: Frame, selector: string): Promise<boolean> {
  return sidebar.$eval(selector, (node) => {
    const r = node.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
  });
}

/** The sheet's rows whose status column reads `label`, by volunteer name. */
function cecRows(preview: Preview, label: string): string[] {
  const values = preview.world.spreadsheet.sheetByName("Valorise 2025 – CEC")!.values as unknown[][];
  const header = values.findIndex((row) => row.some((c) => String(c) === "Statut"));
  const status = values[header]!.findIndex((c) => String(c) === "Statut");
  const name = values[header]!.findIndex((c) => String(c) === "Bénévole");
  return values.slice(header + 1).filter((row) => String(row[status]) === label).map((row) => String(row[name]));
}

describe.skipIf(!run)("a sidebar a treasurer finishes without help (Chromium, 300 px)", () => {
  const env = usePreview({});

  it("keeps Enregistrer, Générer and the confirmation in view at 300 px, wherever the panel is scrolled", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    expect(await sidebar.evaluate(() => window.innerWidth)).toBe(300);
    // every section open: the panel is far taller than the window
    for (const s of ["#sec-association > summary", "#sec-rates > summary"]) await sidebar.click(s);
    expect(await sidebar.evaluate(() => document.documentElement.scrollHeight > 2 * window.innerHeight)).toBe(true);
    for (const where of ["top", "middle", "bottom"]) {
      await sidebar.evaluate((w) => window.scrollTo(0, w === "top" ? 0 : w === "middle" ? document.documentElement.scrollHeight / 2 : document.documentElement.scrollHeight), where);
      for (const id of ["#save", "#generate", "#status"]) expect(await inView(sidebar, id), `${id} (${where})`).toBe(true);
    }
    await sidebar.evaluate(() => window.scrollTo(0, 0));
    // A new document: art. 200 is neither « Oui » nor « Non » until the treasurer says so.
    expect(await sidebar.$eval('input[name="assoc-gi"]:checked', (r) => (r.parentElement as HTMLElement).textContent!.trim())).toBe("À vérifier");
    await sidebar.check('input[name="assoc-gi"][value="oui"]');
    await sidebar.click("#save");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Réglages enregistrés pour ce classeur.");
    expect(await inView(sidebar, "#status")).toBe(true);
    expect(await sidebar.textContent("#generate")).toBe("Générer 2025");
    await page.screenshot({ path: `${SHOTS}/pied-fixe.png`, clip: { x: 980, y: 40, width: 300, height: 860 } });
    await page.close();
  }, 60_000);

  it("shows Générer's steps in the footer, in view, then each CEC status with what to do and for whom", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    env.preview.setLatency(1500);
    try {
      await sidebar.click("#generate");
      await sidebar.waitForSelector("#progress:not([hidden])");
      await expect.poll(() => sidebar.locator("#progress-steps li").allTextContents()).toEqual([
        "Réglages vérifiés",
        "Recherche des feuilles à remplacer (serveur)",
        "Lecture du journal, calculs et écriture des feuilles de 2025 (serveur)",
      ]);
      expect(await inView(sidebar, "#progress")).toBe(true);
      await page.screenshot({ path: `${SHOTS}/etapes.png`, clip: { x: 980, y: 40, width: 300, height: 860 } });
      const confirm = await sidebar.waitForSelector("#plan-confirm, #result .figures", { timeout: 30_000 });
      if (await confirm.getAttribute("id")) await confirm.click();
      await expect.poll(() => sidebar.textContent("#progress-steps li.now"), { timeout: 10_000 }).toContain("Lecture du journal");
      expect(await sidebar.locator("#progress-steps li.done").count()).toBe(2);
    } finally {
      env.preview.setLatency(0);
    }
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");

    const sections = { eligible: "Éligible", conditional: "Éligible sous réserve", incomplete: "À compléter" } as const;
    let shown = 0;
    for (const [kind, label] of Object.entries(sections)) {
      const expected = cecRows(env.preview, label);
      const box = sidebar.locator(`#result .cec-${kind}`);
      if (!expected.length) {
        expect(await box.count(), kind).toBe(0);
        continue;
      }
      shown++;
      expect(await box.locator("li").allTextContents()).toEqual(expected.slice(0, 50));
    }
    expect(shown).toBeGreaterThanOrEqual(2); // the sample journal has volunteers in at least two of them
    if (cecRows(env.preview, "Éligible").length) expect(await sidebar.textContent("#result .cec-eligible p")).toContain("au plus tard le 30/06/2026");
    if (cecRows(env.preview, "À compléter").length) expect(await sidebar.textContent("#result .cec-incomplete p")).toContain("dans d'autres associations");
    if (cecRows(env.preview, "Éligible sous réserve").length) expect(await sidebar.textContent("#result .cec-conditional p")).toContain("table des rôles");
    await sidebar.locator("#result .cec").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/cec-a-faire.png`, clip: { x: 980, y: 40, width: 300, height: 860 } });
    await page.close();
  }, 90_000);

  it("explains the jargon with a source, asks art. 200 as « À vérifier » first, and writes examples the French way", async () => {
    const { page, sidebar } = await openSidebar(env.browser, env.preview);
    // The journal's first row: 3.0 hours and a « False » moderation cell, as a Bénévalibre export holds them.
    const examples = await sidebar.locator("#source-preview .ex").allTextContents();
    expect(examples).toContain("ex. 3,0");
    expect(examples).toContain("ex. non");
    expect(examples.join(" ")).not.toMatch(/\d\.\d|false|true/i);
    await sidebar.click("#sec-association > summary");
    await sidebar.click("#sec-rates > summary");
    await sidebar.selectOption("#km-mode", "taux");
    for (const text of ["art. 200 du CGI", "Plan comptable", "Base ETP", "6251 / 75412"]) {
      const hint = sidebar.locator(".field, fieldset, label, p.hint", { hasText: text }).first();
      expect(await hint.count(), text).toBe(1);
    }
    const links = await sidebar.locator("#form p.hint a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) expect(href).toMatch(/^https:\/\//);
    await page.screenshot({ path: `${SHOTS}/jargon.png`, clip: { x: 980, y: 40, width: 300, height: 860 } });
    await page.close();
  }, 60_000);
});
