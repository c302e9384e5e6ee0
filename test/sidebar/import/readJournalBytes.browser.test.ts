// The sidebar's reader runs in the page: bundled for a browser (no Node module in its whole import
// graph: esbuild fails on one), then run in Chromium on real files, it reads what the command line reads.
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJournalFile } from "../../../src/local/readers/index";
import { browserAvailable, launch } from "../../e2e/browser";
import { tmpFolder } from "../../local/readers/tmp";
import { ALL_CASES } from "./journalFixtures";

const tmp = tmpFolder("valorise-page-");
afterAll(tmp.cleanup);

/** The bundle as the sidebar's build makes its script (scripts/buildSidebar.mjs), the reader as a global. */
async function browserBundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: "reader",
    platform: "browser",
    target: "es2019",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe("readJournalBytes bundled for the browser", () => {
  it("bundles without a Node module, and adds some 95 KB to the page", async () => {
    const code = await browserBundle("src/sidebar/import/readJournalBytes.ts");
    const bytes = Buffer.byteLength(code);
    console.info(`readJournalBytes, bundled for the browser and minified: ${bytes} bytes`);
    expect(bytes).toBeGreaterThan(60_000); // papaparse, saxes and pako's inflate are in it
    expect(bytes).toBeLessThan(120_000);
    expect(code).not.toMatch(/\brequire\(["']|node:|Buffer\.|createRequire/);
  });

  it("is a real check: the command line's reader, which reads files from disk, does not bundle for a browser", async () => {
    await expect(browserBundle("src/local/readers/index.ts")).rejects.toThrow(/node:(path|buffer|fs\/promises|stream|zlib)/);
  });
});

const run = browserAvailable();

/** The result as it crosses from the page: Dates as their ISO text. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe.skipIf(!run)("readJournalBytes in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    await page.setContent("<!doctype html><title>import</title>");
    await page.addScriptTag({ content: await browserBundle("src/sidebar/import/readJournalBytes.ts") });
  }, 60_000);
  afterAll(async () => browser?.close());

  // Not profond.json (100,000 nested lists): Node 20's JSON.parse overflows its stack on it, which the
  // readers tell in French, while Chromium's parses it; the rules are the same, the engines' limits not.
  const names = [
    "benevalo-export.csv", "benevalo-export.xlsx", "benevalo-export.json", "benevalo-export-2x.xlsx", "classeur-excel.xlsx",
    "journal-excel.csv", "journal-unicode.txt", "journal-be.csv", "journal-latin9.csv", "formules.xlsx", "unicode.json", "grand.xlsx",
    "melange.csv", "photo.csv", "surrogate.txt", "bombe.xlsx", "menteur.xlsx", "flux.xlsx", "coupe.xlsx", "chiffre.xlsx", "casse.json", "rapport.pdf",
  ];

  for (const name of names) {
    it(name, async () => {
      const c = ALL_CASES.find((x) => x.name === name)!;
      const bytes = await c.bytes();
      const path = tmp.write(name, bytes);
      const expected = await readJournalFile(path).then(
        ({ grid, rejectedRows, format, encoding }) => plain({ grid, rejectedRows, format, encoding }),
        (error: Error) => ({ refusal: error.message.split(`${tmp.dir}/`).join("") }),
      );
      const actual = await page.evaluate(
        async ([fileName, base64]) => {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          const { readJournalBytes } = (window as unknown as { reader: typeof import("../../../src/sidebar/import/readJournalBytes") }).reader;
          try {
            return JSON.parse(JSON.stringify(await readJournalBytes(fileName, bytes))) as unknown;
          } catch (error) {
            return { refusal: (error as Error).message, name: (error as Error).name };
          }
        },
        [name, Buffer.from(bytes).toString("base64")] as const,
      );
      if ("refusal" in (expected as object)) expect(actual).toEqual({ ...(expected as object), name: "Erreur" }) // a UserError: the sidebar shows its message as it is;
      else expect(actual).toEqual(expected);
    }, 60_000);
  }
});
