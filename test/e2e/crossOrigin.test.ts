// In a real browser: a page of another site POSTing to the preview (a no-cors fetch() needs no
// preflight and used to run) is refused and runs nothing; the preview's own pages still work.
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runServerFunction } from "../../tools/preview/run";
import { browserAvailable, usePreview } from "./browser";

const run = browserAvailable();

describe.skipIf(!run)("the preview against calls from another site, in headless Chromium", () => {
  const env = usePreview({});
  let evil: Server;
  let evilUrl: string;

  beforeAll(async () => {
    // Another origin: another port, and "localhost" where the preview is "127.0.0.1".
    evil = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end("<!DOCTYPE html><html><body><p>Site quelconque</p></body></html>");
    });
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    evilUrl = `http://localhost:${(evil.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => evil.close(() => resolve())));

  it("runs nothing POSTed by a page of another site, and still answers its own pages", async () => {
    // settings the server would accept and save
    const { settings } = runServerFunction(env.preview.world, "getSidebarState", []).value as { settings: unknown };
    const page = await env.browser.newPage();
    await page.goto(evilUrl);
    const outcomes = await page.evaluate(async ({ target, args }) => {
      const body = JSON.stringify({ args });
      const tries = [
        // a "simple" request: no preflight, the answer is opaque to the page but the server gets it
        fetch(`${target}run/saveSettings`, { method: "POST", mode: "no-cors", body }).then((r) => r.type),
        fetch(`${target}menu/showSidebar`, { method: "POST", mode: "no-cors" }).then((r) => r.type),
        // with the token's header: the browser asks first, and the preview does not say yes
        fetch(`${target}run/saveSettings`, { method: "POST", headers: { "x-valorise-jeton": "x" }, body }).then(() => "envoyé", () => "refusé par le navigateur"),
      ];
      return Promise.all(tries);
    }, { target: env.preview.url, args: [settings] });
    expect(outcomes).toEqual(["opaque", "opaque", "refusé par le navigateur"]);
    expect(env.preview.calls).not.toContain("saveSettings");
    expect(env.preview.world.properties.document.size).toBe(0);

    // The preview's own page: the sidebar loads its state; the menu opens the panel again once closed.
    await page.goto(env.preview.url);
    const sidebar = page.frame({ url: /\/sidebar/ })!;
    await sidebar.waitForSelector("#form:not([hidden])");
    expect(env.preview.calls).toContain("getSidebarState");
    await page.click("#close");
    expect(await page.isHidden("#panel")).toBe(true);
    const [menu] = await Promise.all([page.waitForResponse(/\/menu\/showSidebar$/), page.click('.menu button[data-fn="showSidebar"]')]);
    expect(menu.status()).toBe(200);
    expect(await menu.json()).toEqual({ sidebar: true, alert: "" });
    await page.waitForSelector("#panel:not([hidden])");
    await page.close();
  }, 60_000);
});
