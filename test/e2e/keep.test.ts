import { describe, expect, it } from "vitest";
import { ASSOCIATIONS, reportNames, sheetDump } from "../addon/sidebar/harness";
import { browserAvailable, usePreview } from "./browser";

const run = browserAvailable();
const BENEVOLES = `Valorise 2025 – Bénévoles – ${ASSOCIATIONS[2]}`;
const CEC = "Valorise 2025 – CEC";

describe.skipIf(!run)("before « Générer » writes over report sheets, in headless Chromium", () => {
  const env = usePreview({});

  it("lists the sheets it will replace and those it keeps, asks in the page, and keeps what the user changed", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1100 }, locale: "fr-FR" });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(env.preview.url);
    const sidebar = page.frame({ url: /\/sidebar/ })!;
    await sidebar.waitForSelector("#source-preview li");
    const world = env.preview.world;
    const calls = (name: string) => env.preview.calls.filter((c) => c === name).length;

    // The first report replaces nothing: it is written at once.
    await sidebar.selectOption("#year", "2025");
    await sidebar.click("#generate");
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");
    expect([calls("planReport"), calls("generateReport")]).toEqual([1, 1]);
    expect(await sidebar.locator("#plan-confirm").count()).toBe(0);

    // The treasurer renames the CEC sheet and types a note under the volunteers of Les Jardins.
    world.spreadsheet.sheetByName(CEC)!.name = "CEC 2025 annoté";
    const benevoles = world.spreadsheet.sheetByName(BENEVOLES)!;
    benevoles.setValue(benevoles.lastRow() + 2, 1, "Note : Hélène a aussi tenu la buvette en juin.");
    const renamed = sheetDump(world, "CEC 2025 annoté");
    const annotated = sheetDump(world, BENEVOLES);
    const everything = JSON.stringify(world.spreadsheet.sheets.map((s) => [s.name, s.values, s.formats, s.metadata]));

    // « Générer » first shows what it would replace and keep; « Annuler » changes nothing.
    await sidebar.click("#generate");
    await sidebar.waitForSelector("#plan-confirm");
    const plan = sidebar.locator("#result [aria-label='Avant de générer']");
    expect(await plan.locator("ul[aria-label='Feuilles à remplacer'] li").allTextContents()).toEqual(
      reportNames(2025).filter((n) => n !== BENEVOLES && n !== CEC),
    );
    expect(await plan.locator("ul[aria-label='Feuilles gardées'] li").allTextContents()).toEqual([
      `« ${BENEVOLES} » (modifiée)`, "« CEC 2025 annoté » (renommée)",
    ]);
    expect(await plan.textContent()).toContain("seront gardées telles quelles ; le nouveau rapport sera écrit à côté");
    expect(await sidebar.textContent("#status")).toBe("Rapport 2025 : confirmez les feuilles à remplacer.");
    await sidebar.locator("#sec-year").screenshot({ path: "test-results/feuilles-a-remplacer.png" });
    await sidebar.click("#plan-cancel");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Génération annulée : aucune feuille n'a été modifiée.");
    expect(await sidebar.textContent("#result")).toBe("");
    expect(calls("generateReport")).toBe(1);
    expect(JSON.stringify(world.spreadsheet.sheets.map((s) => [s.name, s.values, s.formats, s.metadata]))).toBe(everything);

    // Confirmed: the changed sheets stay byte for byte, the report is written beside them, and the page says so.
    await sidebar.click("#generate");
    await sidebar.click("#plan-confirm");
    await expect.poll(() => sidebar.textContent("#status"), { timeout: 30_000 }).toBe("Rapport 2025 prêt.");
    expect(calls("generateReport")).toBe(2);
    expect(await sidebar.textContent("#result p")).toContain(
      `Gardées telles quelles : « ${BENEVOLES} » (modifiée), « CEC 2025 annoté » (renommée). Nouveau rapport écrit à côté : « ${BENEVOLES} (2) », « ${CEC} ».`,
    );
    expect(sheetDump(world, "CEC 2025 annoté")).toBe(renamed);
    expect(sheetDump(world, BENEVOLES)).toBe(annotated);
    expect(await sidebar.locator("#result ul[aria-label='Feuilles écrites'] a").allTextContents()).toEqual(
      reportNames(2025).map((n) => (n === BENEVOLES ? `${n} (2)` : n)),
    );
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);
});
