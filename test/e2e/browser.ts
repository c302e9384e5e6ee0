import { existsSync, mkdirSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type Preview, startPreview } from "../../tools/preview/server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether the browser tests can run. Without Chromium they are skipped on a developer's machine
 * (with the reason printed) but fail in CI, where .ci/run installs it.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `Chromium absent (${CHROMIUM}) : installez le paquet Debian chromium (apt-get install chromium).`;
  if (process.env.CI) throw new Error(`${reason} Les tests navigateur sont obligatoires en CI.`);
  console.warn(`Tests navigateur ignorés : ${reason}`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/**
 * A browser and the local preview for the tests of one describe block: started before them,
 * closed after. Call inside describe; read `.browser` and `.preview` inside the tests.
 */
export function usePreview(options: Parameters<typeof startPreview>[0]): { browser: Browser; preview: Preview } {
  const env = {} as { browser: Browser; preview: Preview };
  beforeAll(async () => {
    if (!existsSync("dist/Sidebar.html")) throw new Error("dist/ absent : lancez npm run build avant ces tests.");
    mkdirSync("test-results", { recursive: true });
    env.browser = await launch();
    env.preview = await startPreview(options);
  }, 60_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.preview?.close();
  });
  return env;
}
