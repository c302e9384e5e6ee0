import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { DocumentsResult } from "../../src/contract/sidebar";
import { type PackedDocumentReport, unpackDocumentReport } from "../../src/core/documents/documentPack";
import { pdfInfo, pdfPages } from "../pdf/pdfText";
import { browserAvailable, usePreview } from "./browser";

const run = browserAvailable();

async function openSidebar(page: Page, url: string): Promise<Frame> {
  await page.goto(url);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector("#form:not([hidden])");
  await sidebar.waitForSelector("#year option", { state: "attached" });
  return sidebar;
}

describe.skipIf(!run)("the sidebar's PDFs, in headless Chromium on the local preview", () => {
  /** What dist/Code.js answered to each getDownloads call, passed on unchanged. */
  const real: { args: { kind?: string; year?: number }; value: DocumentsResult }[] = [];
  const env = usePreview({
    answers: {
      getDownloads: (args, value) => {
        real.push({ args: args[0] as { kind?: string }, value: value as DocumentsResult });
        return value;
      },
    },
  });
  const lastReport = () => {
    const last = real.at(-1)!.value;
    if (!last.ok) throw new Error(last.message);
    return unpackDocumentReport(last.report as PackedDocumentReport);
  };

  it("draws the attestations in the page and downloads them as one PDF, from the sandboxed sidebar", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const sidebar = await openSidebar(page, env.preview.url);
    // the preview frames the sidebar as Apps Script does
    expect(await page.getAttribute("#sidebar", "sandbox")).toContain("allow-downloads");
    // not parsed when the sidebar opens
    expect(await sidebar.evaluate(() => "ValorisePdf" in window)).toBe(false);
    expect(await sidebar.getAttribute("#pdf-code", "type")).toBe("text/plain");
    const year = await sidebar.inputValue("#year");

    await sidebar.click("details.signatory summary");
    await sidebar.fill("#sign-name", "Anne Roy");
    await sidebar.fill("#sign-quality", "Présidente");
    await sidebar.fill("#sign-place", "Quimper");
    const [download] = await Promise.all([page.waitForEvent("download"), sidebar.click("#pdf-attestations")]);
    expect(download.suggestedFilename()).toBe(`attestations-${year}.pdf`);
    const pdf = readFileSync((await download.path())!);
    const text = pdfPages(pdf).join("\n").replace(/\s+/g, " ");
    expect(pdfInfo(pdf).Title).toBe(`Attestations de bénévolat ${year}`);
    // the server sent the report's figures; the page built and drew every named volunteer's attestation, each once
    expect(real.at(-1)!.args).toMatchObject({ year: Number(year), kind: "attestations" });
    const volunteers = lastReport().sections.flatMap((s) => s.volunteers.filter((v) => !v.anonymous));
    expect(volunteers.length).toBeGreaterThan(10);
    for (const v of volunteers) {
      const hours = `${(Math.round(v.durationMs / 36_000) / 100).toFixed(2).replace(".", ",")} h en ${v.actions} actions`;
      expect(text).toMatch(new RegExp(`atteste qu(e |')${v.volunteer} a participé bénévolement`));
      expect(text).toContain(hours);
    }
    expect(text.split("Attestation de bénévolat Association").length - 1).toBe(volunteers.length);
    expect(text).toContain("Fait à Quimper, le ");
    expect(text).toContain("Nom : Anne Roy");
    expect(text).toContain("Qualité : Présidente");
    expect(await sidebar.locator("#documents a").allTextContents()).toEqual([`attestations-${year}.pdf`]);
    await expect.poll(() => sidebar.textContent("#status")).toMatch(new RegExp(`^attestations-${year}\\.pdf prêt \\(\\d+ documents\\)\\.$`));

    // the CEC kit: the valideur's list alone, in its own orientation
    const [kit] = await Promise.all([page.waitForEvent("download"), sidebar.click("#pdf-cec")]);
    expect(kit.suggestedFilename()).toBe(`kit-cec-${year}.pdf`);
    const kitPdf = readFileSync((await kit.path())!);
    const kitText = pdfPages(kitPdf).join("\n");
    expect(kitText).toContain("Le Compte Bénévole");
    const toValidate = lastReport().sections.flatMap((s) => s.cecVolunteers.filter((l) => l.status === "eligible" || l.status === "conditional"));
    expect(toValidate.length).toBeGreaterThan(0);
    for (const l of toValidate) expect(kitText).toContain(l.volunteer);
    expect(pdfInfo(kitPdf)["Page size"]).toContain("841.89 x 595.28"); // A4 landscape
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("says so when a set holds no document of the button's kind, with the server's notices, and downloads nothing", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    const sidebar = await openSidebar(page, env.preview.url);
    const year = await sidebar.inputValue("#year");
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await sidebar.click("#pdf-recus");
    await expect.poll(() => sidebar.textContent("#status")).toBe(`Aucun reçu à produire pour ${year}.`);
    expect(await sidebar.getAttribute("#status", "class")).toContain("bad");
    expect(real.at(-1)!.args).toMatchObject({ year: Number(year), kind: "recus" });
    // the sample's settings value no kilometres: each association says why it issues no receipt
    const notices = await sidebar.locator("#documents .notices li").allTextContents();
    expect(notices.length).toBe(lastReport().sections.length);
    for (const n of notices) expect(n).toContain("aucun reçu fiscal");
    expect(await sidebar.locator("#documents a").count()).toBe(0);
    expect(downloads).toEqual([]);
    await page.close();
  }, 60_000);

  it("refuses a first receipt number that is not a whole number from 1, in French, and asks the server nothing", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
    const sidebar = await openSidebar(page, env.preview.url);
    await sidebar.click("details.signatory summary");
    expect(await sidebar.inputValue("#receipt-first")).toBe("1");
    const calls = real.length;
    await sidebar.fill("#receipt-first", "0");
    await sidebar.click("#pdf-recus");
    await expect.poll(() => sidebar.textContent("#status")).toBe("Premier numéro de reçu « 0 » invalide : attendu un nombre entier à partir de 1.");
    expect(await sidebar.getAttribute("#status", "class")).toContain("bad");
    expect(real.length).toBe(calls);
    // a whole number goes on to the server
    await sidebar.fill("#receipt-first", "2026001");
    await sidebar.click("#pdf-recus");
    await expect.poll(() => real.length).toBe(calls + 1);
    await page.close();
  }, 60_000);
});
