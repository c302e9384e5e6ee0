import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SeedCell } from "../../tools/emulator";
import { browserAvailable, usePreview } from "./browser";

const run = browserAvailable();

/** A journal kept by hand whose headers Valorise cannot read by itself. */
const NOTEBOOK: SeedCell[][] = [
  ["Qui", "Quand", "Combien", "Lieu", "Lieu"],
  ["Zoé", { date: "2025-02-03" }, 1.5, "Salle", ""],
  ["Zoé", { date: "2025-02-04" }, 2, "", ""],
];

describe.skipIf(!run)("choosing the journal's columns in the sidebar (headless Chromium)", () => {
  const env = usePreview({ journalRows: NOTEBOOK, rolesRows: null });

  it("offers the sheet's headers for each field, previews the choice and saves it", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    await page.goto(env.preview.url);
    const sidebar = page.frame({ url: /\/sidebar/ })!;
    await sidebar.waitForSelector("#form:not([hidden])");
    expect(await sidebar.isHidden("#source-columns")).toBe(true); // no sheet looks like a journal: no headers to offer

    await sidebar.selectOption("#source-sheet", "Journal");
    await sidebar.waitForSelector("#source-columns:not([hidden])");
    await sidebar.click("#source-columns > summary");
    const options = await sidebar.locator("#col-date option").allTextContents();
    expect(options).toEqual(["auto : aucune", "(aucune)", "Qui", "Quand", "Combien", "Lieu"]);
    const box = sidebar.locator("#source-preview");
    await expect.poll(() => box.textContent()).toContain("L'en-tête « Lieu » figure 2 fois (colonnes D et E) : aucune n'est lue.");

    await sidebar.selectOption("#col-volunteer", { label: "Qui" });
    await sidebar.selectOption("#col-date", { label: "Quand" });
    await sidebar.selectOption("#col-decimalHours", { label: "Combien" });
    await expect.poll(() => box.textContent()).toContain("2 actions comptées.");
    expect(await box.textContent()).toContain("Date (manuel)");
    expect(await sidebar.locator("#year option").allTextContents()).toEqual(["2025"]);
    mkdirSync("test-results", { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1600 });
    await sidebar.locator("#sec-source").screenshot({ path: "test-results/colonnes.png" });

    await sidebar.click("#sec-rates > summary");
    await sidebar.click("#save");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Réglages enregistrés pour ce classeur.");
    const stored = [...env.preview.world.properties.document.entries()].filter(([k]) => k !== "valorise.settings").map(([, v]) => v).join("");
    expect(JSON.parse(stored).source).toMatchObject({ sheet: "Journal", columns: { volunteer: "Qui", date: "Quand", decimalHours: "Combien" } });

    // Reopened, the panel shows the columns saved (in the source section, closed once settings are saved).
    await page.reload();
    const again = page.frame({ url: /\/sidebar/ })!;
    await again.waitForSelector("#col-date", { state: "attached" });
    expect(await again.getAttribute("#source-columns", "hidden")).toBeNull();
    expect(await again.locator("#col-date option:checked").textContent()).toBe("Quand");
    expect(await again.locator("#col-distance option:checked").textContent()).toBe("auto : aucune");
    await page.close();
  }, 60_000);
});
