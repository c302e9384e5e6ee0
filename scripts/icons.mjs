// Renders the Marketplace graphics from docs/publication/icones/valorise.svg with headless Chromium:
// the application icons (32×32 and 128×128 PNG) and the card banner (220×140 PNG) that the
// Google Workspace Marketplace store listing asks for
// (https://developers.google.com/workspace/marketplace/create-listing, « Graphic assets »).
// Usage: node scripts/icons.mjs  (needs /usr/bin/chromium; writes into docs/publication/icones/).
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../docs/publication/icones/", import.meta.url));
const svg = await readFile(`${dir}valorise.svg`, "utf8");

/** A page holding only the SVG at size×size, no margin: the screenshot is the icon. */
const iconPage = (size) => `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; background: transparent; }
  svg { display: block; width: ${size}px; height: ${size}px; }
</style></head><body>${svg}</body></html>`;

// The banner: the icon and the name on the same teal, the tagline under it. System fonts only (no
// external resource) and no Google product name (the listing rules forbid it); white on #0B5D57 keeps a contrast of about 7.5:1.
const bannerPage = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  .banner { width: 220px; height: 140px; background: #0B5D57; color: #FFFFFF; box-sizing: border-box;
    padding: 18px 16px; display: flex; flex-direction: column; justify-content: center; gap: 10px;
    font-family: "DejaVu Sans", Arial, sans-serif; }
  .top { display: flex; align-items: center; gap: 10px; }
  .top svg { width: 56px; height: 56px; flex: none; }
  .name { font-size: 26px; font-weight: bold; letter-spacing: 0.5px; }
  .tagline { font-size: 12.5px; line-height: 1.3; }
</style></head><body><div class="banner">
  <div class="top">${svg}<span class="name">Valorise</span></div>
  <div class="tagline">Le temps des bénévoles, compté et valorisé dans votre tableur</div>
</div></body></html>`;

const outputs = [
  { file: "icone-32.png", width: 32, height: 32, html: iconPage(32) },
  { file: "icone-128.png", width: 128, height: 128, html: iconPage(128) },
  { file: "banniere-220x140.png", width: 220, height: 140, html: bannerPage },
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  for (const { file, width, height, html } of outputs) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: "load" });
    await page.screenshot({ path: `${dir}${file}`, omitBackground: true, clip: { x: 0, y: 0, width, height } });
    await page.close();
    console.log(`${file} (${width}×${height})`);
  }
} finally {
  await browser.close();
}
