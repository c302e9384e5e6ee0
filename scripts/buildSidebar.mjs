// Bundles the sidebar (src/sidebar: page HTML, CSS and the TypeScript that drives it) into the one
// file HtmlService serves: dist/Sidebar.html, with the style and the script inlined.
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";

/** A bundle inlined in <script> must not close the element early. */
function inlineScript(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1");
}

export async function buildSidebar({ root, dist }) {
  const dir = `${root}src/sidebar`;
  const result = await build({
    entryPoints: [`${dir}/main.ts`],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2019",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "error",
  });
  const [page, css] = await Promise.all([readFile(`${dir}/index.html`, "utf8"), readFile(`${dir}/styles.css`, "utf8")]);
  const html = page
    .replace("<!-- STYLE -->", () => `<style>\n${css.trim()}\n</style>`)
    .replace("<!-- SCRIPT -->", () => `<script>\n${inlineScript(result.outputFiles[0].text.trim())}\n</script>`);
  if (html.includes("<!-- STYLE -->") || html.includes("<!-- SCRIPT -->")) throw new Error("src/sidebar/index.html: placeholder left");
  await writeFile(`${dist}/Sidebar.html`, html);
  console.log(`dist/Sidebar.html: ${(html.length / 1024).toFixed(1)} Ko`);
}
