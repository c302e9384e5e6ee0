import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { DocumentFile, DocumentSet, PrintDocument } from "../../src/core/documents/model";
import { pdfInfo, pdfPages } from "../pdf/pdfText";
import { browserAvailable, usePreview } from "./browser";

const run = browserAvailable();

const attestation = (name: string, hours: string): PrintDocument => ({
  title: `Attestation de bénévolat — ${name}`,
  orientation: "portrait",
  parts: [{
    footer: `Attestation de bénévolat 2025 — ${name}`,
    blocks: [
      { kind: "title", text: "Attestation de bénévolat" },
      { kind: "fields", rows: [["Bénévole", name], ["Heures", hours]] },
      { kind: "signature", lines: ["Fait à Quimper, le 29/11/2026", "Nom : …", "Qualité : …", "Signature :"] },
    ],
  }],
});

/**
 * The attestations' set as the command line writes it: one file per volunteer, the file of them
 * all (the same parts again), and the valideur's CEC list. Hand-built: the page's work is tested
 * here, from the server's answer to the PDF saved; the documents' wording is src/core/documents'.
 */
function handBuiltSet(): DocumentFile[] {
  const yvonne = attestation("Yvonne Le Floch", "123,5 h");
  const sophie = attestation("Sophie Martin", "48 h");
  return [
    { name: "attestation-2025-yvonne-le-floch.pdf", document: yvonne },
    { name: "attestation-2025-sophie-martin.pdf", document: sophie },
    { name: "attestations-2025.pdf", document: { ...yvonne, parts: [...yvonne.parts, ...sophie.parts] } },
    {
      name: "cec-valideur-2025.pdf",
      document: {
        title: "Liste du valideur CEC", orientation: "landscape",
        parts: [{ blocks: [
          { kind: "title", text: "Bénévoles à valider sur Le Compte Bénévole" },
          { kind: "table", columns: [{ label: "Bénévole" }, { label: "Heures", align: "right" }], rows: [["Yvonne Le Floch", "123,5 h"]] },
        ] }],
      },
    },
  ];
}

async function openSidebar(page: Page, url: string): Promise<Frame> {
  await page.goto(url);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector("#form:not([hidden])");
  await sidebar.waitForSelector("#year option", { state: "attached" });
  return sidebar;
}

describe.skipIf(!run)("the sidebar's PDFs, in headless Chromium on the local preview", () => {
  /** What dist/Code.js answered to each getDocuments call: its notices are shown as they are. */
  const real: { args: unknown; value: unknown }[] = [];
  const env = usePreview({
    answers: {
      getDocuments: (args, value) => {
        real.push({ args: args[0], value });
        const set = value as { ok: boolean } & DocumentSet;
        const kind = (args[0] as { kind?: string }).kind;
        return set.ok ? { ...set, files: kind === "attestations" ? handBuiltSet() : [] } : set;
      },
    },
  });

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

    const [download] = await Promise.all([page.waitForEvent("download"), sidebar.click("#pdf-attestations")]);
    expect(download.suggestedFilename()).toBe(`attestations-${year}.pdf`);
    const pdf = readFileSync((await download.path())!);
    const pages = pdfPages(pdf);
    // each volunteer once, though the set holds the file of them all too; not the CEC list
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/Bénévole\s+Yvonne Le Floch/);
    expect(pages[0]).toMatch(/Heures\s+123,5 h/);
    expect(pages[1]).toMatch(/Bénévole\s+Sophie Martin/);
    expect(pages.join("")).not.toContain("Le Compte Bénévole");
    expect(pdfInfo(pdf).Title).toBe(`Attestations de bénévolat ${year}`);

    // what the server was asked and said
    expect(real.at(-1)!.args).toMatchObject({ year: Number(year), kind: "attestations" });
    const notices = (real.at(-1)!.value as DocumentSet).notices;
    expect(await sidebar.locator("#documents .notices li").allTextContents()).toEqual(notices);
    expect(await sidebar.locator("#documents a").allTextContents()).toEqual([`attestations-${year}.pdf`]);
    await expect.poll(() => sidebar.textContent("#status")).toBe(`attestations-${year}.pdf prêt (2 documents).`);

    // the CEC kit: the valideur's list alone, in its own orientation
    const [kit] = await Promise.all([page.waitForEvent("download"), sidebar.click("#pdf-cec")]);
    expect(kit.suggestedFilename()).toBe(`kit-cec-${year}.pdf`);
    const kitPdf = readFileSync((await kit.path())!);
    expect(pdfPages(kitPdf).join("")).toMatch(/Yvonne Le Floch\s+123,5 h/);
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
    const notices = (real.at(-1)!.value as DocumentSet).notices;
    expect(notices.length).toBeGreaterThan(0);
    expect(await sidebar.locator("#documents .notices li").allTextContents()).toEqual(notices);
    expect(await sidebar.locator("#documents a").count()).toBe(0);
    // the PDF code was never needed
    expect(await sidebar.evaluate(() => "ValorisePdf" in window)).toBe(false);
    expect(downloads).toEqual([]);
    await page.close();
  }, 60_000);
});
