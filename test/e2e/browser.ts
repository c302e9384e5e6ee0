import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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
