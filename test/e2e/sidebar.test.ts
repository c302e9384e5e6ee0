import { readFileSync } from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { typedRows } from "../../tools/preview/document";
import type { Preview } from "../../tools/preview/server";
import { parseCsv } from "../../src/local/readers/csv";
import { ASSOCIATIONS, reportNames } from "../addon/sidebar/harness";
import { browserAvailable, usePreview } from "./browser";

const XSS = "<img src=x onerror=alert(1)>";
const JARDINS = "Les Jardins Partagés de Belleville";
const CLUB = "Club Sportif de Villeurbanne";
const SHOTS = "test-results";
const run = browserAvailable();

/** The sample journal, its first action done by a volunteer whose name is HTML. */
function journalRows() {
  const rows = typedRows(parseCsv(readFileSync("examples/benevalo-export.csv", "utf8")));
  rows[1] = [XSS, "", "", ...rows[1]!.slice(3)];
  return rows;
}

async function openPreview(browser: Browser, preview: Preview): Promise<{ page: Page; sidebar: Frame; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(preview.url);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector("#form:not([hidden])");
  // Attached, not visible: with saved settings the source section opens closed.
  await sidebar.waitForSelector("#source-preview li", { state: "attached" });
  return { page, sidebar, dialogs };
}

describe.skipIf(!run)("the sidebar in headless Chromium, on the local preview", () => {
  const env = usePreview({ journalRows: journalRows() });

  it("shows names from the sheet as text and an invalid setting's message next to its field", async () => {
    const { page, sidebar, dialogs } = await openPreview(env.browser, env.preview);
    const box = sidebar.locator("#source-preview");
    await expect.poll(() => box.textContent()).toContain(`ex. ${XSS}`);
    expect(await sidebar.locator("#source-preview img").count()).toBe(0);
    // Each field's list names the column found by its header.
    expect(await sidebar.locator("#col-decimalHours option:checked").textContent()).toBe("auto : Durée (en heures)");

    await sidebar.click("#sec-association > summary");
    await sidebar.fill("#assoc-id", "12AB");
    await sidebar.fill("#val-closing", "29/02");
    await sidebar.click("#sec-rates > summary");
    await sidebar.fill("#val-coef", "beaucoup");
    await sidebar.click("#save");
    await expect.poll(() => sidebar.textContent('[data-error="association.identifier"]')).toBe("SIREN (9 chiffres) ou numéro RNA (W suivi de 9 caractères) attendu.");
    expect(await sidebar.textContent('[data-error="valuation.coefficient"]')).toBe("Coefficient attendu : un nombre de 0,1 à 10, par exemple 1 ou 1,45.");
    expect(await sidebar.textContent('[data-error="valuation.closingDate"]')).toBe("« 29/02 » n'existe pas toutes les années : choisissez le 28/02 ou le 01/03.");
    expect(await sidebar.textContent("#status")).toBe("Des réglages sont à corriger (voir les champs en rouge).");
    expect(env.preview.calls).not.toContain("saveSettings"); // refused in the page, before any server call
    expect(env.preview.world.properties.document.size).toBe(0);

    // The server checks too: the same input sent straight to google.script.run is refused on the same field
    // (the server leaves the field's fixed message to the page, which writes it: see showErrors).
    const reply = await sidebar.evaluate(() => new Promise((resolve) => {
      const g = (window as unknown as { google: any }).google;
      g.script.run.withSuccessHandler(resolve).saveSettings({ version: 1, source: {}, association: { name: "", identifier: "12AB" }, valuation: {} });
    }));
    expect(reply).toMatchObject({ ok: false, errors: { "association.identifier": "" } });
    await page.screenshot({ path: `${SHOTS}/sidebar-erreurs.png` });
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);

  it("saves the settings, generates a year twice and offers the year's files", async () => {
    const { page, sidebar, dialogs } = await openPreview(env.browser, env.preview);
    const journalBefore = JSON.stringify(env.preview.world.spreadsheet.sheetByName("Journal")!.values);
    expect(await sidebar.inputValue("#source-roles")).toBe("Rôles"); // offered on a new document
    await sidebar.click("#sec-association > summary");
    await sidebar.fill("#assoc-name", "Les Jardins Partagés de Belleville");
    await sidebar.fill("#assoc-id", "123 456 789");
    await sidebar.fill("#assoc-declared", "2015-03-01");
    await sidebar.check('input[name="assoc-gi"][value="oui"]');
    await sidebar.click("#sec-rates > summary");
    await sidebar.fill("#val-coef", "1,45");
    await sidebar.selectOption("#table-source", "here");
    await sidebar.click("#table-add");
    await sidebar.fill('#table-rows tr:last-child [data-part="label"]', "Expertise");
    await sidebar.fill('#table-rows tr:last-child [data-part="rate"]', "25");
    await sidebar.selectOption("#km-mode", "bareme");
    await sidebar.click("#save");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Réglages enregistrés pour ce classeur.");

    expect(await sidebar.locator("#year option").allTextContents()).toEqual(["2025", "2024"]);
    await sidebar.selectOption("#year", "2025");
    await sidebar.click("#generate");
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");
    const first = await sidebar.textContent("#result");
    expect(first).toContain("Rapport 2025 écrit : 14 feuilles");
    // Money per association, never summed.
    expect(await sidebar.locator("#result .figures span").allTextContents()).toEqual([
      "bénévoles en 2025", "heures en 2025, toutes associations",
      ...ASSOCIATIONS.map((a) => `valorisation – ${a} (exercice 2025)`), "éligibles au CEC",
    ]);

    // The report sheets in the emulator: a series per association.
    const model = env.preview.world.spreadsheet;
    const names = model.sheets.map((s) => s.name);
    expect(names).toEqual(["Journal", "Rôles", ...reportNames(2025)]);
    const synthese = model.sheetByName(`Valorise 2025 – Synthèse – ${JARDINS}`)!;
    expect(synthese.values.find((r) => r?.[0] === "Association")?.[1]).toBe(JARDINS);
    expect(synthese.values.find((r) => r?.[0] === "SIREN")?.[1]).toBe("123456789");
    expect(synthese.values.find((r) => r?.[0] === "Méthode")?.[1]).toContain("coefficient 1,45");
    const benevoles = ASSOCIATIONS.map((a) => model.sheetByName(`Valorise 2025 – Bénévoles – ${a}`)!);
    expect(benevoles.some((b) => b.values.some((r) => r?.[0] === "Hélène Durand"))).toBe(true);
    expect(JSON.stringify(model.sheetByName("Journal")!.values)).toBe(journalBefore);

    // Generating again lists the sheets it replaces first, then gives the same page and the same sheets.
    const dump = JSON.stringify(model.sheets.map((s) => [s.name, s.values, s.formats]));
    const generated = () => env.preview.calls.filter((c) => c === "generateReport").length;
    expect(generated()).toBe(1);
    await sidebar.click("#generate");
    await sidebar.waitForSelector("#plan-confirm");
    expect(await sidebar.locator("#result ul[aria-label='Feuilles à remplacer'] li").allTextContents()).toEqual(reportNames(2025));
    expect(generated()).toBe(1);
    env.preview.setLatency(1500);
    await sidebar.click("#plan-confirm");
    await sidebar.waitForSelector("#progress:not([hidden])");
    expect(await sidebar.textContent("#progress-steps li.now")).toContain("Lecture du journal, calculs et écriture des feuilles de 2025");
    expect(await sidebar.isDisabled("#generate")).toBe(true);
    await sidebar.click("#generate", { force: true }); // a second click while the first runs: nothing sent
    await expect.poll(() => sidebar.isHidden("#progress"), { timeout: 10_000 }).toBe(true);
    env.preview.setLatency(0);
    expect(generated()).toBe(2);
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");
    expect(await sidebar.textContent("#result")).toBe(first);
    expect(JSON.stringify(model.sheets.map((s) => [s.name, s.values, s.formats]))).toBe(dump);

    // The sheets view shows the Synthèse; a name holding HTML stays text there too.
    const sheets = page.frame({ url: /\/sheets/ })!;
    await expect.poll(() => page.frame({ url: /\/sheets/ })!.textContent("nav a.on")).toBe(reportNames(2025)[0]);
    await sheets.goto(`${env.preview.url}sheets?sheet=${encodeURIComponent("Valorise 2025 – Anomalies")}`);
    await sheets.goto(`${env.preview.url}sheets?sheet=Journal`);
    expect(await sheets.locator("td", { hasText: XSS }).count()).toBe(1);
    expect(await sheets.locator("img").count()).toBe(0);

    // Reloading the page reads the saved settings back.
    await page.reload();
    const again = page.frame({ url: /\/sidebar/ })!;
    await again.waitForSelector("#form:not([hidden])");
    expect(await again.inputValue("#assoc-id")).toBe("123456789");
    expect(await again.inputValue("#val-coef")).toBe("1,45");
    expect(await again.inputValue("#source-roles")).toBe("Rôles");

    await again.click("#downloads");
    await again.waitForSelector("#files a");
    // A set of files per association, named after it; the settings' SIREN on its association's entries only.
    const files = await again.locator("#files a").allTextContents();
    expect(files).toHaveLength(12);
    expect(files.slice(8)).toEqual([
      "benevoles-2025-les-jardins-partagés-de-belleville.csv", "comptabilite-2025-les-jardins-partagés-de-belleville.csv",
      "ecritures-benevolat-123456789-20251231-les-jardins-partagés-de-belleville.txt",
      "ecritures-benevolat-paheko-123456789-20251231-les-jardins-partagés-de-belleville.csv",
    ]);
    expect(files[2]).toBe("ecritures-benevolat-20251231-amicale-laïque-de-quimper.txt");
    const [download] = await Promise.all([page.waitForEvent("download"), again.click("#files a >> nth=10")]);
    expect(download.suggestedFilename()).toBe("ecritures-benevolat-123456789-20251231-les-jardins-partagés-de-belleville.txt");
    // written by the page in ISO 8859-15: é is the one byte 0xE9
    const entries = readFileSync(await download.path());
    expect(new TextDecoder("iso-8859-15").decode(entries).split("\r\n")[1]).toContain("\tOpérations diverses\t");
    expect(entries.includes(Buffer.from("é", "utf8"))).toBe(false);

    await again.click("#generate");
    await again.click("#plan-confirm");
    await expect.poll(() => again.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");
    await page.screenshot({ path: `${SHOTS}/apercu.png` });
    await page.setViewportSize({ width: 1280, height: 1900 }); // the whole panel, for the record
    await again.locator("body").screenshot({ path: `${SHOTS}/panneau.png` });
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);

  it("generates one association's sheets and files when it is chosen, leaving the others' sheets", async () => {
    const { page, sidebar, dialogs } = await openPreview(env.browser, env.preview);
    const model = env.preview.world.spreadsheet;
    const before = model.sheets.map((s) => s.name);
    const stored = JSON.stringify([...env.preview.world.properties.document]);
    expect(await sidebar.isVisible("#association")).toBe(true);
    expect(await sidebar.locator("#association option").allTextContents()).toEqual(["Toutes (une série de feuilles par association)", ...ASSOCIATIONS]);
    await sidebar.selectOption("#year", "2025");
    await sidebar.selectOption("#association", { label: CLUB });
    await sidebar.click("#generate");
    // Only the Club's sheets and the journal's two are replaced.
    await sidebar.waitForSelector("#plan-confirm");
    expect(await sidebar.locator("#result ul[aria-label='Feuilles à remplacer'] li").allTextContents()).toEqual(reportNames(2025, [CLUB]));
    await sidebar.click("#plan-confirm");
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");
    expect(await sidebar.textContent("#result")).toContain("Rapport 2025 écrit : 6 feuilles");
    expect(await sidebar.locator("#result ul[aria-label='Feuilles écrites'] a").allTextContents()).toEqual(reportNames(2025, [CLUB]));
    expect(await sidebar.locator("#result .figures span").allTextContents()).toEqual(["bénévoles en 2025", "heures en 2025", "valorisation (exercice 2025)", "éligibles au CEC"]);
    // The other associations' sheets stay; the choice is not saved with the settings.
    expect(model.sheets.map((s) => s.name)).toEqual(before);
    expect(JSON.stringify([...env.preview.world.properties.document])).toBe(stored);

    await sidebar.click("#downloads");
    await expect.poll(() => sidebar.locator("#files a").allTextContents()).toEqual([
      "benevoles-2025-club-sportif-de-villeurbanne.csv", "comptabilite-2025-club-sportif-de-villeurbanne.csv",
      "ecritures-benevolat-20251231-club-sportif-de-villeurbanne.txt", "ecritures-benevolat-paheko-20251231-club-sportif-de-villeurbanne.csv",
    ]);
    // The preview refreshed keeps the choice.
    const previews = () => env.preview.calls.filter((c) => c === "previewSource").length;
    const previewed = previews();
    await sidebar.click("#sec-source > summary");
    await sidebar.fill("#source-range", "A:O");
    await sidebar.dispatchEvent("#source-range", "change");
    await expect.poll(previews).toBe(previewed + 1);
    await expect.poll(() => sidebar.getAttribute("#source-preview", "class")).not.toContain("muted");
    expect(await sidebar.locator("#association option:checked").textContent()).toBe(CLUB);
    await page.screenshot({ path: `${SHOTS}/association-choisie.png` });
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);
});
