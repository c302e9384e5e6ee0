import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../tools/emulator";
import { loadBundle } from "../../tools/vm/runBundle";
import { browserAvailable, launch } from "./browser";

const run = browserAvailable();

describe.skipIf(!run)("the Aide menu item (Chromium, at the dialog's size)", () => {
  it("opens a real help page: what Valorise does, how to start, where the rules come from", async () => {
    // the menu item as Apps Script runs it: the dialog it opens and the page it shows
    const services = createServices({ sheets: [sheetFromRows("Feuille 1", [])], htmlDir: "dist" });
    loadBundle("dist/Code.js", services.globals).call("showHelp");
    const [dialog] = services.handle.ui.shown;
    expect(dialog).toMatchObject({ kind: "modalDialog", title: "Valorise : aide", width: 520, height: 560 });
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 520, height: 560 }, locale: "fr-FR" });
      await page.setContent(dialog!.content);
      expect(await page.locator("h3").allTextContents()).toEqual(["Ce que fait Valorise", "Pour commencer", "D'où viennent les règles", "Dans une cellule"]);
      expect(await page.textContent("body")).toContain("importer l'export de Bénévalibre");
      // each source opens apart from the dialog, over https
      for (const link of await page.locator("a").all()) {
        expect(await link.getAttribute("href")).toMatch(/^https:\/\//);
        expect([await link.getAttribute("target"), await link.getAttribute("rel")]).toEqual(["_blank", "noopener"]);
      }
      // nothing wider than the dialog: no sideways scrolling
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(520);
      await page.screenshot({ path: "test-results/aide.png", fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
